/// Values (spec section 2): strings, raw strings, bare words, JSON literals,
/// variables and response paths.
extension Parser {
  /// Parses the value at `start` and checks that a blank or the end of the
  /// statement follows it; a JSON literal is read as a template (section
  /// 4.1) when `template` is set.
  mutating func parseValue(at start: Int, template: Bool = false) throws(ParseFailure) -> Value {
    position = start
    let value: Value
    let what: String
    switch bytes[start] {
    case Byte.quote:
      value = .string(try parseDoubleQuotedString())
      what = "the string"
    case Byte.apostrophe:
      value = .rawString(try parseSingleQuotedString())
      what = "the string"
    case Byte.leftBrace, Byte.leftBracket:
      value = .json(try parseJSONLiteral(markers: template))
      what = "the JSON literal"
    case Byte.dollar:
      value = .variable(try parseVariableReference())
      what = "the variable"
    case Byte.dot:
      value = .responsePath(try parseResponsePath())
      what = "the path"
    default:
      return try parseBareWord()
    }
    try expectBoundary(after: what, startingAt: start)
    return value
  }

  /// Fails unless a token ends at the cursor.
  func expectBoundary(after what: String, startingAt start: Int) throws(ParseFailure) {
    guard !isBoundary(at: position) else { return }
    var message = "unexpected \(describeToken(at: position)) after \(what); separate values with a space"
    if bytes[start] == Byte.dollar {
      message += ", or quote text that uses a variable: \"\(text(start..<tokenEnd(from: start)))\""
    }
    throw failure(message, at: position)
  }

  /// Parses the bare word at the cursor: a run of non-blank characters.
  ///
  /// Like a shell word, a bare word may interpolate `$name.path` or
  /// `${name.path}` (`name=p$i`); it is then a string. `\$` is a literal `$`,
  /// and a `$` not followed by a name stands for itself (`price=5$`).
  mutating func parseBareWord() throws(ParseFailure) -> Value {
    let start = position
    var end = start
    while !isBoundary(at: end), bytes[end] != Byte.dollar, bytes[end] != Byte.backslash { end += 1 }
    if isBoundary(at: end) {
      position = end
      return .bareWord(text(start..<end))
    }
    let parts = try scanWordParts()
    var literal = ""
    for part in parts {
      guard case .literal(let text) = part else { return .string(InterpolatedString(parts: parts)) }
      literal += text
    }
    return .bareWord(literal)
  }

  /// Reads the run of non-blank characters at the cursor as text with
  /// `$name.path` / `${name.path}` interpolations and `\$` escapes.
  mutating func scanWordParts() throws(ParseFailure) -> [InterpolatedString.Part] {
    var parts: [InterpolatedString.Part] = []
    var buffer: [UInt8] = []
    var segmentStart = position
    while !isBoundary(at: position) {
      let byte = bytes[position]
      if byte == Byte.backslash, self.byte(at: position + 1) == Byte.dollar {
        buffer.append(contentsOf: bytes[segmentStart..<position])
        buffer.append(Byte.dollar)
        position += 2
        segmentStart = position
        continue
      }
      if byte == Byte.dollar {
        let dollar = position
        if let reference = try parseInterpolation() {
          buffer.append(contentsOf: bytes[segmentStart..<dollar])
          parts.appendLiteral(from: &buffer)
          parts.append(.variable(reference))
          segmentStart = position
          continue
        }
      }
      position += 1
    }
    buffer.append(contentsOf: bytes[segmentStart..<position])
    parts.appendLiteral(from: &buffer)
    return parts
  }

  /// The text of a bare word, a raw string or a string without variables;
  /// `nil` for any other value.
  func plainText(_ value: Value) -> String? {
    switch value {
    case .bareWord(let text), .rawString(let text): text
    case .string(let string): string.constantText
    default: nil
    }
  }
}
