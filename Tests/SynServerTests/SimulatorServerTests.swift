import SynHTTP
import SynJSON
import SynLive
import SynServer
import SynSimulator
import SynTestSupport
import Testing

@Suite struct SimulatorServerTests {
  /// Runs `body` against a server on a free port, then stops it.
  func withServer(
    maximumBodyBytes: Int = 1024 * 1024, _ body: (String, Simulator, [String]) async throws -> Void
  ) async throws {
    let server = SimulatorServer(host: "127.0.0.1", port: 0, maximumBodyBytes: maximumBodyBytes)
    let (lines, continuation) = AsyncStream.makeStream(of: [String].self)
    let task = Task { try await server.run { continuation.yield($0) } }
    defer { task.cancel() }
    var iterator = lines.makeAsyncIterator()
    let ready = try #require(await iterator.next())
    let port = try #require(ready.first { $0.hasPrefix("port: ") }.map { $0.dropFirst(6) })
    try await body("http://127.0.0.1:\(port)", server.simulator, ready)
  }

  func tenant(_ backend: LiveBackend, _ options: RequestOptions) async throws -> String {
    try NewTenant(signUpAnswer: try await backend.send(ControlRoute.signUp(), options: options)).synposterKey
  }

  @Test func aResponseLargerThanTheLiveBackendReadsIsATransportError() async throws {
    try await withServer { origin, _, _ in
      var backend = LiveBackend()
      backend.maximumBodyBytes = 100
      let options = RequestOptions(origin: origin)
      await #expect {
        _ = try await backend.send(HTTPRequest(method: "GET", path: "/openapi.json"), options: options)
      } throws: { error in
        "\(error)".hasSuffix(": the response is larger than 100 bytes")
      }
      backend.maximumBodyBytes = 10 * 1024 * 1024
      let whole = try await backend.send(HTTPRequest(method: "GET", path: "/openapi.json"), options: options)
      #expect(whole.status == 200)
    }
  }

  @Test func answersAsTheInProcessSimulatorDoes() async throws {
    try await withServer { origin, _, ready in
      #expect(ready.contains { $0.hasPrefix("tenant: SYNPOSTER_API_KEY=") })
      let backend = LiveBackend()
      let options = RequestOptions(timeoutMilliseconds: 5000, origin: origin)
      let key = try await tenant(backend, options)
      let create = HTTPRequest(
        method: "POST", path: "/v1/profiles",
        headers: HTTPHeaders([("x-api-key", key), ("Content-Type", "application/json")]),
        body: Array(#"{"name":"Alice","externalId":"u 1"}"#.utf8))
      let created = try await backend.send(create, options: options)
      #expect(created.status == 201)
      let list = HTTPRequest(
        method: "GET", path: "/v1/profiles", query: [QueryItem(name: "externalId", value: "u 1")],
        headers: HTTPHeaders([("x-api-key", key)]))
      let listed = try await backend.send(list, options: options)
      #expect(listed.status == 200)
      guard case .array(let rows)? = try JSONValue(parsing: listed.body)["data"] else {
        Issue.record("no data array")
        return
      }
      #expect(rows.first?["name"]?.stringValue == "Alice")

      let local = SimulatorBackend()
      var unauthorized = list
      unauthorized.headers = HTTPHeaders()
      let served = try await backend.send(unauthorized, options: options)
      let inProcess = try await local.send(unauthorized)
      #expect(served.status == inProcess.status)
      #expect(served.body == inProcess.body)
    }
  }

  @Test func aBodyOverTheLimitIsAClearJSONError() async throws {
    try await withServer(maximumBodyBytes: 64) { origin, _, _ in
      let options = RequestOptions(timeoutMilliseconds: 5000, origin: origin)
      let big = HTTPRequest(
        method: "POST", path: "/v1/profiles", body: Array(repeating: UInt8(ascii: "a"), count: 1000))
      let response = try await LiveBackend().send(big, options: options)
      #expect(response.status == 413)
      #expect(try JSONValue(parsing: response.body)["error"]?.stringValue == "payload_too_large")
    }
  }

  @Test func servesAnOpenAPIDocument() async throws {
    try await withServer { origin, _, _ in
      let options = RequestOptions(timeoutMilliseconds: 5000, origin: origin)
      let response = try await LiveBackend().send(HTTPRequest(method: "GET", path: "/openapi.json"), options: options)
      #expect(response.status == 200)
      let document = try JSONValue(parsing: response.body)
      #expect(document["openapi"]?.stringValue == "3.1.0")
      #expect(document["paths"]?["/v1/profiles/{id}"]?["get"]?["operationId"]?.stringValue == "synposter_get_profile")
      #expect(document["paths"]?["/api/v4/roles"] != nil)
    }
  }

  @Test func theRootIsAnIndexOfWhatIsServed() async throws {
    try await withServer { origin, _, ready in
      let options = RequestOptions(timeoutMilliseconds: 5000, origin: origin)
      let response = try await LiveBackend().send(HTTPRequest(method: "GET", path: "/"), options: options)
      #expect(response.status == 200)
      #expect(
        String(decoding: response.body, as: UTF8.self)
          == #"{"server":"syn serve","apis":{"synposter":"/v1","synup":"/api/v4"},"openapi":"/openapi.json","controlPlane":"/_sim"}"#
      )
      #expect(ready.first?.hasSuffix("(Synposter /v1, Synup /api/v4, control /_sim, /openapi.json)") == true)
    }
  }
}
