import SynHTTP

/// `?name=value&...`, percent-encoded for a URL's query.
enum QueryEncoding {
  static func string(_ items: [QueryItem]) -> String {
    guard !items.isEmpty else { return "" }
    return "?" + items.map { encode($0.name) + "=" + encode($0.value) }.joined(separator: "&")
  }

  static func encode(_ text: String) -> String {
    var result = ""
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"):
        result.append(Character(UnicodeScalar(byte)))
      default:
        result += "%" + String(byte, radix: 16, uppercase: true).leftPadded
      }
    }
    return result
  }
}

extension String {
  fileprivate var leftPadded: String { count == 1 ? "0" + self : self }
}
