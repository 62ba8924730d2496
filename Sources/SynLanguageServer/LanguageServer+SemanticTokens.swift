import SynJSON

/// The token types the server reports, in the legend's order (their index is what the editor receives).
enum SemanticTokenType: String, CaseIterable {
  case keyword, function, type, property, variable, string, number, comment, `operator`, regexp, enumMember

  init(_ role: TokenRole) {
    switch role {
    case .keyword: self = .keyword
    case .verb: self = .function
    case .noun: self = .type
    case .itemKey, .path: self = .property
    case .variable, .declaration: self = .variable
    case .string: self = .string
    case .number: self = .number
    case .operator: self = .operator
    case .regexp: self = .regexp
    case .constant: self = .enumMember
    case .comment: self = .comment
    }
  }
}

enum SemanticTokenModifier: String, CaseIterable {
  /// Where a variable is bound (`let`, `as`, `for`).
  case declaration
}

extension LanguageServer {
  /// `textDocument/semanticTokens/full`: every roled span, as LSP's relative
  /// five-number groups (line delta, start delta, length, type, modifiers) in UTF-16 units.
  func semanticTokens(_ params: JSONValue) -> JSONValue {
    guard let analyzed = document(params) else { return ["data": []] }
    let data = Self.encode(analyzed.scan.roledSpans, in: analyzed.document)
    return ["data": .array(data.map { JSONValue.integer($0) })]
  }

  static func encode(_ spans: [RoledSpan], in document: TextDocument) -> [Int] {
    var data: [Int] = []
    var previous = LSPPosition(line: 0, character: 0)
    var previousEnd = LSPPosition(line: 0, character: 0)
    for span in spans where span.end > span.start {
      let start = document.position(line: span.line, column: span.start)
      let end = document.position(line: span.line, column: span.end)
      // Overlapping tokens are not allowed: a span that starts inside the last one is dropped.
      guard start >= previousEnd else { continue }
      let type = SemanticTokenType(span.role)
      let typeIndex = SemanticTokenType.allCases.firstIndex(of: type) ?? 0
      data += [
        start.line - previous.line,
        start.line == previous.line ? start.character - previous.character : start.character,
        end.character - start.character, typeIndex, span.role == .declaration ? 1 : 0,
      ]
      previous = start
      previousEnd = end
    }
    return data
  }
}
