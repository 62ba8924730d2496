/// The formatter's pass over a source that parsed: it reads the text line by
/// line with the parser's own lexical rules (blanks, continuations, comments,
/// token boundaries) and the spans the parse recorded, and writes it again
/// in the canonical layout that `ScriptFormatter` describes.
struct SourceLayout {
  /// One piece of a token as the output writes it.
  private enum Part {
    case text(String)
    /// A JSON literal's range in the source, laid out again.
    case jsonLiteral(Range<Int>)
  }

  /// What a statement is made of, in order.
  private enum Element {
    case token([Part])
    /// A `\` continuation in the source: the statement goes on on the next line.
    case lineBreak
  }

  /// A line of the output, or a statement that may span several.
  private enum OutputLine {
    case blank
    case comment(String)
    /// `code` is indented already; `comment` is its trailing comment, if any.
    /// (A comment line is indented already too.)
    case statement(code: String, comment: String?)
  }

  private static let indentUnit = "  "

  private let parser: Parser
  private let spans: [Int: (end: Int, kind: LayoutRecord.SpanKind)]
  private var bytes: [UInt8] { parser.bytes }
  private var position: Int
  private var depth = 0
  private var lines: [OutputLine] = []

  init(parser: Parser, spans: [Int: (end: Int, kind: LayoutRecord.SpanKind)]) {
    self.parser = parser
    self.spans = spans
    self.position = parser.textStart
  }

  /// The whole text in the canonical layout, ending with a line break unless empty.
  mutating func formatted() -> String {
    while position < bytes.count {
      readLine()
    }
    while case .blank? = lines.last { lines.removeLast() }
    return render()
  }

  // MARK: - Reading

  /// Reads what starts at the cursor, at the start of a line: a blank line,
  /// a comment line, or a statement with the lines it continues on.
  private mutating func readLine() {
    while position < bytes.count, Byte.isBlank(bytes[position]) { position += 1 }
    guard position < bytes.count else { return }
    if bytes[position] == Byte.newline || parser.isContinuation(at: position) {
      // A line with nothing on it (a lone `\` continues onto the next line: nothing either).
      position = lineEnd(from: position) + 1
      if !lines.isEmpty, !isBlank(lines.last) { lines.append(.blank) }
      return
    }
    if bytes[position] == Byte.hash {
      lines.append(.comment(String(repeating: SourceLayout.indentUnit, count: depth) + readComment()))
      position += 1
      return
    }
    let (elements, comment) = readStatement()
    let closesBlock = isWord(elements, "}")
    if closesBlock { depth = max(0, depth - 1) }
    lines.append(.statement(code: code(of: elements), comment: comment))
    // A block header ends with a `{` of its own; a JSON literal's `{` is a part of a recorded span.
    if !closesBlock, case .token(let parts)? = elements.last, parts.count == 1, case .text("{") = parts[0] {
      depth += 1
    }
  }

  /// The statement at the cursor, to the end of its last line, and its
  /// trailing comment; the cursor moves past its line break.
  private mutating func readStatement() -> (elements: [Element], comment: String?) {
    var elements: [Element] = []
    while true {
      var continued = false
      while position < bytes.count {
        if Byte.isBlank(bytes[position]) {
          position += 1
        } else if parser.isContinuation(at: position) {
          continued = true
          position = min(lineEnd(from: position) + 1, bytes.count)
        } else {
          break
        }
      }
      if parser.isStatementEnd(at: position) {
        let comment = position < bytes.count && bytes[position] == Byte.hash ? readComment() : nil
        position += 1
        return (elements, comment)
      }
      if continued, !elements.isEmpty { elements.append(.lineBreak) }
      elements.append(.token(readToken()))
    }
  }

  /// The token at the cursor: its text, with recorded spans copied as
  /// written (or unquoted) and JSON literals kept for laying out.
  private mutating func readToken() -> [Part] {
    var parts: [Part] = []
    var text: [UInt8] = []
    while !parser.isBoundary(at: position) {
      guard let span = spans[position] else {
        text.append(bytes[position])
        position += 1
        continue
      }
      switch span.kind {
      case .verbatim: text.append(contentsOf: bytes[position..<span.end])
      case .unquoted(let word): text.append(contentsOf: word.utf8)
      case .jsonLiteral:
        if !text.isEmpty { parts.append(.text(String(decoding: text, as: UTF8.self))) }
        text.removeAll()
        parts.append(.jsonLiteral(position..<span.end))
      }
      position = span.end
    }
    if !text.isEmpty { parts.append(.text(String(decoding: text, as: UTF8.self))) }
    return parts
  }

  /// The comment at the cursor (a `#`) without trailing blanks; the cursor
  /// stops on its line break.
  private mutating func readComment() -> String {
    let start = position
    position = lineEnd(from: position)
    var end = position
    while end > start, Byte.isBlank(bytes[end - 1]) { end -= 1 }
    return parser.text(start..<end)
  }

  /// The offset of the line break ending the line that holds `offset`, or the end of the text.
  private func lineEnd(from offset: Int) -> Int {
    var end = offset
    while end < bytes.count, bytes[end] != Byte.newline { end += 1 }
    return end
  }

  // MARK: - Writing

  /// The statement indented for the current depth: its tokens one space
  /// apart, each continuation line two spaces further in.
  private func code(of elements: [Element]) -> String {
    let indent = String(repeating: SourceLayout.indentUnit, count: depth)
    var lineIndent = indent
    var code = indent
    var startsLine = true
    for element in elements {
      switch element {
      case .lineBreak:
        lineIndent = indent + SourceLayout.indentUnit
        code += " \\\n" + lineIndent
        startsLine = true
      case .token(let parts):
        if !startsLine { code += " " }
        startsLine = false
        for part in parts {
          switch part {
          case .text(let text): code += text
          case .jsonLiteral(let range):
            code += JSONLiteralLayout(range, in: parser, spans: spans).text(indent: lineIndent)
          }
        }
      }
    }
    return code
  }

  /// The output lines joined; the trailing comments of consecutive one-line
  /// statements start in one column, two spaces past the longest of them.
  private func render() -> String {
    var text = ""
    var index = 0
    while index < lines.count {
      switch lines[index] {
      case .blank: text += "\n"
      case .comment(let comment): text += comment + "\n"
      case .statement(let code, nil): text += code + "\n"
      case .statement:
        var group: [(code: String, comment: String)] = []
        while index < lines.count, case .statement(let code, let comment?) = lines[index] {
          group.append((code, comment))
          index += 1
          if code.contains("\n") { break }
        }
        let oneLine = group.filter { !$0.code.contains("\n") }
        let column = (oneLine.map(\.code.count).max() ?? 0) + 2
        for (code, comment) in group {
          let width = code.split(separator: "\n", omittingEmptySubsequences: false).last?.count ?? 0
          let padding = code.contains("\n") ? 2 : column - width
          text += code + String(repeating: " ", count: padding) + comment + "\n"
        }
        continue
      }
      index += 1
    }
    return text
  }

  private func isBlank(_ line: OutputLine?) -> Bool {
    if case .blank? = line { return true }
    return false
  }

  /// Whether `elements` is the single token `word`.
  private func isWord(_ elements: [Element], _ word: String) -> Bool {
    guard elements.count == 1, case .token(let parts) = elements[0], parts.count == 1,
      case .text(let text) = parts[0]
    else { return false }
    return text == word
  }
}
