import SynJSON
import Testing

@testable import SynSimulator

/// The mock X publisher and the injected publish failures (spec 1.2 mock
/// publisher, 1.4 target results, section 3 Publishing).
@Suite struct PublisherTests {
  private func firstResult(_ post: JSONValue) -> JSONValue? {
    post["results"]?[0]
  }

  @Test func duplicateTextOnAnAccountWithin24HoursIsRejected() throws {
    let client = try TestClient()
    let alice = try client.connectAccount(handle: "alice")
    let bob = try client.connectAccount(handle: "bob")
    try client.createPost(client.postBody(to: [alice], text: "same words"))
    let again = try client.createPost(client.postBody(to: [alice, bob], text: "  same words "))
    #expect(again["status"] == "partial")
    #expect(
      firstResult(again)?.compactText
        == #"{"accountId":"\#(alice)","profileId":"\#(try client.defaultProfileID())","platform":"twitter","status":"failed","platformPostId":null,"url":null,"error":{"code":"platform_rejected","message":"Status is a duplicate: the account posted this text within 24 hours"},"publishedAt":null}"#
    )
    #expect(again["results"]?[1]?["status"] == "published")
    #expect(try client.postsUsed() == 2)
    try client.advanceClock("23h59m59s")
    #expect(try client.createPost(client.postBody(to: [alice], text: "same words"))["status"] == "failed")
    try client.advanceClock("1s")
    #expect(try client.createPost(client.postBody(to: [alice], text: "same words"))["status"] == "published")
  }

  @Test func anAccountMayTweet100TimesIn15Minutes() throws {
    let client = try TestClient()
    let alice = try client.connectAccount(handle: "alice")
    let bob = try client.connectAccount(handle: "bob")
    for index in 1...100 { try client.createPost(client.postBody(to: [alice], text: "tweet \(index)")) }
    try client.advanceClock("14m59s")
    let limited = try client.createPost(client.postBody(to: [alice, bob], text: "tweet 101"))
    #expect(
      firstResult(limited)?["error"]?.compactText
        == #"{"code":"platform_rate_limited","message":"X allows 100 posts per 15 minutes from an account"}"#)
    #expect(limited["results"]?[1]?["status"] == "published")
    try client.advanceClock("1s")
    #expect(try client.createPost(client.postBody(to: [alice], text: "tweet 102"))["status"] == "published")
  }

  @Test func aThreadCountsOneTweetPerItem() throws {
    let client = try TestClient()
    let alice = try client.connectAccount()
    for round in 1...4 {
      let items = (1...25).map { #"{"text":"round \#(round) part \#($0)"}"# }.joined(separator: ",")
      let thread = #"{"accountIds":["\#(alice)"],"threadItems":[\#(items)]}"#
      #expect(try client.createPost(thread)["status"] == "published")
    }
    let extra = try client.createPost(client.postBody(to: [alice], text: "one more"))
    #expect(firstResult(extra)?["error"]?["code"] == "platform_rate_limited")
  }

  @Test func injectedFailuresFailTheNextTargetsWithTheirCode() throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    let answer = try client.control("/_sim/publish-failures", #"{"code":"platform_error","times":2}"#)
    #expect(answer.compactText == #"{"publishFailures":[{"code":"platform_error","remaining":2,"accountId":null}]}"#)
    for index in 1...2 {
      let post = try client.createPost(client.postBody(to: [account], text: "try \(index)"))
      #expect(
        firstResult(post)?["error"]?.compactText == #"{"code":"platform_error","message":"X answered with an error"}"#)
      #expect(firstResult(post)?["status"] == "failed")
    }
    #expect(try client.createPost(client.postBody(to: [account], text: "try 3"))["status"] == "published")
    #expect(try client.postsUsed() == 1)
  }

  @Test(arguments: PublishError.Code.allCases)
  func everyTargetErrorCodeCanBeInjected(code: PublishError.Code) throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    try client.control("/_sim/publish-failures", #"{"code":"\#(code.rawValue)"}"#)
    let post = try client.createPost(client.postBody(to: [account], text: "x"))
    #expect(firstResult(post)?["error"]?["code"] == .string(code.rawValue))
    #expect(firstResult(post)?["error"]?["message"] == .string(code.defaultMessage))
  }

  @Test func aFailureForOneAccountLeavesTheOthersAlone() throws {
    let client = try TestClient()
    let alice = try client.connectAccount(handle: "alice")
    let bob = try client.connectAccount(handle: "bob")
    try client.control("/_sim/publish-failures", #"{"code":"platform_rejected","accountId":"\#(bob)"}"#)
    let post = try client.createPost(client.postBody(to: [alice], text: "alice"))
    #expect(post["status"] == "published")
    let both = try client.createPost(client.postBody(to: [alice, bob], text: "both"))
    #expect(both["status"] == "partial")
    #expect(both["results"]?[1]?["error"]?["code"] == "platform_rejected")
    #expect(both["publishedAt"] == both["createdAt"])
  }

  @Test func anExpiredTokenMarksTheAccountExpired() throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    try client.control("/_sim/publish-failures", #"{"code":"account_expired"}"#)
    try client.createPost(client.postBody(to: [account], text: "x"))
    #expect(try client.send("GET", "/v1/accounts/\(account)").json()["status"] == "expired")
  }

  @Test func aScheduledTargetWhoseAccountExpiredFailsWhenDue() throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    let scheduled = try client.createPost(
      client.postBody(to: [account], text: "later", extra: #""scheduledAt":"2026-01-01T01:00:00Z""#))
    try client.control("/_sim/publish-failures", #"{"code":"account_expired"}"#)
    try client.createPost(client.postBody(to: [account], text: "now"))
    try client.advanceClock("1h")
    let post = try client.send("GET", "/v1/posts/\(try #require(scheduled["id"]?.stringValue))").json()
    #expect(post["status"] == "failed")
    #expect(
      firstResult(post)?["error"]?.compactText
        == #"{"code":"account_expired","message":"The account's token has expired: reconnect it"}"#)
    #expect(try client.postsUsed() == 0)
  }

  @Test func theAppWideDailyCapIsOffUntilSet() throws {
    let client = try TestClient()
    let alice = try client.connectAccount(handle: "alice")
    let bob = try client.connectAccount(handle: "bob")
    #expect(try client.control("/_sim/publisher", #"{"appDailyCap":2}"#).compactText == #"{"appDailyCap":2}"#)
    let post = try client.createPost(client.postBody(to: [alice, bob], text: "one"))
    #expect(post["status"] == "published")
    let capped = try client.createPost(client.postBody(to: [alice], text: "two"))
    #expect(
      firstResult(capped)?["error"]?.compactText
        == #"{"code":"platform_quota_exceeded","message":"The X app's cap of 2 posts per 24 hours is used up"}"#)
    try client.advanceClock("24h")
    #expect(try client.createPost(client.postBody(to: [alice], text: "three"))["status"] == "published")
    try client.createPost(client.postBody(to: [alice], text: "four"))
    #expect(try client.control("/_sim/publisher", #"{"appDailyCap":null}"#).compactText == #"{"appDailyCap":null}"#)
    #expect(try client.createPost(client.postBody(to: [alice], text: "five"))["status"] == "published")
  }

  @Test(arguments: [
    ("/_sim/publish-failures", #"{}"#, #"{"error":"validation_error","message":"code is required","field":"code"}"#),
    (
      "/_sim/publish-failures", #"{"code":"boom"}"#,
      #"{"error":"validation_error","message":"code must be one of platform_rejected, platform_quota_exceeded, platform_rate_limited, account_expired, platform_error, not \"boom\"","field":"code"}"#
    ),
    (
      "/_sim/publish-failures", #"{"code":"platform_error","times":0}"#,
      #"{"error":"validation_error","message":"times must be an integer at least 1, not 0","field":"times"}"#
    ),
    (
      "/_sim/publish-failures", #"{"code":"platform_error","accountId":"x"}"#,
      #"{"error":"validation_error","message":"accountId must be a UUID, not \"x\"","field":"accountId"}"#
    ),
    (
      "/_sim/publisher", #"{}"#,
      #"{"error":"validation_error","message":"appDailyCap is required","field":"appDailyCap"}"#
    ),
    (
      "/_sim/publisher", #"{"appDailyCap":-1}"#,
      #"{"error":"validation_error","message":"appDailyCap must be an integer at least 0, not -1","field":"appDailyCap"}"#
    ),
  ])
  func badControlBodiesAre400(path: String, body: String, expected: String) throws {
    let reply = try TestClient().send("POST", path, body: body)
    #expect(reply.status == 400)
    #expect(reply.text == expected)
  }
}
