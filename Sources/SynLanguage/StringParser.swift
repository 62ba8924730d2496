/// Quoted strings (spec section 2): double-quoted strings with JSON escapes
/// and `$name.path` / `${name.path}` interpolation, single-quoted raw strings,
/// and the plain JSON strings of JSON literals and bracketed path keys.
///
/// A string ends on its line: a line break before the closing quote is an
/// "unterminated string" error, reported at the opening quote. A `\` at the
/// very end of a line continues the string on the next line (the `\` and the
/// line break are dropped), as the statement-level continuation rule says.
extension Parser {
  /// Parses the double-quoted syn string at the cursor.
  mutating func parseDoubleQuotedString() throws(ParseFailure) -> InterpolatedString {
    InterpolatedString(parts: try scanDoubleQuoted(interpolating: true))
  }

  /// Parses the JSON string at the cursor: strict JSON, no interpolation.
  mutating func parseJSONString() throws(ParseFailure) -> String {
    let parts = try scanDoubleQuoted(interpolating: false)
    guard case .literal(let text)? = parts.first else { return "" }
    return text
  }

  /// Parses the single-quoted string at the cursor: every character stands
  /// for itself except `\'`, which is a quote.
  mutating func parseSingleQuotedString() throws(ParseFailure) -> String {
    let open = position
    position += 1
    var buffer: [UInt8] = []
    var segmentStart = position
    while position < bytes.count {
      switch bytes[position] {
      case Byte.apostrophe:
        buffer.append(contentsOf: bytes[segmentStart..<position])
        position += 1
        recordLayout(open..<position, as: .verbatim)
        return String(decoding: buffer, as: UTF8.self)
      case Byte.newline:
        throw unterminatedString(openedAt: open)
      case Byte.backslash:
        if byte(at: position + 1) == Byte.apostrophe {
          buffer.append(contentsOf: bytes[segmentStart..<position])
          buffer.append(Byte.apostrophe)
          position += 2
          segmentStart = position
        } else if let after = lineContinuationEnd(at: position) {
          buffer.append(contentsOf: bytes[segmentStart..<position])
          position = after
          segmentStart = position
        } else {
          position += 1
        }
      default:
        position += 1
      }
    }
    throw unterminatedString(openedAt: open)
  }

  // MARK: - Double-quoted strings

  private mutating func scanDoubleQuoted(interpolating: Bool) throws(ParseFailure) -> [InterpolatedString.Part] {
    let open = position
    position += 1
    var parts: [InterpolatedString.Part] = []
    var buffer: [UInt8] = []
    var segmentStart = position
    while position < bytes.count {
      let byte = bytes[position]
      switch byte {
      case Byte.quote:
        if buffer.isEmpty {
          if position > segmentStart { parts.append(.literal(text(segmentStart..<position))) }
        } else {
          buffer.append(contentsOf: bytes[segmentStart..<position])
          parts.append(.literal(String(decoding: buffer, as: UTF8.self)))
        }
        position += 1
        recordLayout(open..<position, as: .verbatim)
        return parts
      case Byte.newline:
        throw unterminatedString(openedAt: open)
      case Byte.backslash:
        buffer.append(contentsOf: bytes[segmentStart..<position])
        try readEscape(into: &buffer, dollarAllowed: interpolating, stringStart: open)
        segmentStart = position
      case Byte.dollar where interpolating:
        let dollar = position
        guard let reference = try parseInterpolation() else {
          position += 1
          continue
        }
        buffer.append(contentsOf: bytes[segmentStart..<dollar])
        parts.appendLiteral(from: &buffer)
        parts.append(.variable(reference))
        segmentStart = position
      case 0..<0x20 where !interpolating:
        throw ParseFailure(
          "control character in a JSON string; write it as an escape such as \\t or \\u0001",
          at: position, resume: .skipStatement(from: stringEnd(from: open)))
      default:
        position += 1
      }
    }
    throw unterminatedString(openedAt: open)
  }

