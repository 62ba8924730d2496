import SynHTTP
import SynJSON
import Testing

@testable import SynSimulator

@Suite struct AuthAndRoutingTests {
  static let missingKey = #"{"error":"unauthorized","message":"Missing API key: send it in the x-api-key header"}"#
  static let invalidKey = #"{"error":"unauthorized","message":"Invalid API key"}"#

  @Test func missingKeyAnswers401() throws {
    let client = try TestClient()
    let reply = client.send("GET", "/v1/profiles", key: .none)
    #expect(reply.status == 401)
    #expect(reply.text == Self.missingKey)
    #expect(reply.headers["Content-Type"] == "application/json")
  }

  @Test func unknownKeyAnswers401() throws {
    let reply = try TestClient().send("GET", "/v1/profiles", key: .other("sk_live_00000000000000000000000000000000"))
    #expect(reply.status == 401)
    #expect(reply.text == Self.invalidKey)
  }

  @Test func synupKeyIsNotASynposterKey() throws {
    let client = try TestClient()
    let reply = client.send("GET", "/v1/usage", key: .other(client.synupKey))
    #expect(reply.status == 401)
    #expect(reply.text == Self.invalidKey)
  }

  @Test func headerNameIsCaseInsensitive() throws {
    let client = try TestClient()
    let reply = client.send("GET", "/v1/usage", headers: [("X-API-Key", client.synposterKey)], key: .none)
    #expect(reply.status == 200)
  }

  @Test func authIsCheckedBeforeTheBody() throws {
    let client = try TestClient()
    let reply = client.send("POST", "/v1/profiles", body: "not json", key: .none)
    #expect(reply.status == 401)
    #expect(reply.text == Self.missingKey)
  }

  @Test func keysOfOneTenantDoNotSeeAnother() throws {
    let simulator = Simulator()
    let first = try TestClient(simulator: simulator)
    let second = try TestClient(simulator: simulator)
    let id = try #require(try first.createProfile()["id"]?.stringValue)
    #expect(second.send("GET", "/v1/profiles/\(id)").status == 404)
    #expect(try second.send("GET", "/v1/usage").json()["profiles"]?["used"] == 1)
  }

  @Test func healthNeedsNoKeyButRefusesAnInvalidOne() throws {
    let client = try TestClient()
    let anonymous = client.send("GET", "/v1/health", key: .none)
    #expect(anonymous.status == 200)
    #expect(anonymous.text == #"{"status":"ok"}"#)
    #expect(client.send("GET", "/v1/health").text == #"{"status":"ok"}"#)
    let invalid = client.send("GET", "/v1/health", key: .other("nope"))
    #expect(invalid.status == 401)
    #expect(invalid.text == Self.invalidKey)
  }

  @Test func unknownPathAnswers404() throws {
    let reply = try TestClient().send("GET", "/v1/widgets")
    #expect(reply.status == 404)
    #expect(reply.text == #"{"error":"not_found","message":"No such endpoint: GET /v1/widgets"}"#)
  }

  @Test func wrongMethodAnswers405WithAllow() throws {
    let reply = try TestClient().send("PUT", "/v1/profiles")
    #expect(reply.status == 405)
    #expect(reply.text == #"{"error":"method_not_allowed","message":"PUT is not allowed on /v1/profiles"}"#)
    #expect(reply.headers["Allow"] == "GET, POST")
  }

  @Test(arguments: [
    ("POST", "/v1/connect/twitter"), ("GET", "/v1/accounts"), ("GET", "/v1/accounts/x"), ("DELETE", "/v1/accounts/x"),
    ("GET", "/v1/posts"), ("POST", "/v1/posts"), ("GET", "/v1/posts/x"), ("DELETE", "/v1/posts/x"),
    ("POST", "/v1/media"),
  ])
  func everyAccountRouteChecksTheKeyFirst(method: String, path: String) throws {
    let client = try TestClient()
    let missing = client.send(method, path, body: "not json", key: .none)
    #expect(missing.status == 401)
    #expect(missing.text == Self.missingKey)
    let invalid = client.send(method, path, body: "not json", key: .other("sk_live_nope"))
    #expect(invalid.status == 401)
    #expect(invalid.text == Self.invalidKey)
  }

  @Test(arguments: [
    ("GET", "/v1/connect/twitter/callback"), ("GET", "/mock/oauth/twitter/authorize"), ("PUT", "/mock/uploads/t1_abc"),
  ])
  func browserRoutesNeedNoKeyAndIgnoreOne(method: String, path: String) throws {
    let client = try TestClient()
    let anonymous = client.send(method, path, key: .none)
    let withInvalidKey = client.send(method, path, key: .other("nope"))
    #expect(anonymous.status != 401)
    #expect(anonymous.text == withInvalidKey.text)
  }

  @Test func unsimulatedSynupSectionsAnswer501ForAValidSynupKey() throws {
    let client = try TestClient()
    let reply = Reply(
      client.simulator.handle(
        HTTPRequest(
          method: "GET", path: "/api/v4/review-phrases",
          headers: HTTPHeaders([("Authorization", "API \(client.synupKey)")]))))
    #expect(reply.status == 501)
    #expect(reply.text == #"{"errors":[{"message":"not simulated"}]}"#)
  }

  @Test(arguments: [nil, "API wrong", "Bearer x"])
  func synupRoutesAnswerSynups401(authorization: String?) throws {
    let client = try TestClient()
    let headers = HTTPHeaders(authorization.map { [("Authorization", $0)] } ?? [])
    let reply = Reply(client.simulator.handle(HTTPRequest(method: "GET", path: "/api/v4/locations", headers: headers)))
    #expect(reply.status == 401)
    #expect(reply.text == #"{"data":{"allLocations":null},"errors":[{"message":"SY90005:Invalid token"}]}"#)
  }

  @Test func synupKeyWithASynposterKeyIsRefused() throws {
    let client = try TestClient()
    let headers = HTTPHeaders([("Authorization", "API \(client.synposterKey)")])
    let reply = Reply(client.simulator.handle(HTTPRequest(method: "GET", path: "/api/v4/locations", headers: headers)))
    #expect(reply.status == 401)
  }
}
