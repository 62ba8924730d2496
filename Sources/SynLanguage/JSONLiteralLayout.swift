/// A JSON literal of a script laid out again, its strings, numbers and
/// variables copied as written: on one line as `{"a": 1, "b": [2]}`, or,
/// when it spans lines in the source, one member or element a line the way
/// `show` prints JSON (`JSONValue.prettyText`, like `jq .`).
struct JSONLiteralLayout {
  /// The literal's tokens: brackets, `,` and `:`, and each value as written.
  private var tokens: [String] = []
  private let spansLines: Bool

  init(_ range: Range<Int>, in parser: Parser, spans: [Int: (end: Int, kind: LayoutRecord.SpanKind)]) {
    let bytes = parser.bytes
    var position = range.lowerBound
    var spansLines = false
    while position < range.upperBound {
      let byte = bytes[position]
      if byte == Byte.newline {
        spansLines = true
        position += 1
      } else if Byte.isBlank(byte) || byte == Byte.backslash {
        // Inside a literal a `\` can only be a line continuation: whitespace.
        position += 1
      } else if let span = spans[position], case .verbatim = span.kind {
        // A string or a variable (the literal's own span starts here too, at its first bracket).
        tokens.append(parser.text(position..<span.end))
        position = span.end
      } else if JSONLiteralLayout.isPunctuation(byte) {
        tokens.append(String(UnicodeScalar(byte)))
        position += 1
      } else {
        let start = position
        while position < range.upperBound, !parser.isBoundary(at: position),
          !JSONLiteralLayout.isPunctuation(bytes[position])
        {
          position += 1
        }
        tokens.append(parser.text(start..<position))
      }
    }
    self.spansLines = spansLines
  }

  private static func isPunctuation(_ byte: UInt8) -> Bool {
    switch byte {
    case Byte.leftBrace, Byte.rightBrace, Byte.leftBracket, Byte.rightBracket, Byte.comma, Byte.colon: true
    default: false
    }
  }

  /// The literal, its later lines (if any) starting with `indent` and two
  /// spaces a nesting level.
  func text(indent: String) -> String {
    var text = ""
    var level = 0
    var index = 0
    func newline() {
      text += "\n" + indent + String(repeating: "  ", count: level)
    }
    while index < tokens.count {
      let token = tokens[index]
      switch token {
      case "{", "[":
        text += token
        if index + 1 < tokens.count, tokens[index + 1] == "}" || tokens[index + 1] == "]" {
          text += tokens[index + 1]
          index += 1
        } else {
          level += 1
          if spansLines { newline() }
        }
      case "}", "]":
        level -= 1
        if spansLines { newline() }
        text += token
      case ",":
        text += ","
        if spansLines { newline() } else { text += " " }
      case ":": text += ": "
      default: text += token
      }
      index += 1
    }
    return text
  }
}
