extension JSONParser {
  /// Parses the string whose opening quote is at `index`.
  ///
  /// Strings without escapes are built straight from the input bytes; the
  /// others are assembled in `scratch`, copying runs of plain bytes at once.
  mutating func parseString() throws(JSONParseError) -> String {
    let quote = index
    var position = quote + 1
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        index = position + 1
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[(quote + 1)..<position]), as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") { break }
      position = try stringByteEnd(at: position)
    }
    guard position < bytes.count else { throw unterminatedString(at: quote) }

    scratch.removeAll(keepingCapacity: true)
    var runStart = quote + 1
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
        index = position + 1
        return String(decoding: scratch, as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") {
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
        position = try decodeEscape(at: position, quote: quote)
        runStart = position
      } else {
        position = try stringByteEnd(at: position)
      }
    }
    throw unterminatedString(at: quote)
  }

  private func unterminatedString(at quote: Int) -> JSONParseError {
    JSONParseError("unterminated string", at: quote, in: bytes, needsMoreInput: true)
  }

  /// Checks the unescaped character starting at `position` (not a quote or
  /// backslash) and returns the offset just past it.
  @inline(__always)
  private func stringByteEnd(at position: Int) throws(JSONParseError) -> Int {
    let byte = bytes[position]
    if byte >= 0x20, byte < 0x80 { return position + 1 }
    if byte < 0x20 {
      throw JSONParseError(
        "unescaped control character \(Self.codePoint(UInt32(byte))) in string", at: position, in: bytes)
    }
    guard let end = Self.utf8SequenceEnd(in: bytes, at: position) else {
      throw JSONParseError("invalid UTF-8 in string", at: position, in: bytes)
    }
    return end
  }

  /// Decodes the escape whose backslash is at `backslash` into `scratch` and
  /// returns the offset just past it.
  private mutating func decodeEscape(at backslash: Int, quote: Int) throws(JSONParseError) -> Int {
    let letter = backslash + 1
    guard letter < bytes.count else { throw unterminatedString(at: quote) }
    switch bytes[letter] {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(bytes[letter])
    case UInt8(ascii: "b"): scratch.append(0x08)
    case UInt8(ascii: "f"): scratch.append(0x0C)
    case UInt8(ascii: "n"): scratch.append(0x0A)
    case UInt8(ascii: "r"): scratch.append(0x0D)
    case UInt8(ascii: "t"): scratch.append(0x09)
    case UInt8(ascii: "u"): return try decodeUnicodeEscape(at: backslash)
    case let other:
      let shown = other >= 0x21 && other < 0x7F ? "'\\\(Character(Unicode.Scalar(other)))'" : "'\\'"
      throw JSONParseError("invalid escape \(shown) in string", at: backslash, in: bytes)
    }
    return letter + 1
  }

  /// Decodes `\uXXXX`, or a `\uXXXX\uXXXX` surrogate pair, at `backslash`.
  private mutating func decodeUnicodeEscape(at backslash: Int) throws(JSONParseError) -> Int {
    guard let unit = hexQuad(at: backslash + 2) else {
      throw JSONParseError(
        "invalid unicode escape '\(escapeText(at: backslash))' in string", at: backslash, in: bytes,
        needsMoreInput: isCutOffUnicodeEscape(from: backslash))
    }
    var end = backslash + 6
    var scalar = unit
    switch unit {
    case 0xD800...0xDBFF:
      guard end + 1 < bytes.count, bytes[end] == UInt8(ascii: "\\"), bytes[end + 1] == UInt8(ascii: "u"),
        let low = hexQuad(at: end + 2), (0xDC00...0xDFFF).contains(low)
      else {
        throw JSONParseError(
          "lone surrogate '\(escapeText(at: backslash))' in string", at: backslash, in: bytes,
          needsMoreInput: isCutOffUnicodeEscape(from: end))
      }
      scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
      end += 6
    case 0xDC00...0xDFFF:
      throw JSONParseError("lone surrogate '\(escapeText(at: backslash))' in string", at: backslash, in: bytes)
    default:
      break
    }
    appendUTF8(of: scalar)
    return end
  }

  /// Whether the input from `start` to its end is a proper prefix of a
  /// `\uXXXX` escape (possibly empty): the escape was cut off by the end.
  private func isCutOffUnicodeEscape(from start: Int) -> Bool {
    guard bytes.count - start < 6 else { return false }
    for position in start..<bytes.count {
      let byte = bytes[position]
      switch position - start {
      case 0: guard byte == UInt8(ascii: "\\") else { return false }
      case 1: guard byte == UInt8(ascii: "u") else { return false }
      default: guard byte.isHexDigit else { return false }
      }
    }
    return true
  }

  /// The value of four hex digits at `start`, or `nil`.
  private func hexQuad(at start: Int) -> UInt32? {
    guard start + 4 <= bytes.count else { return nil }
    var value: UInt32 = 0
    for position in start..<(start + 4) {
      let byte = bytes[position]
      guard let digit = byte.hexDigitValue else { return nil }
      value = value << 4 | UInt32(digit)
    }
    return value
  }

  /// Up to six printable ASCII bytes of an escape as written, for messages (`\u12G4`).
  private func escapeText(at backslash: Int) -> String {
    var end = backslash
    while end < bytes.count, end < backslash + 6, bytes[end] >= 0x20, bytes[end] < 0x7F { end += 1 }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[backslash..<end]), as: UTF8.self)
  }

  /// Appends the UTF-8 encoding of a scalar value (never a surrogate) to `scratch`.
  private mutating func appendUTF8(of scalar: UInt32) {
    switch scalar {
    case 0..<0x80:
      scratch.append(UInt8(scalar))
    case 0x80..<0x800:
      scratch.append(UInt8(0xC0 | scalar >> 6))
      scratch.append(UInt8(0x80 | scalar & 0x3F))
    case 0x800..<0x10000:
      scratch.append(UInt8(0xE0 | scalar >> 12))
      scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      scratch.append(UInt8(0x80 | scalar & 0x3F))
    default:
      scratch.append(UInt8(0xF0 | scalar >> 18))
      scratch.append(UInt8(0x80 | scalar >> 12 & 0x3F))
      scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      scratch.append(UInt8(0x80 | scalar & 0x3F))
    }
  }

  /// The end of the well-formed UTF-8 sequence (RFC 3629: no overlongs, no
  /// surrogates, nothing above U+10FFFF) that starts at `start`, or `nil`.
  static func utf8SequenceEnd(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
    func byte(_ offset: Int, in range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
      start + offset < bytes.count && range.contains(bytes[start + offset])
    }
    switch bytes[start] {
    case 0xC2...0xDF:
      return byte(1) ? start + 2 : nil
    case 0xE0:
      return byte(1, in: 0xA0...0xBF) && byte(2) ? start + 3 : nil
    case 0xE1...0xEC, 0xEE...0xEF:
      return byte(1) && byte(2) ? start + 3 : nil
    case 0xED:
      return byte(1, in: 0x80...0x9F) && byte(2) ? start + 3 : nil
    case 0xF0:
      return byte(1, in: 0x90...0xBF) && byte(2) && byte(3) ? start + 4 : nil
    case 0xF1...0xF3:
      return byte(1) && byte(2) && byte(3) ? start + 4 : nil
    case 0xF4:
      return byte(1, in: 0x80...0x8F) && byte(2) && byte(3) ? start + 4 : nil
    default:
      return nil
    }
  }

  /// `U+000A`-style spelling of a code point.
  static func codePoint(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}

extension UInt8 {
  /// The value of this ASCII hex digit, or `nil`.
  @inline(__always)
  var hexDigitValue: UInt8? {
    switch self {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): self - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): self - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): self - UInt8(ascii: "A") + 10
    default: nil
    }
  }

  /// Whether this is an ASCII hex digit.
  var isHexDigit: Bool { hexDigitValue != nil }
}
