import SynHTTP

/// A request as the write-ahead log keeps it: method, path, query items,
/// header fields and body, each text or byte string prefixed by its length
/// (4 bytes, little-endian). Replayed in order, the records give back the
/// state: the simulator is a deterministic function of its requests.
enum JournalRecord {
  static func encode(_ request: HTTPRequest) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(64 + request.path.utf8.count + request.body.count)
    append(request.method.utf8, to: &bytes)
    append(request.path.utf8, to: &bytes)
    appendCount(request.query.count, to: &bytes)
    for item in request.query {
      append(item.name.utf8, to: &bytes)
      append(item.value.utf8, to: &bytes)
    }
    appendCount(request.headers.fields.count, to: &bytes)
    for field in request.headers.fields {
      append(field.name.utf8, to: &bytes)
      append(field.value.utf8, to: &bytes)
    }
    append(request.body, to: &bytes)
    return bytes
  }

  /// The request `bytes` hold; nil when they are not a whole record.
  static func decode(_ bytes: [UInt8]) -> HTTPRequest? {
    var reader = Reader(bytes: bytes)
    guard let method = reader.text(), let path = reader.text(), let queryCount = reader.count() else { return nil }
    var query: [QueryItem] = []
    for _ in 0..<queryCount {
      guard let name = reader.text(), let value = reader.text() else { return nil }
      query.append(QueryItem(name: name, value: value))
    }
    guard let headerCount = reader.count() else { return nil }
    var fields: [(String, String)] = []
    for _ in 0..<headerCount {
      guard let name = reader.text(), let value = reader.text() else { return nil }
      fields.append((name, value))
    }
    guard let body = reader.bytes(), reader.isAtEnd else { return nil }
    return HTTPRequest(method: method, path: path, query: query, headers: HTTPHeaders(fields), body: body)
  }

  private static func append(_ part: some Collection<UInt8>, to bytes: inout [UInt8]) {
    appendCount(part.count, to: &bytes)
    bytes.append(contentsOf: part)
  }

  private static func appendCount(_ count: Int, to bytes: inout [UInt8]) {
    littleEndian(UInt32(truncatingIfNeeded: count), to: &bytes)
  }

  static func littleEndian(_ word: UInt32, to bytes: inout [UInt8]) {
    for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: word >> UInt32(shift))) }
  }

  static func littleEndianWord(_ bytes: ArraySlice<UInt8>) -> UInt32 {
    bytes.reversed().reduce(0) { $0 << 8 | UInt32($1) }
  }

  private struct Reader {
    let source: [UInt8]
    var offset = 0

    init(bytes: [UInt8]) {
      source = bytes
    }

    var isAtEnd: Bool { offset == source.count }

    mutating func count() -> Int? {
      guard source.count - offset >= 4 else { return nil }
      defer { offset += 4 }
      return Int(JournalRecord.littleEndianWord(source[offset..<offset + 4]))
    }

    mutating func bytes() -> [UInt8]? {
      guard let count = count(), source.count - offset >= count else { return nil }
      defer { offset += count }
      return Array(source[offset..<offset + count])
    }

    mutating func text() -> String? {
      bytes().flatMap { String(validating: $0, as: UTF8.self) }
    }
  }
}
