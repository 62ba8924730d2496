import Foundation
import SynJSON
import SynLanguage

/// `expect VALUE is TYPE`.
enum TypeCheck {
  static func matches(_ value: JSONValue, _ type: TypeName) -> Bool {
    switch (type, value) {
    case (.string, .string), (.number, .number), (.boolean, .bool), (.object, .object), (.array, .array),
      (.null, .null):
      return true
    case (.integer, .number(let number)):
      return number.isInteger
    case (.uuid, .string(let text)):
      return isUUID(text)
    case (.timestamp, .string(let text)):
      return isTimestamp(text)
    case (.email, .string(let text)):
      return isEmail(text)
    case (.url, .string(let text)):
      return isURL(text)
    default:
      return false
    }
  }

  /// 8-4-4-4-12 hexadecimal digits, either case.
  static func isUUID(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 36 else { return false }
    for (index, byte) in bytes.enumerated() {
      if [8, 13, 18, 23].contains(index) {
        guard byte == UInt8(ascii: "-") else { return false }
      } else if !isHexDigit(byte) {
        return false
      }
    }
    return true
  }

  /// ISO 8601 date-time: `2026-04-28T12:00:00Z`, optional fraction, `Z` or `±HH:MM`.
  static func isTimestamp(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    func digits(_ range: Range<Int>) -> Bool {
      range.upperBound <= bytes.count && range.allSatisfy { isDigit(bytes[$0]) }
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
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
      guard index > start else { return false }
    }
    if byte(index, is: "Z") || byte(index, is: "z") {
      return index + 1 == bytes.count
    }
    guard byte(index, is: "+") || byte(index, is: "-") else { return false }
    return index + 6 == bytes.count && digits(index + 1..<index + 3) && byte(index + 3, is: ":")
      && digits(index + 4..<index + 6)
  }

  /// `local@domain.tld` with no spaces: the check a form would make, not RFC 5322.
  static func isEmail(_ text: String) -> Bool {
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
    let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
    return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
  }

  /// An absolute URL with a scheme and a host: `https://x.com/a`.
  static func isURL(_ text: String) -> Bool {
    guard let separator = text.range(of: "://"), !text.contains(where: \.isWhitespace) else { return false }
    let scheme = text[..<separator.lowerBound]
    let rest = text[separator.upperBound...]
    guard let first = scheme.first, first.isLetter,
      scheme.allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) })
    else { return false }
    let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
    return !host.isEmpty
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private static func isHexDigit(_ byte: UInt8) -> Bool {
    isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "F"))
  }
}