  /// Reads the escape sequence at the cursor (a `\`) into `buffer`.
  private mutating func readEscape(
    into buffer: inout [UInt8], dollarAllowed: Bool, stringStart: Int
  ) throws(ParseFailure) {
    let escape = position
    guard let next = byte(at: escape + 1) else {
      endedInsideConstruct = true
      throw unterminatedString(openedAt: stringStart)
    }
    let simple: UInt8? =
      switch next {
      case Byte.quote, Byte.backslash, Byte.slash: next
      case UInt8(ascii: "b"): 0x08
      case UInt8(ascii: "f"): 0x0C
      case UInt8(ascii: "n"): Byte.newline
      case UInt8(ascii: "r"): Byte.carriageReturn
      case UInt8(ascii: "t"): Byte.tab
      case Byte.dollar where dollarAllowed: Byte.dollar
      default: nil
      }
    if let simple {
      buffer.append(simple)
      position += 2
      return
    }
    if next == UInt8(ascii: "u") {
      let scalar = try readUnicodeEscape(stringStart: stringStart)
      UTF8.encode(scalar) { buffer.append($0) }
      return
    }
    if let after = lineContinuationEnd(at: escape) {
      position = after
      return
    }
    let shown = text(escape..<min(bytes.count, escape + 1 + scalarLength(at: escape + 1)))
    let valid =
      dollarAllowed ? "\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX \\$" : "\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX"
    throw ParseFailure(
      "invalid escape '\(shown)' in a string; the escapes are \(valid)",
      at: escape, resume: .skipStatement(from: stringEnd(from: stringStart)))
  }

  /// Reads `\uXXXX` at the cursor, joining a surrogate pair into one scalar.
  private mutating func readUnicodeEscape(stringStart: Int) throws(ParseFailure) -> Unicode.Scalar {
    let escape = position
    let resume = ParseFailure.Resume.skipStatement(from: stringEnd(from: stringStart))
    guard let high = hexQuad(at: escape + 2) else {
      throw ParseFailure("invalid escape: '\\u' must be followed by four hex digits", at: escape, resume: resume)
    }
    position = escape + 6
    var value = high
    if (0xD800..<0xDC00).contains(high) {
      guard byte(at: position) == Byte.backslash, byte(at: position + 1) == UInt8(ascii: "u"),
        let low = hexQuad(at: position + 2), (0xDC00..<0xE000).contains(low)
      else {
        throw ParseFailure(
          "invalid escape: the high surrogate '\(text(escape..<escape + 6))' "
            + "must be followed by a low surrogate (\\uDC00-\\uDFFF)",
          at: escape, resume: resume)
      }
      position += 6
      value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
    }
    guard let scalar = Unicode.Scalar(value) else {
      throw ParseFailure(
        "invalid escape: '\(text(escape..<escape + 6))' is a lone low surrogate", at: escape, resume: resume)
    }
    return scalar
  }

  private func hexQuad(at offset: Int) -> UInt32? {
    guard offset + 4 <= bytes.count else { return nil }
    var value: UInt32 = 0
    for index in offset..<offset + 4 {
      guard let digit = Byte.hexValue(bytes[index]) else { return nil }
      value = value << 4 | digit
    }
    return value
  }

  // MARK: - Helpers

  /// When the `\` at `offset` ends its line, the offset of the next line's start.
  func lineContinuationEnd(at offset: Int) -> Int? {
    if byte(at: offset + 1) == Byte.newline { return offset + 2 }
    if byte(at: offset + 1) == Byte.carriageReturn, byte(at: offset + 2) == Byte.newline { return offset + 3 }
    return nil
  }

  /// The number of UTF-8 bytes of the scalar starting at `offset`.
  func scalarLength(at offset: Int) -> Int {
    guard let lead = byte(at: offset) else { return 0 }
    switch lead {
    case 0..<0xC0: return 1
    case 0xC0..<0xE0: return 2
    case 0xE0..<0xF0: return 3
    default: return 4
    }
  }

  /// Where the string opened at `open` ends, found without judging its
  /// escapes: just past the closing quote, or at the end of the line.
  func stringEnd(from open: Int) -> Int {
    let quote = bytes[open]
    var offset = open + 1
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte == quote { return offset + 1 }
      if byte == Byte.newline { return offset }
      offset += byte == Byte.backslash ? 2 : 1
    }
    return bytes.count
  }

  private func unterminatedString(openedAt open: Int) -> ParseFailure {
    let quote = bytes[open] == Byte.quote ? "'\"'" : "\"'\""
    let end = stringEnd(from: open)
    return ParseFailure(
      "unterminated string: missing the closing \(quote) before the end of the line",
      at: open, resume: .skipStatement(from: end))
  }
}

extension [InterpolatedString.Part] {
  /// Closes the text gathered in `buffer`, if any, into a literal part and empties the buffer.
  mutating func appendLiteral(from buffer: inout [UInt8]) {
    guard !buffer.isEmpty else { return }
    append(.literal(String(decoding: buffer, as: UTF8.self)))
    buffer.removeAll(keepingCapacity: true)
  }
}
