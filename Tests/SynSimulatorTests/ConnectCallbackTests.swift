import SynHTTP
import SynJSON
import Testing

@testable import SynSimulator

/// The browser side of the connect flow: the mock authorization page and
/// GET /v1/connect/{platform}/callback (spec 1.2 and section 3).
@Suite struct ConnectCallbackTests {
  static let invalidState =
    #"{"error":"invalid_state","message":"Unknown, expired or already used state: start the connect flow again"}"#

  /// Opens `authUrl` plus `extra` query text; returns the callback URL the page redirects to.
  private func authorize(_ client: TestClient, _ authUrl: String, _ extra: String = "") throws -> String {
    let reply = try client.open(authUrl + extra)
    try #require(reply.status == 302, "authorize: \(reply.status) \(reply.text)")
    return try #require(reply.headers["Location"])
  }

  @Test func approvingRedirectsToTheCallbackWithAMockCode() throws {
    let client = try TestClient()
    let authUrl = try client.startConnect()
    let state = try #require(TestURL.parameter("state", in: authUrl))
    let callback = try authorize(client, authUrl)
    #expect(callback.hasPrefix("http://localhost/v1/connect/twitter/callback?code=mock_"))
    #expect(callback.hasSuffix("&state=\(state)"))
    #expect(try #require(TestURL.parameter("code", in: callback)).count == 37)
  }

  @Test func theFullBrowserFlowRedirectsWithTheDocumentedParameters() throws {
    let client = try TestClient()
    let profile = try client.defaultProfileID()
    let authUrl = try client.startConnect(
      #"{"redirectUri":"https://app.example.com/connected","state":"user 42/ok"}"#)
    let reply = try client.open(try authorize(client, authUrl, "&handle=alice"))
    #expect(reply.status == 302)
    #expect(reply.body.isEmpty)
    let accounts = try client.send("GET", "/v1/accounts", query: [("profileId", profile)]).json()
    let accountId = try #require(accounts["data"]?.arrayValue?.first?["id"]?.stringValue)
    #expect(
      reply.headers["Location"]
        == "https://app.example.com/connected?profileId=\(profile)&accountId=\(accountId)&platform=twitter&handle=alice&state=user%2042%2Fok"
    )
  }

  @Test func theNewAccountIsActiveWithTheDocumentedFields() throws {
    let client = try TestClient()
    try client.control("/_sim/clock", #"{"set":"2026-04-28T12:00:00Z"}"#)
    let profile = try client.defaultProfileID()
    let authUrl = try client.startConnect()
    _ = try client.open(try authorize(client, authUrl, "&handle=%40alice&platformAccountId=1234567890"))
    let list = try client.send("GET", "/v1/accounts", query: [("profileId", profile)]).json()
    let account = try #require(list["data"]?.arrayValue?.first)
    let id = try #require(account["id"]?.stringValue)
    #expect(
      account.compactText
        == #"{"id":"\#(id)","profileId":"\#(profile)","platform":"twitter","platformAccountId":"1234567890","handle":"alice","status":"active","scopes":["tweet.read","tweet.write","users.read","offline.access"],"connectedAt":"2026-04-28T12:00:00Z","lastRefreshedAt":"2026-04-28T12:00:00Z"}"#
    )
  }

