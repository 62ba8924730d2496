import Foundation
import SynCatalog
import SynJSON
import SynLanguage
import SynREPL
import SynRuntime

extension LanguageServer {
  /// `textDocument/hover`: the `:help` of the statement's words on a verb,
  /// noun or keyword; a field's type and doc on an item key; a variable's binding line.
  func hover(_ params: JSONValue) -> JSONValue {
    guard let analyzed = document(params) else { return .null }
    let position = LSPPosition(params["position"])
    let column = analyzed.document.column(of: position)
    if let name = analyzed.scan.variableName(atLine: position.line, column: column) {
      guard let binding = analyzed.scan.definition(of: name, usedAtLine: position.line) else {
        return Self.hover("`$\(name)`: nothing in this script binds it (let, as, for, --var)")
      }
      let line = String(String.UnicodeScalarView(analyzed.document.line(binding.line)))
      return Self.hover("`$\(name)` is bound on line \(binding.line + 1):\n```syn\n\(line)\n```")
    }
    guard
      let span = analyzed.scan.roledSpans.last(where: {
        $0.line == position.line && $0.start <= column && column <= $0.end && $0.hover != nil
      }), let subject = span.hover
    else { return .null }
    let api = analyzed.activeAPI(atLine: position.line)
    switch subject {
    case .help(let topic):
      guard let text = helpText(for: topic, api: api) ?? helpText(for: Array(topic.prefix(1)), api: api) else {
        return .null
      }
      return Self.hover("```text\n\(text)\n```")
    case .field(let verb, let noun, let key):
      let fieldName = key.split(separator: ".").first.map(String.init) ?? key
      guard
        case .success(let (_, operation)) = OperationLookup.resolve(
          verb: Word(verb, at: SourceLocation(file: "", line: 0, column: 0)),
          noun: Word(noun, at: SourceLocation(file: "", line: 0, column: 0)), activeAPI: api),
        let field = operation.field(named: fieldName)
      else { return .null }
      var facts = [
        field.type.description + (field.isNullable ? " or null" : ""), field.isRequired ? "required" : "optional",
      ]
      if !field.constraints.isEmpty { facts.append(field.constraints) }
      if !field.allowedValues.isEmpty { facts.append("one of: " + field.allowedValues.joined(separator: ", ")) }
      return Self.hover("**\(field.name)** (\(operation.name)): \(facts.joined(separator: "; "))\n\n\(field.doc)")
    }
  }

  private static func hover(_ markdown: String) -> JSONValue {
    ["contents": ["kind": "markdown", "value": .string(markdown)]]
  }

  /// `textDocument/definition`: a variable's binding (`let`, `as`, `for`), or the file an `include` names.
  func definition(_ params: JSONValue) -> JSONValue {
    guard let analyzed = document(params) else { return .null }
    let position = LSPPosition(params["position"])
    let column = analyzed.document.column(of: position)
    if let name = analyzed.scan.variableName(atLine: position.line, column: column),
      let binding = analyzed.scan.definition(of: name, usedAtLine: position.line)
    {
      let range = LSPRange(
        analyzed.document.position(line: binding.line, column: binding.start),
        analyzed.document.position(line: binding.line, column: binding.end))
      return ["uri": .string(analyzed.document.uri), "range": range.json]
    }
    guard let statement = analyzed.scan.statement(atLine: position.line) else { return .null }
    let words = Array(statement.commandTokens)
    guard words.count >= 2, words[0].text == StatementKeyword.include.rawValue,
      words[1].contains(line: position.line, column: column), let directory = analyzed.directory
    else { return .null }
    let written = words[1].text.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
    guard !written.contains("$") else { return .null }
    let path = written.hasPrefix("/") ? written : (directory as NSString).appendingPathComponent(written)
    guard FileManager.default.fileExists(atPath: path) else { return .null }
    let start = LSPPosition(line: 0, character: 0)
    return ["uri": .string(URL(fileURLWithPath: path).absoluteString), "range": LSPRange(start, start).json]
  }

  /// `textDocument/documentSymbol`: the prelude and each test case, each over its lines.
  func documentSymbols(_ params: JSONValue) -> JSONValue {
    guard let analyzed = document(params) else { return [] }
    let document = analyzed.document
    let script = analyzed.parse.script
    let lastLine = max(0, document.lines.count - 1)
    let caseLines = script.cases.map { $0.location.line - 1 }
    func symbol(_ name: String, kind: Int, from first: Int, to last: Int) -> JSONValue {
      let start = LSPPosition(line: first, character: 0)
      let range = LSPRange(start, document.position(line: last, column: document.line(last).count))
      let selection = LSPRange(start, document.position(line: first, column: document.line(first).count))
      return ["name": .string(name), "kind": .integer(kind), "range": range.json, "selectionRange": selection.json]
    }
    var symbols: [JSONValue] = []
    if let first = script.prelude.first?.location.line {
      // LSP SymbolKind 2: module.
      symbols.append(
        symbol("prelude", kind: 2, from: first - 1, to: max(first - 1, (caseLines.first ?? lastLine + 1) - 1)))
    }
    for (index, testCase) in script.cases.enumerated() {
      let first = testCase.location.line - 1
      let next = index + 1 < caseLines.count ? caseLines[index + 1] - 1 : lastLine
      // SymbolKind 12: function.
      symbols.append(symbol("test \"\(testCase.name)\"", kind: 12, from: first, to: max(first, next)))
    }
    return .array(symbols)
  }
}
