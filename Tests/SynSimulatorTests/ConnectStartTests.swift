import SynHTTP
import SynJSON
import Testing

@testable import SynSimulator

/// POST /v1/connect/{platform} (spec 1.2).
@Suite struct ConnectStartTests {
  @Test func answers200WithOnlyAnAuthUrlAtTheMockAuthorizationPage() throws {
    let client = try TestClient()
    let reply = client.send("POST", "/v1/connect/twitter", body: #"{"state":"mine"}"#)
    #expect(reply.status == 200)
    #expect(reply.headers["Content-Type"] == "application/json")
    let json = try reply.json()
    #expect(json.objectValue?.keys == ["authUrl"])
    let url = try #require(json["authUrl"]?.stringValue)
    #expect(url.hasPrefix("http://localhost/mock/oauth/twitter/authorize?response_type=code&client_id="))
    #expect(
      url.contains(
        "&redirect_uri=http%3A%2F%2Flocalhost%2Fv1%2Fconnect%2Ftwitter%2Fcallback"
          + "&scope=tweet.read%20tweet.write%20users.read%20offline.access&state="))
    #expect(url.hasSuffix("&code_challenge_method=S256"))
    let state = try #require(TestURL.parameter("state", in: url))
    #expect(state.hasPrefix("t1_"))
    #expect(state != "mine")
    let challenge = try #require(TestURL.parameter("code_challenge", in: url))
    #expect(challenge.count == 43)
    #expect(challenge.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
  }

  @Test func everyFlowGetsItsOwnStateAndChallenge() throws {
    let client = try TestClient()
    let first = try client.startConnect()
    let second = try client.startConnect()
    #expect(TestURL.parameter("state", in: first) != TestURL.parameter("state", in: second))
    #expect(TestURL.parameter("code_challenge", in: first) != TestURL.parameter("code_challenge", in: second))
  }

