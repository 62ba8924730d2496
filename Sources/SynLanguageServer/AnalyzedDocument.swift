import Foundation
import SynCatalog
import SynHTTP
import SynLanguage
import SynRuntime

/// An open document with everything the handlers read, computed once per
/// change: the parse, what `syn check` finds, and the lexical scan.
struct AnalyzedDocument {
  var document: TextDocument
  let scan: ScriptScan
  let parse: ParseResult
  let diagnostics: [EditorDiagnostic]

  init(_ document: TextDocument) {
    self.document = document
    scan = ScriptScan(document)
    let name = Self.path(of: document.uri) ?? document.uri
    parse = parseScript(document.text, file: name)
    // What `syn check` reports with no --var: parse errors, then the checker's findings.
    let found = parse.diagnostics + StaticChecker.check(parse.script, definedVariables: [])
    diagnostics = found.map { EditorDiagnostic($0, in: document) }
  }

  /// The file a `file://` URI names, or nil for any other scheme.
  static func path(of uri: String) -> String? {
    guard let url = URL(string: uri), url.isFileURL else { return nil }
    return url.path
  }

  /// The directory relative paths of this document (`include`, `csv`) start from.
  var directory: String? {
    Self.path(of: document.uri).map { ($0 as NSString).deletingLastPathComponent }
  }

  /// The API active at line `line` (0-based), as a run has it: the last `use`
  /// before it in the prelude, then in the same test case.
  func activeAPI(atLine line: Int) -> APIName {
    var preludeAPI = APIName.synposter
    var api = APIName.synposter
    var inPrelude = true
    for statement in scan.statements where statement.firstLine < line {
      let words = statement.commandTokens.map(\.text)
      if words.first == StatementKeyword.test.rawValue {
        inPrelude = false
        api = preludeAPI
      } else if words.first == StatementKeyword.use.rawValue, words.count > 1, let named = APIName(rawValue: words[1]) {
        api = named
        if inPrelude { preludeAPI = named }
      }
    }
    return api
  }
}

/// A diagnostic as the editor shows it: a range over the word it is about.
struct EditorDiagnostic {
  var range: LSPRange
  var severity: Diagnostic.Severity
  var message: String
  /// The word the message names first (`'profil'`), when the line holds it at the diagnostic.
  var misspelled: String?
  /// What the message suggests instead (did you mean), best first.
  var suggestions: [String]

  init(_ diagnostic: Diagnostic, in document: TextDocument) {
    severity = diagnostic.severity
    message = KeyMask.masking(diagnostic.message)
    suggestions = Suggestions.offered(in: diagnostic.message)
    let line = max(0, diagnostic.location.line - 1)
    let column = max(0, diagnostic.location.column - 1)
    let scalars = document.line(line)
    var start = min(column, scalars.count)
    var end = start
    if let named = Self.firstQuoted(in: diagnostic.message),
      let found = Self.occurrence(of: named, in: scalars, near: start)
    {
      misspelled = named
      (start, end) = (found, found + named.unicodeScalars.count)
    } else {
      misspelled = nil
      while end < scalars.count, !ScriptScan.isBlank(scalars[end]) { end += 1 }
    }
    range = LSPRange(document.position(line: line, column: start), document.position(line: line, column: end))
  }

  /// The first `'...'` of a message, without a leading `$`.
  private static func firstQuoted(in message: String) -> String? {
    let parts = message.split(separator: "'", omittingEmptySubsequences: false)
    guard parts.count >= 3, !parts[1].isEmpty else { return nil }
    let word = parts[1].hasPrefix("$") ? parts[1].dropFirst() : parts[1]
    return word.isEmpty ? nil : String(word)
  }

  /// Where `word` is written on the line, at the column or just after it
  /// (past a `$`, `${` or a qualifying `synup.`), within the same token.
  private static func occurrence(of word: String, in line: [Unicode.Scalar], near column: Int) -> Int? {
    let target = Array(word.unicodeScalars)
    var start = column
    while start + target.count <= line.count {
      if Array(line[start..<start + target.count]) == target { return start }
      if ScriptScan.isBlank(line[start]) { return nil }
      start += 1
    }
    return nil
  }
}
