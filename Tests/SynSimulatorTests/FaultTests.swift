import SynHTTP
import SynJSON
import Testing

@testable import SynSimulator

@Suite struct FaultTests {
  static let internalError = #"{"error":"internal_error","message":"Simulated failure (safe to retry)"}"#

  @Test func faultFiresNTimesBeforeAnyStateChangeThenStops() throws {
    let client = try TestClient()
    let answer = try client.control("/_sim/fault", #"{"status":500,"times":2,"method":"POST","path":"/v1/profiles"}"#)
    #expect(answer.compactText == #"{"faults":[{"status":500,"remaining":2,"method":"POST","path":"/v1/profiles"}]}"#)
    for _ in 1...2 {
      let reply = client.send("POST", "/v1/profiles", body: #"{"name":"A","externalId":"once"}"#)
      #expect(reply.status == 500)
      #expect(reply.text == Self.internalError)
      #expect(reply.headers["Content-Type"] == "application/json")
    }
    #expect(try client.send("GET", "/v1/usage").json()["profiles"]?["used"] == 1)
    #expect(client.send("POST", "/v1/profiles", body: #"{"name":"A","externalId":"once"}"#).status == 201)
    #expect(client.send("POST", "/v1/profiles", body: #"{"name":"B"}"#).status == 201)
    #expect(try client.send("GET", "/_sim/state").json()["faults"] == [])
  }

  @Test func faultFiresBeforeValidation() throws {
    let client = try TestClient()
    try client.control("/_sim/fault", #"{"status":500}"#)
    #expect(client.send("POST", "/v1/profiles", body: "garbage").status == 500)
    #expect(client.send("POST", "/v1/profiles", body: "garbage").status == 400)
  }

  @Test func faultsMatchOnlyTheirMethodAndPathTemplate() throws {
    let client = try TestClient()
    let id = try client.defaultProfileID()
    try client.control("/_sim/fault", #"{"status":503,"times":1,"method":"patch","path":"/v1/profiles/{id}"}"#)
    #expect(client.send("GET", "/v1/profiles/\(id)").status == 200)
    #expect(client.send("PATCH", "/v1/profiles", body: "{}").status == 405)
    let reply = client.send("PATCH", "/v1/profiles/\(id)", body: #"{"name":"X"}"#)
    #expect(reply.status == 503)
    #expect(reply.text == #"{"error":"service_unavailable","message":"Simulated 503 failure"}"#)
    #expect(try client.send("GET", "/v1/profiles/\(id)").json()["name"] == "Default")
    #expect(client.send("PATCH", "/v1/profiles/\(id)", body: #"{"name":"X"}"#).status == 200)
  }

  @Test func faultsAreScopedToTheirTenant() throws {
    let simulator = Simulator()
    let first = try TestClient(simulator: simulator)
    let second = try TestClient(simulator: simulator)
    try first.control("/_sim/fault", #"{"status":500,"times":3}"#)
    #expect(second.send("GET", "/v1/usage").status == 200)
    #expect(first.send("GET", "/v1/usage").status == 500)
  }

  @Test func faultsDoNotTouchControlRoutes() throws {
    let client = try TestClient()
    try client.control("/_sim/fault", #"{"status":500}"#)
    #expect(client.send("GET", "/_sim/state").status == 200)
    #expect(client.send("GET", "/v1/usage").status == 500)
  }

  @Test func rateLimitedFaultCarriesRetryAfter() throws {
    let client = try TestClient()
    try client.control("/_sim/fault", #"{"status":429}"#)
    let reply = client.send("GET", "/v1/usage")
    #expect(reply.status == 429)
    #expect(reply.text == #"{"error":"rate_limited","message":"Too many requests: retry after 1 s","retryAfter":1}"#)
    #expect(reply.headers["Retry-After"] == "1")
  }

  @Test func faultsApplyToSynupRoutes() throws {
    let client = try TestClient()
    try client.control("/_sim/fault", #"{"status":500,"path":"/api/v4/locations"}"#)
    let request = HTTPRequest(
      method: "GET", path: "/api/v4/locations", headers: HTTPHeaders([("Authorization", "API \(client.synupKey)")]))
    let reply = Reply(client.simulator.handle(request))
    #expect(reply.status == 500)
    #expect(reply.text == #"{"data":null,"errors":[{"message":"SY90006:Simulated failure (safe to retry)"}]}"#)
    #expect(client.simulator.handle(request).status == 200)
  }

  @Test(arguments: [
    (#"{}"#, #"{"error":"validation_error","message":"status is required","field":"status"}"#),
    (
      #"{"status":200}"#,
      #"{"error":"validation_error","message":"status must be an integer between 400 and 599, not 200","field":"status"}"#
    ),
    (
      #"{"status":500,"times":0}"#,
      #"{"error":"validation_error","message":"times must be an integer at least 1, not 0","field":"times"}"#
    ),
    (
      #"{"status":500,"path":"v1/profiles"}"#,
      #"{"error":"validation_error","message":"path must start with /, e.g. /v1/profiles/{id}","field":"path"}"#
    ),
  ])
  func badFaultBodies(body: String, expected: String) throws {
    let reply = try TestClient().send("POST", "/_sim/fault", body: body)
    #expect(reply.status == 400)
    #expect(reply.text == expected)
  }
}
