/// The string formats that both `expect VALUE is TYPE` and the served JSON
/// Schemas (`"format": "uuid"`, `"format": "date-time"`) recognize, one
/// definition for both.
public enum StringFormat {
  /// 8-4-4-4-12 hexadecimal digits, either case.
  public static func isUUID(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 36 else { return false }
    for (index, byte) in bytes.enumerated() {
      if [8, 13, 18, 23].contains(index) {
        guard byte == UInt8(ascii: "-") else { return false }
      } else if !byte.isHexDigit {
        return false
      }
    }
    return true
  }

  /// ISO 8601 date-time: `2026-04-28T12:00:00Z`, optional fraction, `Z` or `±HH:MM`.
  public static func isTimestamp(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    func digits(_ range: Range<Int>) -> Bool {
      range.upperBound <= bytes.count && range.allSatisfy { NumberGrammar.isDigit(bytes[$0]) }
    }
    func byte(_ index: Int, is character: Character) -> Bool {
      index < bytes.count && bytes[index] == character.asciiValue
    }
    guard digits(0..<4), byte(4, is: "-"), digits(5..<7), byte(7, is: "-"), digits(8..<10),
      byte(10, is: "T") || byte(10, is: "t"), digits(11..<13), byte(13, is: ":"), digits(14..<16),
      byte(16, is: ":"), digits(17..<19)
    else { return false }
    var index = 19
    if byte(index, is: ".") {
      index += 1
      let start = index
      while index < bytes.count, NumberGrammar.isDigit(bytes[index]) { index += 1 }
      guard index > start else { return false }
    }
    if byte(index, is: "Z") || byte(index, is: "z") {
      return index + 1 == bytes.count
    }
    guard byte(index, is: "+") || byte(index, is: "-") else { return false }
    return index + 6 == bytes.count && digits(index + 1..<index + 3) && byte(index + 3, is: ":")
      && digits(index + 4..<index + 6)
  }
}
