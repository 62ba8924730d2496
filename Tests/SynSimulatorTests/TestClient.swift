import SynHTTP
import SynJSON
import SynTestSupport
import Testing

@testable import SynSimulator

/// One simulator tenant seen from a test: sends requests with its key.
struct TestClient {
  let simulator: Simulator
  let synposterKey: String
  let synupKey: String
  let tenantID: String

  /// Signs up a tenant (on `plan` when given) on `simulator`.
  init(simulator: Simulator = Simulator(), plan: String? = nil) throws {
    self.simulator = simulator
    let tenant = try NewTenant(signingUpOn: simulator, plan: plan)
    synposterKey = tenant.synposterKey
    synupKey = tenant.synupKey
    tenantID = tenant.tenantID
  }

  /// Which `x-api-key` a request carries.
  enum Key {
    case own
    case none
    case other(String)
  }

  /// Sends a request, by default with this tenant's Synposter key.
  func send(
    _ method: String, _ path: String, body: String? = nil, query: [(String, String)] = [],
    headers: [(String, String)] = [], key: Key = .own
  ) -> Reply {
    var allHeaders = HTTPHeaders(headers)
    switch key {
    case .own: allHeaders.add("x-api-key", synposterKey)
    case .other(let other): allHeaders.add("x-api-key", other)
    case .none: break
    }
    let request = HTTPRequest(
      method: method, path: path, query: query.map { QueryItem(name: $0.0, value: $0.1) }, headers: allHeaders,
      body: Array((body ?? "").utf8))
    return Reply(simulator.handle(request))
  }

  /// Creates a profile and returns its JSON, failing the test unless it answers 201.
  @discardableResult
  func createProfile(_ body: String = #"{"name":"P"}"#) throws -> JSONValue {
    let reply = send("POST", "/v1/profiles", body: body)
    try #require(reply.status == 201, "create failed: \(reply.status) \(reply.text)")
    return try reply.json()
  }

  /// Sends a control request and requires a 200.
  @discardableResult
  func control(_ path: String, _ body: String = "") throws -> JSONValue {
    let reply = send("POST", path, body: body)
    try #require(reply.status == 200, "\(path) failed: \(reply.status) \(reply.text)")
    return try reply.json()
  }

  /// The id of the Default profile (the first one listed).
  func defaultProfileID() throws -> String {
    let list = try send("GET", "/v1/profiles").json()
    return try #require(list["data"]?.arrayValue?.first?["id"]?.stringValue)
  }
}

/// A response with handy views of its body.
struct Reply {
  let status: Int
  let headers: HTTPHeaders
  let body: [UInt8]

  init(_ response: HTTPResponse) {
    status = response.status
    headers = response.headers
    body = response.body
  }

  var text: String { String(decoding: body, as: UTF8.self) }

  func json() throws -> JSONValue {
    try JSONValue(parsing: body)
  }
}
