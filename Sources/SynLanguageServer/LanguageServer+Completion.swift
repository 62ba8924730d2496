import Foundation
import SynCatalog
import SynJSON
import SynLanguage
import SynREPL

extension LanguageServer {
  /// `textDocument/completion`: the prompt's completion engine, given the
  /// statement under the cursor up to the cursor, the API active there, the
  /// script's variables and the files beside it.
  func completion(_ params: JSONValue) -> JSONValue {
    guard let analyzed = document(params) else { return [] }
    let position = LSPPosition(params["position"])
    let firstLine = analyzed.scan.statement(atLine: position.line)?.firstLine ?? position.line
    let text = analyzed.document.text(fromLine: firstLine, to: position)
    var variables: [String: JSONValue] = [:]
    for definition in analyzed.scan.variableDefinitions { variables[definition.name] = .null }
    let context = CompletionContext(
      api: analyzed.activeAPI(atLine: position.line), variables: variables,
      environmentNames: Array(ProcessInfo.processInfo.environment.keys),
      files: LocalFiles(relativeTo: analyzed.directory ?? FileManager.default.currentDirectoryPath))
    let found = completions(for: text, context: context)
    // The cursor as the document has it (a position past the line's end moves to its end).
    let cursor = analyzed.document.position(line: position.line, column: analyzed.document.column(of: position))
    let start = LSPPosition(line: position.line, character: max(0, cursor.character - found.word.utf16.count))
    let items: [JSONValue] = found.candidates.map { candidate in
      // A blank after a whole word is left to the user; `=`, `==` and a closing quote are typed for them.
      let insertion = candidate.text + candidate.terminator.trimmingCharacters(in: .whitespaces)
      var members: [(String, JSONValue)] = [
        ("label", .string(candidate.display)),
        ("kind", .integer(Self.completionKind(of: candidate, api: context.api))),
        ("filterText", .string(candidate.text)),
        ("textEdit", ["range": LSPRange(start, cursor).json, "newText": .string(insertion)]),
      ]
      if !candidate.detail.isEmpty {
        members.append(("detail", .string(candidate.detail)))
        members.append(("documentation", ["kind": "markdown", "value": .string(candidate.documentation)]))
      }
      return .members(members)
    }
    return ["isIncomplete": false, "items": .array(items)]
  }

  /// LSP's CompletionItemKind: 3 function (a verb), 7 class (a noun), 5 field,
  /// 6 variable, 10 property (a `.path`), 14 keyword, 17 file, 19 folder, 12 value.
  private static func completionKind(of candidate: Candidate, api: APIName) -> Int {
    let catalog = Catalog.named(api)
    if candidate.terminator.hasPrefix("=") { return 5 }
    if candidate.text.hasPrefix("$") { return 6 }
    if candidate.text.hasPrefix(".") { return 10 }
    if StatementKeyword(rawValue: candidate.text) != nil { return 14 }
    if catalog.verbs.contains(candidate.text) { return 3 }
    if catalog.operations.contains(where: { $0.noun == candidate.text || $0.plural == candidate.text }) { return 7 }
    if candidate.display.hasSuffix("/") { return 19 }
    if candidate.display != candidate.text, !candidate.text.contains("=") { return 17 }
    return 12
  }
}
