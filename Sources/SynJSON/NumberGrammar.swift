/// The RFC 8259 number grammar, over UTF-8 bytes:
///
///     number = [ "-" ] int [ frac ] [ exp ]
///     int    = "0" / ( digit1-9 *DIGIT )
///     frac   = "." 1*DIGIT
///     exp    = ( "e" / "E" ) [ "-" / "+" ] 1*DIGIT
enum NumberGrammar {
  /// Scans the longest number that starts at `start`.
  ///
  /// - Returns: the offset just past the number, or `nil` when the bytes at
  ///   `start` do not begin a complete number (`-`, `1.`, `1e+`, `.5`).
  ///   A leading zero followed by digits (`01`) yields the end of the `0`;
  ///   callers reject what follows.
  static func end(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    let count = bytes.count
    var index = start
    if index < count, bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard index < count else { return nil }
    switch bytes[index] {
    case UInt8(ascii: "0"):
      index += 1
    case UInt8(ascii: "1")...UInt8(ascii: "9"):
      index = digitsEnd(in: bytes, from: index + 1)
    default:
      return nil
    }
    if index < count, bytes[index] == UInt8(ascii: ".") {
      let fractionEnd = digitsEnd(in: bytes, from: index + 1)
      guard fractionEnd > index + 1 else { return nil }
      index = fractionEnd
    }
    if index < count, (bytes[index] | 0x20) == UInt8(ascii: "e") {
      index += 1
      if index < count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
      let exponentEnd = digitsEnd(in: bytes, from: index)
      guard exponentEnd > index else { return nil }
      index = exponentEnd
    }
    return index
  }

  /// The offset of the first byte at or after `start` that is not an ASCII digit.
  @inline(__always)
  static func digitsEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    return index
  }

  @inline(__always)
  static func isDigit(_ byte: UInt8) -> Bool {
    byte &- UInt8(ascii: "0") < 10
  }
}

extension JSONNumber {
  /// Whether `text` is exactly one JSON number as RFC 8259 spells it:
  /// an optional `-`, an integer part without leading zeros, an optional
  /// fraction with at least one digit, an optional exponent. No surrounding
  /// whitespace, no `+` sign, no `Infinity` or `NaN`.
  public static func isValidLiteral(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      NumberGrammar.end(in: bytes, from: 0) == bytes.count
    }
  }
}
