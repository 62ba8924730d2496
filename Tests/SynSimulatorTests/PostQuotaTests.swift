import SynHTTP
import SynJSON
import Testing

@testable import SynSimulator

/// The post quota: one unit per target, all or nothing, refunds, and billing
/// periods (spec 1.4 Quota, 1.6).
@Suite struct PostQuotaTests {
  private func accounts(_ client: TestClient, _ count: Int) throws -> [String] {
    try (1...count).map { try client.connectAccount(handle: "user\($0)") }
  }

  @Test func oneUnitIsChargedPerTargetAccount() throws {
    let client = try TestClient()
    let ids = try accounts(client, 3)
    try client.createPost(client.postBody(to: ids, text: "to three"))
    #expect(try client.postsUsed() == 3)
    try client.createPost(client.postBody(to: [ids[0]], text: "to one"))
    let usage = try client.send("GET", "/v1/usage").json()
    #expect(usage["posts"]?.compactText == #"{"used":4,"limit":2000,"remaining":1996}"#)
  }

  @Test func aRequestThatWouldPassTheLimitIsRefusedWhole() throws {
    let client = try TestClient(plan: "free")
    let ids = try accounts(client, 2)
    try client.control("/_sim/usage", #"{"posts":19}"#)
    let reply = client.post(client.postBody(to: ids, text: "two targets"))
    #expect(reply.status == 429)
    #expect(
      reply.text
        == #"{"error":"post_limit_reached","message":"The free plan allows 20 posts; 19 are used and this request needs 2","used":19,"limit":20,"plan":"free","upgradeUrl":"https://synposter.com/pricing"}"#
    )
    #expect(reply.headers["Retry-After"] == nil)
    #expect(try client.postsUsed() == 19)
    #expect(try client.send("GET", "/v1/posts").json()["pagination"]?["total"] == 0)
    #expect(client.post(client.postBody(to: [ids[0]], text: "one target")).status == 201)
    #expect(try client.postsUsed() == 20)
    let full = client.post(client.postBody(to: [ids[1]], text: "no room"))
    #expect(full.status == 429)
    #expect(try full.json()["used"] == 20)
  }

  @Test func paidPlansSayTheLimitIsMonthly() throws {
    let client = try TestClient()
    let id = try client.connectAccount()
    try client.control("/_sim/usage", #"{"posts":2000}"#)
    let reply = client.post(client.postBody(to: [id], text: "x"))
    #expect(reply.status == 429)
    #expect(
      reply.text
        == #"{"error":"post_limit_reached","message":"The starter plan allows 2000 posts a month; 2000 are used and this request needs 1","used":2000,"limit":2000,"plan":"starter","upgradeUrl":"https://synposter.com/pricing"}"#
    )
  }

