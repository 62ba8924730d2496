import SynHTTP
import SynJSON
import Testing

@testable import SynSimulator

/// Connect flow and post helpers.
extension TestClient {
  /// Starts a connect flow and returns its `authUrl`, failing the test unless it answers 200.
  @discardableResult
  func startConnect(_ body: String = "{}") throws -> String {
    let reply = send("POST", "/v1/connect/twitter", body: body)
    try #require(reply.status == 200, "connect failed: \(reply.status) \(reply.text)")
    return try #require(try reply.json()["authUrl"]?.stringValue)
  }

  /// Connects `handle` to `profileId` (the Default profile when nil) through
  /// `POST /_sim/authorize` and returns the new account's id.
  @discardableResult
  func connectAccount(handle: String = "alice", profileId: String? = nil) throws -> String {
    try startConnect(profileId.map { #"{"profileId":"\#($0)"}"# } ?? "{}")
    let answer = try control("/_sim/authorize", #"{"handle":"\#(handle)"}"#)
    return try #require(answer["accountId"]?.stringValue, "authorize failed: \(answer)")
  }

  /// Sends `POST /v1/posts`.
  func post(_ body: String, headers: [(String, String)] = []) -> Reply {
    send("POST", "/v1/posts", body: body, headers: headers)
  }

  /// Creates a post and returns its JSON, failing the test unless it answers 201.
  @discardableResult
  func createPost(_ body: String) throws -> JSONValue {
    let reply = post(body)
    try #require(reply.status == 201, "create post failed: \(reply.status) \(reply.text)")
    return try reply.json()
  }

  /// A one-account post body: `{"accountIds":[account],"text":text}` plus `extra` members.
  func postBody(to accounts: [String], text: String, extra: String = "") -> String {
    let ids = accounts.map { "\"\($0)\"" }.joined(separator: ",")
    return #"{"accountIds":[\#(ids)],"text":"\#(text)"\#(extra.isEmpty ? "" : "," + extra)}"#
  }

  /// `posts.used` of `GET /v1/usage`.
  func postsUsed() throws -> Int {
    try #require(try send("GET", "/v1/usage").json()["posts"]?["used"]?.numberValue?.intValue)
  }

  /// Moves the tenant's clock by `advance` (`+31d`, `90s`).
  func advanceClock(_ advance: String) throws {
    try control("/_sim/clock", #"{"advance":"\#(advance)"}"#)
  }

  /// Follows a URL the simulator handed out (`http://localhost/...`) without a key.
  func open(_ url: String, method: String = "GET", body: [UInt8] = [], headers: [(String, String)] = []) throws
    -> Reply
  {
    let (path, query) = try #require(TestURL.split(url, origin: "http://localhost"), "not a simulator URL: \(url)")
    let request = HTTPRequest(
      method: method, path: path, query: query.map { QueryItem(name: $0.0, value: $0.1) },
      headers: HTTPHeaders(headers), body: body)
    return Reply(simulator.handle(request))
  }
}

/// Splitting and decoding URLs in tests.
enum TestURL {
  /// The path and decoded query of `url` when it starts with `origin`.
  static func split(_ url: String, origin: String) -> (path: String, query: [(String, String)])? {
    guard url.hasPrefix(origin) else { return nil }
    let rest = url.dropFirst(origin.count)
    let parts = rest.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
    return (String(parts[0]), parts.count > 1 ? query(parts[1]) : [])
  }

  /// `a=1&b=x%20y` as decoded pairs.
  static func query(_ text: some StringProtocol) -> [(String, String)] {
    text.split(separator: "&").map { pair in
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
    }
  }

  /// The value of `name` in the query of `url`.
  static func parameter(_ name: String, in url: String) -> String? {
    guard let queryStart = url.firstIndex(of: "?") else { return nil }
    return query(url[url.index(after: queryStart)...]).first { $0.0 == name }?.1
  }

  private static func decode(_ text: some StringProtocol) -> String {
    var bytes: [UInt8] = []
    var utf8 = Array(text.utf8)[...]
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

extension JSONValue {
  /// The element at `index`, when this is an array that long.
  subscript(index: Int) -> JSONValue? {
    arrayValue.flatMap { $0.indices.contains(index) ? $0[index] : nil }
  }
}
