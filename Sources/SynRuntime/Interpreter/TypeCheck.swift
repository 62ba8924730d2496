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
      return StringFormat.isUUID(text)
    case (.timestamp, .string(let text)):
      return StringFormat.isTimestamp(text)
    case (.email, .string(let text)):
      return isEmail(text)
    case (.url, .string(let text)):
      return isURL(text)
    default:
      return false
    }
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
}