  @Test func scheduledPostsAreChargedAtCreationAndCheckedAgainstTheQuota() throws {
    let client = try TestClient(plan: "free")
    let id = try client.connectAccount()
    try client.control("/_sim/usage", #"{"posts":19}"#)
    try client.createPost(client.postBody(to: [id], text: "later", extra: #""scheduledAt":"2026-01-02T00:00:00Z""#))
    #expect(try client.postsUsed() == 20)
    let reply = client.post(
      client.postBody(to: [id], text: "also later", extra: #""scheduledAt":"2026-01-02T00:00:00Z""#))
    #expect(reply.status == 429)
    try client.control("/_sim/clock", #"{"set":"2026-01-03T00:00:00Z"}"#)
    #expect(try client.postsUsed() == 20)
  }

  @Test func failedTargetsAreRefunded() throws {
    let client = try TestClient()
    let ids = try accounts(client, 2)
    try client.control("/_sim/publish-failures", #"{"code":"platform_error","accountId":"\#(ids[1])"}"#)
    let post = try client.createPost(client.postBody(to: ids, text: "half"))
    #expect(post["status"] == "partial")
    #expect(try client.postsUsed() == 1)
  }

  @Test func aPostFailingOnEveryTargetIs201FailedAndFullyRefunded() throws {
    let client = try TestClient()
    let ids = try accounts(client, 2)
    try client.control("/_sim/publish-failures", #"{"code":"platform_rejected","times":2}"#)
    let reply = client.post(client.postBody(to: ids, text: "none"))
    #expect(reply.status == 201)
    let post = try reply.json()
    #expect(post["status"] == "failed")
    #expect(post["publishedAt"] == .null)
    #expect(try client.postsUsed() == 0)
  }

  @Test func cancelingAScheduledPostRefundsIt() throws {
    let client = try TestClient()
    let ids = try accounts(client, 2)
    let post = try client.createPost(
      client.postBody(to: ids, text: "later", extra: #""scheduledAt":"2026-01-05T00:00:00Z""#))
    #expect(try client.postsUsed() == 2)
    #expect(client.send("DELETE", "/v1/posts/\(try #require(post["id"]?.stringValue))").status == 204)
    #expect(try client.postsUsed() == 0)
  }

  @Test func aScheduledTargetThatFailsWhenDueIsRefunded() throws {
    let client = try TestClient()
    let id = try client.connectAccount()
    try client.createPost(client.postBody(to: [id], text: "later", extra: #""scheduledAt":"2026-01-01T01:00:00Z""#))
    try client.control("/_sim/publish-failures", #"{"code":"platform_rate_limited"}"#)
    try client.advanceClock("2h")
    #expect(try client.postsUsed() == 0)
  }

  @Test func crossingAMonthBoundaryResetsPostsUsedOnAPaidPlan() throws {
    let client = try TestClient()
    let id = try client.connectAccount()
    for index in 1...3 { try client.createPost(client.postBody(to: [id], text: "post \(index)")) }
    #expect(try client.postsUsed() == 3)
    try client.advanceClock("+31d")
    let usage = try client.send("GET", "/v1/usage").json()
    #expect(usage["posts"]?.compactText == #"{"used":0,"limit":2000,"remaining":2000}"#)
    #expect(usage["periodStart"] == "2026-02-01T00:00:00Z")
    try client.createPost(client.postBody(to: [id], text: "new month"))
    #expect(try client.postsUsed() == 1)
  }

  @Test func crossingAMonthBoundaryNeverResetsTheFreeTrial() throws {
    let client = try TestClient(plan: "free")
    let id = try client.connectAccount()
    for index in 1...3 { try client.createPost(client.postBody(to: [id], text: "post \(index)")) }
    try client.advanceClock("+31d")
    #expect(try client.postsUsed() == 3)
    try client.advanceClock("+400d")
    let usage = try client.send("GET", "/v1/usage").json()
    #expect(usage["posts"]?.compactText == #"{"used":3,"limit":20,"remaining":17}"#)
    #expect(usage["periodEnd"] == .null)
  }

  @Test func theFreeTrialEndsAtTwentyPostsForGood() throws {
    let client = try TestClient(plan: "free")
    let id = try client.connectAccount()
    for index in 1...20 { try client.createPost(client.postBody(to: [id], text: "post \(index)")) }
    try client.advanceClock("+365d")
    #expect(client.post(client.postBody(to: [id], text: "one more")).status == 429)
    try client.control("/_sim/plan", #"{"plan":"starter"}"#)
    #expect(client.post(client.postBody(to: [id], text: "one more")).status == 201)
  }

  @Test func aRefundForAnEndedPeriodLeavesTheNewPeriodAlone() throws {
    let client = try TestClient()
    let id = try client.connectAccount()
    let scheduled = try client.createPost(
      client.postBody(to: [id], text: "in February", extra: #""scheduledAt":"2026-02-15T00:00:00Z""#))
    try client.control("/_sim/clock", #"{"set":"2026-02-02T00:00:00Z"}"#)
    try client.createPost(client.postBody(to: [id], text: "February post"))
    #expect(try client.postsUsed() == 1)
    #expect(client.send("DELETE", "/v1/posts/\(try #require(scheduled["id"]?.stringValue))").status == 204)
    #expect(try client.postsUsed() == 1)
  }
}
