/// Percent-encoding (RFC 3986) of query values, where every byte but the
/// unreserved `A-Z a-z 0-9 - . _ ~` becomes `%XX`, and its decoding.
enum PercentEncoding {
  private static let hexDigits = Array("0123456789ABCDEF".utf8)

  static func encode(_ text: String) -> String {
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

  /// `name=value&name=value`, each value encoded.
  static func query(_ parameters: [(name: String, value: String)]) -> String {
    parameters.map { "\($0.name)=\(encode($0.value))" }.joined(separator: "&")
  }

  /// A path segment with its `%XX` escapes decoded (`+` stays a plus, as in
  /// any path): Synup's base64 ids arrive with `=` and `/` escaped. Nil when
  /// an escape is malformed or the bytes are not UTF-8.
  static func decode(_ segment: Substring) -> String? {
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
}