  @Test func aRedirectUriWithAQueryGetsTheParametersAppended() throws {
    let client = try TestClient()
    let authUrl = try client.startConnect(#"{"redirectUri":"http://localhost:3000/cb?from=app"}"#)
    let location = try #require(try client.open(try authorize(client, authUrl)).headers["Location"])
    #expect(location.hasPrefix("http://localhost:3000/cb?from=app&profileId="))
    #expect(location.hasSuffix("&platform=twitter&handle=mockuser"))
  }

  @Test func withoutRedirectUriTheHostedSuccessPageIsShown() throws {
    let client = try TestClient()
    let authUrl = try client.startConnect()
    let reply = try client.open(try authorize(client, authUrl, "&handle=bob"))
    #expect(reply.status == 200)
    #expect(reply.headers["Content-Type"] == "text/html; charset=utf-8")
    #expect(reply.text.hasPrefix("<!doctype html>"))
    #expect(reply.text.contains("<h1>Account connected</h1><p>@bob on twitter is now connected.</p>"))
  }

  @Test func denyingRedirectsWithAccessDeniedAndConnectsNothing() throws {
    let client = try TestClient()
    let profile = try client.defaultProfileID()
    let authUrl = try client.startConnect(#"{"redirectUri":"https://app.example.com/cb","state":"s1"}"#)
    let callback = try authorize(client, authUrl, "&decision=deny")
    #expect(callback.hasPrefix("http://localhost/v1/connect/twitter/callback?error=access_denied&state=t1_"))
    let reply = try client.open(callback)
    #expect(reply.status == 302)
    #expect(
      reply.headers["Location"]
        == "https://app.example.com/cb?error=access_denied&platform=twitter&profileId=\(profile)&state=s1")
    #expect(client.send("GET", "/v1/accounts", query: [("profileId", profile)]).text == #"{"data":[]}"#)
  }

  @Test func aFailureWithoutRedirectUriShowsTheHostedErrorPage() throws {
    let client = try TestClient()
    let authUrl = try client.startConnect()
    let reply = try client.open(try authorize(client, authUrl, "&decision=deny"))
    #expect(reply.status == 200)
    #expect(reply.headers["Content-Type"] == "text/html; charset=utf-8")
    #expect(reply.text.contains("<h1>Connection failed</h1><p>The account could not be connected: access_denied.</p>"))
  }

  @Test func anotherPlatformErrorIsATokenExchangeFailure() throws {
    let client = try TestClient()
    let authUrl = try client.startConnect(#"{"redirectUri":"https://app.example.com/cb"}"#)
    let state = try #require(TestURL.parameter("state", in: authUrl))
    let reply = try client.open("http://localhost/v1/connect/twitter/callback?error=server_error&state=\(state)")
    #expect(reply.headers["Location"]?.hasPrefix("https://app.example.com/cb?error=token_exchange_failed&") == true)
  }

  @Test(arguments: ["&code=mock_0000", ""])
  func aCodeTheMockPlatformDidNotIssueFailsTheExchange(code: String) throws {
    let client = try TestClient()
    let authUrl = try client.startConnect(#"{"redirectUri":"https://app.example.com/cb"}"#)
    let state = try #require(TestURL.parameter("state", in: authUrl))
    _ = try authorize(client, authUrl)
    let reply = try client.open("http://localhost/v1/connect/twitter/callback?state=\(state)\(code)")
    #expect(reply.status == 302)
    #expect(reply.headers["Location"]?.hasPrefix("https://app.example.com/cb?error=token_exchange_failed&") == true)
  }

  @Test func aTamperedCodeChallengeFailsThePKCECheck() throws {
    let client = try TestClient()
    let authUrl = try client.startConnect(#"{"redirectUri":"https://app.example.com/cb"}"#)
    let challenge = try #require(TestURL.parameter("code_challenge", in: authUrl))
    let tampered = authUrl.replacing(challenge, with: String(challenge.reversed()))
    let reply = try client.open(try authorize(client, tampered))
    #expect(
      reply.headers["Location"]
        == "https://app.example.com/cb?error=token_exchange_failed&platform=twitter&profileId=\(try client.defaultProfileID())"
    )
    #expect(try client.postsUsed() == 0)
  }

  @Test func aStateIsSingleUse() throws {
    let client = try TestClient()
    let callback = try authorize(client, try client.startConnect())
    #expect(try client.open(callback).status == 200)
    let again = try client.open(callback)
    #expect(again.status == 400)
    #expect(again.headers["Content-Type"] == "application/json")
    #expect(again.text == Self.invalidState)
    #expect(try client.open(try client.startConnect()).status == 302)
  }

  @Test(arguments: ["", "?state=", "?state=nonsense", "?state=t1_0123", "?state=t99_0123", "?code=x"])
  func unknownStatesAre400WithoutARedirect(query: String) throws {
    let client = try TestClient()
    try client.startConnect(#"{"redirectUri":"https://app.example.com/cb"}"#)
    for path in ["/v1/connect/twitter/callback", "/mock/oauth/twitter/authorize"] {
      let reply = try client.open("http://localhost\(path)\(query)")
      #expect(reply.status == 400)
      #expect(reply.headers["Location"] == nil)
      #expect(reply.text == Self.invalidState)
    }
  }

  @Test func anotherTenantsStateIsUnknown() throws {
    let simulator = Simulator()
    let first = try TestClient(simulator: simulator)
    let second = try TestClient(simulator: simulator)
    let state = try #require(TestURL.parameter("state", in: try first.startConnect()))
    try second.startConnect()
    let forged = "t2_" + state.dropFirst(3)
    #expect(try second.open("http://localhost/v1/connect/twitter/callback?state=\(forged)").text == Self.invalidState)
  }

  @Test func aStateExpiresAfterTenMinutesOfTenantClock() throws {
    let client = try TestClient()
    let early = try client.startConnect()
    try client.advanceClock("599s")
    #expect(try client.open(try authorize(client, early)).status == 200)
    let late = try client.startConnect()
    let callback = try authorize(client, late)
    try client.advanceClock("600s")
    #expect(try client.open(late).text == Self.invalidState)
    #expect(try client.open(callback).text == Self.invalidState)
  }

  @Test func resetForgetsPendingFlows() throws {
    let client = try TestClient()
    let authUrl = try client.startConnect()
    try client.control("/_sim/reset")
    #expect(try client.open(authUrl).text == Self.invalidState)
  }

  @Test func theCallbackPlatformMustMatchTheFlow() throws {
    let client = try TestClient()
    let callback = try authorize(client, try client.startConnect())
    let reply = try client.open(callback.replacing("/twitter/", with: "/facebook/"))
    #expect(reply.status == 400)
    #expect(try reply.json()["error"] == "unsupported_platform")
    #expect(try client.open(callback).status == 200)
  }

  @Test(arguments: [
    (
      "&decision=maybe",
      #"{"error":"validation_error","message":"decision must be approve or deny, not \"maybe\"","field":"decision"}"#
    ),
    (
      "&handle=this_is_too_long_",
      #"{"error":"validation_error","message":"handle must be 1 to 15 letters, digits or _ (an optional @ first)","field":"handle"}"#
    ),
    (
      "&handle=a-b",
      #"{"error":"validation_error","message":"handle must be 1 to 15 letters, digits or _ (an optional @ first)","field":"handle"}"#
    ),
    (
      "&platformAccountId=12a",
      #"{"error":"validation_error","message":"platformAccountId must be 1 to 19 digits","field":"platformAccountId"}"#
    ),
  ])
  func theAuthorizationPageValidatesItsChoices(extra: String, expected: String) throws {
    let client = try TestClient()
    let authUrl = try client.startConnect()
    let reply = try client.open(authUrl + extra)
    #expect(reply.status == 400)
    #expect(reply.text == expected)
    #expect(try client.open(authUrl).status == 302)
  }

  @Test func reconnectingOnTheSameProfileRotatesTokensAndKeepsTheId() throws {
    let client = try TestClient()
    let authUrl = try client.startConnect()
    _ = try client.open(try authorize(client, authUrl, "&handle=alice&platformAccountId=77"))
    try client.advanceClock("1h")
    let again = try client.startConnect()
    _ = try client.open(try authorize(client, again, "&handle=alice_new&platformAccountId=77"))
    let list = try client.send("GET", "/v1/accounts", query: [("profileId", try client.defaultProfileID())]).json()
    let accounts = try #require(list["data"]?.arrayValue)
    #expect(accounts.count == 1)
    #expect(accounts[0]["handle"] == "alice_new")
    #expect(accounts[0]["connectedAt"] == "2026-01-01T00:00:00Z")
    #expect(accounts[0]["lastRefreshedAt"] == "2026-01-01T01:00:00Z")
  }

  @Test func theSameAccountOnAnotherProfileIsAlreadyConnected() throws {
    let client = try TestClient()
    let second = try #require(try client.createProfile(#"{"name":"Second"}"#)["id"]?.stringValue)
    _ = try client.open(try authorize(client, try client.startConnect(), "&platformAccountId=77"))
    let authUrl = try client.startConnect(
      #"{"profileId":"\#(second)","redirectUri":"https://app.example.com/cb","state":"s"}"#)
    let reply = try client.open(try authorize(client, authUrl, "&platformAccountId=77"))
    #expect(
      reply.headers["Location"]
        == "https://app.example.com/cb?error=account_already_connected&platform=twitter&profileId=\(second)&state=s")
    #expect(client.send("GET", "/v1/accounts", query: [("profileId", second)]).text == #"{"data":[]}"#)
  }
}