  @Test func statesAreDeterministicAfterASeed() throws {
    let simulator = Simulator()
    let first = try TestClient(simulator: simulator)
    let second = try TestClient(simulator: simulator)
    try first.control("/_sim/seed", #"{"seed":5}"#)
    try second.control("/_sim/seed", #"{"seed":5}"#)
    let firstState = try #require(TestURL.parameter("state", in: try first.startConnect()))
    let secondState = try #require(TestURL.parameter("state", in: try second.startConnect()))
    #expect(firstState.dropFirst(3) == secondState.dropFirst(3))
    #expect(firstState.hasPrefix("t1_") && secondState.hasPrefix("t2_"))
  }

  @Test func unsupportedPlatformIs400BeforeTheBodyIsRead() throws {
    let reply = try TestClient().send("POST", "/v1/connect/facebook", body: "{not json")
    #expect(reply.status == 400)
    #expect(
      reply.text
        == #"{"error":"unsupported_platform","message":"Platform \"facebook\" is not supported: use twitter"}"#)
  }

  @Test func anEmptyBodyIsAllOptionalFields() throws {
    #expect(try TestClient().send("POST", "/v1/connect/twitter").status == 200)
  }

  @Test(arguments: ["{not json", "[1]", "\"x\""])
  func unparseableOrNonObjectBodiesAreInvalidJSON(body: String) throws {
    let reply = try TestClient().send("POST", "/v1/connect/twitter", body: body)
    #expect(reply.status == 400)
    #expect(try reply.json()["error"] == "invalid_json")
  }

  @Test(arguments: [
    (
      #"{"profileId":"nope"}"#,
      #"{"error":"validation_error","message":"profileId must be a UUID, not \"nope\"","field":"profileId"}"#
    ),
    (
      #"{"profileId":7}"#,
      #"{"error":"validation_error","message":"profileId must be a string, not number","field":"profileId"}"#
    ),
    (
      #"{"state":true}"#,
      #"{"error":"validation_error","message":"state must be a string, not boolean","field":"state"}"#
    ),
  ])
  func badFieldTypesAreValidationErrors(body: String, expected: String) throws {
    let reply = try TestClient().send("POST", "/v1/connect/twitter", body: body)
    #expect(reply.status == 400)
    #expect(reply.text == expected)
  }

  @Test func aMissingOrForeignProfileIs404() throws {
    let simulator = Simulator()
    let client = try TestClient(simulator: simulator)
    let other = try TestClient(simulator: simulator)
    let missing = "00000000-0000-4000-8000-000000000000"
    let reply = client.send("POST", "/v1/connect/twitter", body: #"{"profileId":"\#(missing)"}"#)
    #expect(reply.status == 404)
    #expect(reply.text == #"{"error":"not_found","message":"No profile with id \#(missing)"}"#)
    let foreign = try other.defaultProfileID()
    #expect(client.send("POST", "/v1/connect/twitter", body: #"{"profileId":"\#(foreign)"}"#).status == 404)
  }

  @Test func withoutProfileIdTheDefaultProfileOwnsTheAccount() throws {
    let client = try TestClient()
    try client.createProfile(#"{"name":"Second"}"#)
    try client.startConnect(#"{"profileId":null}"#)
    let answer = try client.control("/_sim/authorize")
    #expect(answer["profileId"] == .string(try client.defaultProfileID()))
  }

  @Test func anExplicitProfileIdOwnsTheAccount() throws {
    let client = try TestClient()
    let profile = try #require(try client.createProfile(#"{"name":"Second"}"#)["id"]?.stringValue)
    try client.startConnect(#"{"profileId":"\#(profile)"}"#)
    #expect(try client.control("/_sim/authorize")["profileId"] == .string(profile))
  }

  @Test func withoutProfileIdAndWithoutADefaultProfileIs400() throws {
    let client = try TestClient()
    let other = try #require(try client.createProfile(#"{"name":"Other"}"#)["id"]?.stringValue)
    #expect(client.send("DELETE", "/v1/profiles/\(try client.defaultProfileID())").status == 204)
    let reply = client.send("POST", "/v1/connect/twitter", body: "{}")
    #expect(reply.status == 400)
    #expect(
      reply.text
        == #"{"error":"validation_error","message":"profileId is required: the Default profile has been deleted","field":"profileId"}"#
    )
    #expect(client.send("POST", "/v1/connect/twitter", body: #"{"profileId":"\#(other)"}"#).status == 200)
  }

  @Test func aRenamedDefaultProfileStaysTheDefault() throws {
    let client = try TestClient()
    let id = try client.defaultProfileID()
    #expect(client.send("PATCH", "/v1/profiles/\(id)", body: #"{"name":"Main"}"#).status == 200)
    try client.startConnect()
    #expect(try client.control("/_sim/authorize")["profileId"] == .string(id))
  }

  @Test(arguments: [
    "https://app.example.com/cb", "https://app.example.com", "https://app.example.com:8443/oauth/done?tab=social",
    "HTTPS://APP.EXAMPLE.COM/cb", "http://localhost", "http://localhost:3000/callback", "http://localhost/cb?x=1",
    "https://" + String(repeating: "a", count: 2040),
  ])
  func acceptedRedirectURIs(uri: String) throws {
    let reply = try TestClient().send("POST", "/v1/connect/twitter", body: #"{"redirectUri":"\#(uri)"}"#)
    #expect(reply.status == 200, "\(uri): \(reply.text)")
  }

  @Test(arguments: [
    "http://app.example.com/cb", "ftp://app.example.com", "/relative/cb", "app.example.com/cb", "https://",
    "https:///path", "https://app.example.com/cb#done", "https://app example.com", "http://localhost.evil.com",
    "https://" + String(repeating: "a", count: 2041), "",
  ])
  func refusedRedirectURIs(uri: String) throws {
    let reply = try TestClient().send("POST", "/v1/connect/twitter", body: #"{"redirectUri":"\#(uri)"}"#)
    #expect(reply.status == 400)
    #expect(
      reply.text
        == #"{"error":"validation_error","message":"redirectUri must be an absolute https:// URL (or http://localhost) without a fragment, at most 2048 characters","field":"redirectUri"}"#
    )
  }

  @Test func stateMayBeUpTo512Characters() throws {
    let client = try TestClient()
    let longest = String(repeating: "é", count: 512)
    #expect(client.send("POST", "/v1/connect/twitter", body: #"{"state":"\#(longest)"}"#).status == 200)
    let reply = client.send("POST", "/v1/connect/twitter", body: #"{"state":"\#(longest)x"}"#)
    #expect(reply.status == 400)
    #expect(
      reply.text
        == #"{"error":"validation_error","message":"state must be at most 512 characters long","field":"state"}"#)
  }

  @Test func connectingIsNotMeteredSoAFullFreeAccountStillConnects() throws {
    let client = try TestClient(plan: "free")
    #expect(client.send("POST", "/v1/profiles", body: #"{"name":"B"}"#).status == 402)
    #expect(client.send("POST", "/v1/connect/twitter").status == 200)
    try client.control("/_sim/authorize")
    let usage = try client.send("GET", "/v1/usage").json()
    #expect(usage["profiles"]?["used"] == 1)
    #expect(usage["posts"]?["used"] == 0)
  }
}
