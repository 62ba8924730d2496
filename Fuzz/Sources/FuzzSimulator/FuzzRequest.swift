import SynHTTP

/// Decodes fuzz input into a series of requests, the same way every time, in
/// a text form that seed files can be written in by hand:
///
///     POST /v1/profiles?limit=2
///     x-api-key: @synposter
///     Content-Type: application/json
///
///     {"name":"P"}
///     ###
///     GET /api/v4/locations
///     Authorization: API @synup
///
/// Requests are separated by a line `###`. The first line is the method and
/// the target (path and query); header lines `Name: value` follow up to an
/// empty line; the rest is the body. In header values `@synposter` and
/// `@synup` stand for the keys of the tenant the fuzzer signed up.
struct FuzzRequest {
  static let separator = Array("\n###\n".utf8)

  struct Keys {
    var synposter: String
    var synup: String
  }

  static func requests(in bytes: [UInt8], keys: Keys) -> [HTTPRequest] {
    split(bytes, on: separator).map { request(from: $0, keys: keys) }
  }

  private static func request(from bytes: ArraySlice<UInt8>, keys: Keys) -> HTTPRequest {
    let (head, body) = splitOnce(bytes, on: Array("\n\n".utf8)) ?? (bytes, [])
    var lines = split(head, on: [UInt8(ascii: "\n")]).map { String(decoding: $0, as: UTF8.self) }
    let requestLine = lines.isEmpty ? "" : lines.removeFirst()
    let method = requestLine.prefix { $0 != " " }
    let target = requestLine.dropFirst(method.count + 1)
    let path = target.prefix { $0 != "?" }
    var headers = HTTPHeaders()
    for line in lines {
      let name = line.prefix { $0 != ":" }
      let value = line.dropFirst(name.count + 1).drop { $0 == " " }
      headers.add(String(name), substituting(keys, in: String(value)))
    }
    return HTTPRequest(
      method: String(method), path: String(path),
      query: QueryItem.parse(target.dropFirst(path.count + 1)), headers: headers, body: Array(body))
  }

  private static func substituting(_ keys: Keys, in value: String) -> String {
    value.replacing("@synposter", with: keys.synposter).replacing("@synup", with: keys.synup)
  }

  /// The parts of `bytes` between occurrences of `separator`.
  private static func split(_ bytes: some Collection<UInt8>, on separator: [UInt8]) -> [ArraySlice<UInt8>] {
    var parts: [ArraySlice<UInt8>] = []
    var rest = ArraySlice(bytes)
    while let (part, after) = splitOnce(rest, on: separator) {
      parts.append(part)
      rest = after
    }
    parts.append(rest)
    return parts
  }

  /// What comes before and after the first `separator`, or nil when there is none.
  private static func splitOnce(
    _ bytes: ArraySlice<UInt8>, on separator: [UInt8]
  ) -> (ArraySlice<UInt8>, ArraySlice<UInt8>)? {
    guard let range = bytes.firstRange(of: separator) else { return nil }
    return (bytes[..<range.lowerBound], bytes[range.upperBound...])
  }
}
