/// A location named by a path segment: clients percent-encode base64's `=`
/// (`TG9jYXRpb246MQ%3D%3D`), which the route hands over as sent.
extension SynupAccount {
  func location(inPath segment: Substring, at now: Timestamp) throws(SynupFailure) -> SynupLocation {
    try location(named: Self.percentDecoded(segment), at: now)
  }

  private static func percentDecoded(_ segment: Substring) -> String {
    var bytes: [UInt8] = []
    var utf8 = segment.utf8[...]
    while let byte = utf8.popFirst() {
      if byte == UInt8(ascii: "%"), utf8.count >= 2,
        let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
      {
        bytes.append(value)
        utf8 = utf8.dropFirst(2)
      } else {
        bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
