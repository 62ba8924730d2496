import SynHTTP
import SynJSON
import Testing

@testable import SynSimulator

/// POST /_sim/authorize: `mock authorize` plays the end user on the latest
/// pending flow (spec section 3, language.md section 7).
@Suite struct MockAuthorizeTests {
  static let noPendingFlow =
    #"{"error":"no_pending_flow","message":"No connect flow is pending: start one with POST /v1/connect/twitter"}"#

  @Test func approvingAnswersTheFinalRedirectParameters() throws {
    let client = try TestClient()
    let profile = try client.defaultProfileID()
    try client.startConnect(#"{"redirectUri":"https://app.example.com/cb","state":"dev-state"}"#)
    let answer = try client.control("/_sim/authorize", #"{"handle":"@alice"}"#)
    let accountId = try #require(answer["accountId"]?.stringValue)
    #expect(
      answer.compactText
        == #"{"profileId":"\#(profile)","accountId":"\#(accountId)","platform":"twitter","handle":"alice","state":"dev-state"}"#
    )
    let account = try client.send("GET", "/v1/accounts/\(accountId)").json()
    #expect(account["handle"] == "alice")
    #expect(account["status"] == "active")
  }

  @Test func defaultsAreApproveAndMockuserAndStateIsLeftOutWhenNotSent() throws {
    let client = try TestClient()
    try client.startConnect()
    let answer = try client.control("/_sim/authorize")
    #expect(answer.objectValue?.keys == ["profileId", "accountId", "platform", "handle"])
    #expect(answer["handle"] == "mockuser")
  }

  @Test func platformAccountIdIsDerivedFromTheHandleIgnoringCase() throws {
    let simulator = Simulator()
    let first = try TestClient(simulator: simulator)
    let second = try TestClient(simulator: simulator)
    let firstID = try first.connectAccount(handle: "Alice")
    let secondID = try second.connectAccount(handle: "alice")
    let firstAccount = try first.send("GET", "/v1/accounts/\(firstID)").json()
    let secondAccount = try second.send("GET", "/v1/accounts/\(secondID)").json()
    let platformAccountId = try #require(firstAccount["platformAccountId"]?.stringValue)
    #expect(platformAccountId == EndUserDecision.derivedAccountID(handle: "alice"))
    #expect(platformAccountId.count == 19)
    #expect(platformAccountId.allSatisfy { $0.isNumber })
    #expect(secondAccount["platformAccountId"] == .string(platformAccountId))
    let bob = try first.send("GET", "/v1/accounts/\(try first.connectAccount(handle: "bob"))").json()
    #expect(bob["platformAccountId"] != .string(platformAccountId))
  }

  @Test(arguments: [#"{"platformAccountId":123}"#, #"{"platformAccountId":"123"}"#])
  func platformAccountIdMayBeANumberOrAString(body: String) throws {
    let client = try TestClient()
    try client.startConnect()
    let id = try #require(try client.control("/_sim/authorize", body)["accountId"]?.stringValue)
    #expect(try client.send("GET", "/v1/accounts/\(id)").json()["platformAccountId"] == "123")
  }

  @Test func denyingAnswersTheErrorParametersAndConnectsNothing() throws {
    let client = try TestClient()
    let profile = try client.defaultProfileID()
    try client.startConnect(#"{"state":"s"}"#)
    let answer = try client.control("/_sim/authorize", #"{"decision":"deny"}"#)
    #expect(
      answer.compactText == #"{"error":"access_denied","platform":"twitter","profileId":"\#(profile)","state":"s"}"#)
    #expect(client.send("GET", "/v1/accounts", query: [("profileId", profile)]).text == #"{"data":[]}"#)
  }

  @Test func theLatestPendingFlowIsTheOneAuthorized() throws {
    let client = try TestClient()
    try client.startConnect(#"{"state":"first"}"#)
    try client.startConnect(#"{"state":"second"}"#)
    #expect(try client.control("/_sim/authorize", #"{"handle":"a"}"#)["state"] == "second")
    #expect(try client.control("/_sim/authorize", #"{"handle":"b"}"#)["state"] == "first")
    Self.expectCallbackAnswer(client.send("POST", "/_sim/authorize"))
  }

  @Test func aFlowCompletedInTheBrowserIsNoLongerPending() throws {
    let client = try TestClient()
    let authUrl = try client.startConnect()
    let callback = try #require(try client.open(authUrl).headers["Location"])
    _ = try client.open(callback)
    Self.expectCallbackAnswer(client.send("POST", "/_sim/authorize"))
  }

  /// No flow to act on is a misuse of the control plane, marked as its refusal.
  @Test func noFlowEverStartedIsARefusalOfTheControlPlane() throws {
    let client = try TestClient()
    let reply = client.send("POST", "/_sim/authorize")
    #expect(reply.status == 409)
    #expect(reply.text == Self.noPendingFlow)
    #expect(reply.headers["Syn-Control-Refusal"] == "true")
  }

  /// An expired flow answers what its callback answers (spec section 3): a
  /// response the real API gives, not a refusal of the control plane.
  @Test func anExpiredFlowAnswersTheCallbacksInvalidState() throws {
    let client = try TestClient()
    try client.startConnect()
    try client.advanceClock("10m")
    Self.expectCallbackAnswer(client.send("POST", "/_sim/authorize"))
  }

  @Test func aRefusedValueIsARefusalOfTheControlPlane() throws {
    let client = try TestClient()
    try client.startConnect()
    let reply = client.send("POST", "/_sim/authorize", body: #"{"decision":"maybe"}"#)
    #expect(reply.status == 400)
    #expect(reply.headers["Syn-Control-Refusal"] == "true")
  }

  static func expectCallbackAnswer(_ reply: Reply, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(reply.status == 400, sourceLocation: sourceLocation)
    #expect(reply.text == ConnectCallbackTests.invalidState, sourceLocation: sourceLocation)
    #expect(reply.headers["Syn-Control-Refusal"] == nil, sourceLocation: sourceLocation)
  }

  @Test func deletingTheProfileEndsItsPendingFlows() throws {
    let client = try TestClient()
    let profile = try #require(try client.createProfile(#"{"name":"P"}"#)["id"]?.stringValue)
    let authUrl = try client.startConnect(#"{"profileId":"\#(profile)"}"#)
    #expect(client.send("DELETE", "/v1/profiles/\(profile)").status == 204)
    Self.expectCallbackAnswer(client.send("POST", "/_sim/authorize"))
    #expect(try client.open(authUrl).text == ConnectCallbackTests.invalidState)
  }

  @Test func reconnectingRotatesTokensKeepsTheIdAndReactivates() throws {
    let client = try TestClient()
    let id = try client.connectAccount(handle: "alice")
    try client.control("/_sim/publish-failures", #"{"code":"account_expired"}"#)
    try client.createPost(client.postBody(to: [id], text: "hi"))
    #expect(try client.send("GET", "/v1/accounts/\(id)").json()["status"] == "expired")
    try client.advanceClock("2h")
    #expect(try client.connectAccount(handle: "alice") == id)
    let account = try client.send("GET", "/v1/accounts/\(id)").json()
    #expect(account["status"] == "active")
    #expect(account["connectedAt"] == "2026-01-01T00:00:00Z")
    #expect(account["lastRefreshedAt"] == "2026-01-01T02:00:00Z")
  }

  @Test func theSamePlatformAccountOnAnotherProfileIsAlreadyConnected() throws {
    let client = try TestClient()
    let first = try client.connectAccount(handle: "alice")
    let second = try #require(try client.createProfile(#"{"name":"Second"}"#)["id"]?.stringValue)
    try client.startConnect(#"{"profileId":"\#(second)"}"#)
    let answer = try client.control("/_sim/authorize", #"{"handle":"ALICE"}"#)
    #expect(
      answer.compactText == #"{"error":"account_already_connected","platform":"twitter","profileId":"\#(second)"}"#)
    #expect(
      try client.send("GET", "/v1/accounts/\(first)").json()["profileId"] == .string(try client.defaultProfileID()))
  }

  @Test(arguments: [
    (
      #"{"decision":"later"}"#,
      #"{"error":"validation_error","message":"decision must be approve or deny, not \"later\"","field":"decision"}"#
    ),
    (
      #"{"handle":""}"#,
      #"{"error":"validation_error","message":"handle must be 1 to 15 letters, digits or _ (an optional @ first)","field":"handle"}"#
    ),
    (
      #"{"platformAccountId":1.5}"#,
      #"{"error":"validation_error","message":"platformAccountId must be a string of digits, not 1.5","field":"platformAccountId"}"#
    ),
    (
      #"{"platformAccountId":"-1"}"#,
      #"{"error":"validation_error","message":"platformAccountId must be 1 to 19 digits","field":"platformAccountId"}"#
    ),
  ])
  func badChoicesAre400AndLeaveTheFlowPending(body: String, expected: String) throws {
    let client = try TestClient()
    try client.startConnect()
    let reply = client.send("POST", "/_sim/authorize", body: body)
    #expect(reply.status == 400)
    #expect(reply.text == expected)
    #expect(client.send("POST", "/_sim/authorize").status == 200)
  }
}
