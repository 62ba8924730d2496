/// Percent-encoding (RFC 3986): every byte but the unreserved
/// `A-Z a-z 0-9 - . _ ~` becomes `%XX`; and its decoding, strict for path
/// segments, lenient for query strings typed by people.
public enum PercentEncoding {
  private static let hexDigits = Array("0123456789ABCDEF".utf8)

  /// `text` with every reserved or non-ASCII byte escaped: safe as a path
  /// segment (an id with `/` stays one segment) and as a query value.
  public static func encode(_ text: String) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"):
        output.append(byte)
      default:
        output.append(UInt8(ascii: "%"))
        output.append(hexDigits[Int(byte >> 4)])
        output.append(hexDigits[Int(byte & 0xF)])
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// `name=value&name=value`, each name and value encoded.
  public static func query(_ parameters: [(name: String, value: String)]) -> String {
    parameters.map { "\(encode($0.name))=\(encode($0.value))" }.joined(separator: "&")
  }

  /// A path segment with its `%XX` escapes decoded (`+` stays a plus, as in
  /// any path): Synup's base64 ids arrive with `=` and `/` escaped. Nil when
  /// an escape is malformed or the bytes are not UTF-8.
  public static func decode(_ segment: Substring) -> String? {
    var bytes: [UInt8] = []
    var iterator = segment.utf8.makeIterator()
    while let byte = iterator.next() {
      guard byte == UInt8(ascii: "%") else {
        bytes.append(byte)
        continue
      }
      guard let high = iterator.next().flatMap(Hexadecimal.value(of:)),
        let low = iterator.next().flatMap(Hexadecimal.value(of:))
      else { return nil }
      bytes.append(high << 4 | low)
    }
    return String(validating: bytes, as: UTF8.self)
  }

  /// A query-string component as a person may type it: `%XX` decoded, `+` a
  /// space, a malformed escape kept as written, invalid UTF-8 repaired.
  public static func decodeQueryComponent(_ text: Substring) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var rest = Array(text.utf8)[...]
    while let byte = rest.popFirst() {
      if byte == UInt8(ascii: "+") {
        bytes.append(UInt8(ascii: " "))
      } else if byte == UInt8(ascii: "%"), rest.count >= 2,
        let high = Hexadecimal.value(of: rest[rest.startIndex]),
        let low = Hexadecimal.value(of: rest[rest.startIndex + 1])
      {
        bytes.append(high << 4 | low)
        rest = rest.dropFirst(2)
      } else {
        bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

extension QueryItem {
  /// `?name=value&...` for a URL, names and values encoded; empty for no items.
  public static func queryString(_ items: [QueryItem]) -> String {
    items.isEmpty ? "" : "?" + PercentEncoding.query(items.map { ($0.name, $0.value) })
  }

  /// The items of a query string (`a=1&b=x%20y`), decoded leniently, in order.
  public static func parse(_ query: Substring) -> [QueryItem] {
    query.split(separator: "&").map { pair in
      let halves = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      return QueryItem(
        name: PercentEncoding.decodeQueryComponent(halves[0]),
        value: halves.count > 1 ? PercentEncoding.decodeQueryComponent(halves[1]) : "")
    }
  }
}
