import SynJSON
import Testing

@testable import SynSimulator

@Suite struct UsageTests {
  static let analytics = #""analytics":{"used":0,"limit":100,"remaining":100}"#

  private func usage(_ client: TestClient) throws -> JSONValue {
    let reply = client.send("GET", "/v1/usage")
    try #require(reply.status == 200)
    return try reply.json()
  }

  @Test func starterUsage() throws {
    let reply = try TestClient().send("GET", "/v1/usage")
    #expect(reply.status == 200)
    #expect(
      reply.text
        == #"{"plan":"starter","posts":{"used":0,"limit":2000,"remaining":2000},"profiles":{"used":1,"limit":10,"remaining":9},\#(Self.analytics),"periodStart":"2026-01-01T00:00:00Z","periodEnd":"2026-02-01T00:00:00Z"}"#
    )
  }

  @Test func freeUsageHasNoPeriodEnd() throws {
    let reply = try TestClient(plan: "free").send("GET", "/v1/usage")
    #expect(
      reply.text
        == #"{"plan":"free","posts":{"used":0,"limit":20,"remaining":20},"profiles":{"used":1,"limit":1,"remaining":0},\#(Self.analytics),"periodStart":"2026-01-01T00:00:00Z","periodEnd":null}"#
    )
  }

  @Test(arguments: [("growth", 5000), ("scale", 20000)])
  func unlimitedPlansHaveNullProfileLimits(plan: String, posts: Int) throws {
    let json = try usage(TestClient(plan: plan))
    #expect(json["plan"] == .string(plan))
    #expect(json["posts"]?.compactText == #"{"used":0,"limit":\#(posts),"remaining":\#(posts)}"#)
    #expect(json["profiles"]?.compactText == #"{"used":1,"limit":null,"remaining":null}"#)
  }

  @Test func usageNeedsAKey() throws {
    #expect(try TestClient().send("GET", "/v1/usage", key: .none).status == 401)
  }

  @Test func freeNeverResets() throws {
    let client = try TestClient(plan: "free")
    try client.control("/_sim/usage", #"{"posts":3}"#)
    try client.control("/_sim/clock", #"{"advance":"+400d"}"#)
    let json = try usage(client)
    #expect(json["posts"]?.compactText == #"{"used":3,"limit":20,"remaining":17}"#)
    #expect(json["periodStart"] == "2026-01-01T00:00:00Z")
    #expect(json["periodEnd"] == .null)
  }

  @Test func paidPeriodsRollMonthlyAndResetPosts() throws {
    let client = try TestClient()
    try client.control("/_sim/usage", #"{"posts":19}"#)
    #expect(try usage(client)["posts"]?["used"] == 19)
    try client.control("/_sim/clock", #"{"set":"2026-01-31T23:59:59Z"}"#)
    #expect(try usage(client)["posts"]?["used"] == 19)
    try client.control("/_sim/clock", #"{"advance":"1s"}"#)
    let json = try usage(client)
    #expect(json["posts"]?.compactText == #"{"used":0,"limit":2000,"remaining":2000}"#)
    #expect(json["periodStart"] == "2026-02-01T00:00:00Z")
    #expect(json["periodEnd"] == "2026-03-01T00:00:00Z")
  }

  @Test func periodEndClampsToTheEndOfShortMonths() throws {
    let client = try TestClient(plan: "free")
    try client.control("/_sim/clock", #"{"set":"2026-01-31T10:00:00Z"}"#)
    try client.control("/_sim/plan", #"{"plan":"starter"}"#)
    var json = try usage(client)
    #expect(json["periodStart"] == "2026-01-31T10:00:00Z")
    #expect(json["periodEnd"] == "2026-02-28T10:00:00Z")
    try client.control("/_sim/clock", #"{"set":"2026-03-01T00:00:00Z"}"#)
    json = try usage(client)
    #expect(json["periodStart"] == "2026-02-28T10:00:00Z")
    #expect(json["periodEnd"] == "2026-03-31T10:00:00Z")
    try client.control("/_sim/clock", #"{"set":"2026-04-30T10:00:00Z"}"#)
    #expect(try usage(client)["periodStart"] == "2026-04-30T10:00:00Z")
  }

  @Test func leapYearFebruaryEndsOnThe29th() throws {
    let client = try TestClient(plan: "free")
    try client.control("/_sim/clock", #"{"set":"2028-01-31T00:00:00Z"}"#)
    try client.control("/_sim/plan", #"{"plan":"growth"}"#)
    #expect(try usage(client)["periodEnd"] == "2028-02-29T00:00:00Z")
  }

  @Test func upgradeFromFreeStartsAFreshPeriod() throws {
    let client = try TestClient(plan: "free")
    try client.control("/_sim/usage", #"{"posts":5}"#)
    try client.control("/_sim/clock", #"{"set":"2026-04-15T12:00:00Z"}"#)
    try client.control("/_sim/plan", #"{"plan":"starter"}"#)
    let json = try usage(client)
    #expect(json["posts"]?["used"] == 0)
    #expect(json["periodStart"] == "2026-04-15T12:00:00Z")
    #expect(json["periodEnd"] == "2026-05-15T12:00:00Z")
  }

  @Test func changesBetweenPaidPlansKeepThePeriod() throws {
    let client = try TestClient()
    try client.control("/_sim/usage", #"{"posts":7}"#)
    try client.control("/_sim/clock", #"{"advance":"10d"}"#)
    try client.control("/_sim/plan", #"{"plan":"scale"}"#)
    let json = try usage(client)
    #expect(json["posts"]?.compactText == #"{"used":7,"limit":20000,"remaining":19993}"#)
    #expect(json["periodStart"] == "2026-01-01T00:00:00Z")
  }

  @Test func downgradeToFreeShowsTheLifetimeTrial() throws {
    let client = try TestClient()
    try client.control("/_sim/clock", #"{"advance":"40d"}"#)
    try client.control("/_sim/plan", #"{"plan":"free"}"#)
    let json = try usage(client)
    #expect(json["periodStart"] == "2026-01-01T00:00:00Z")
    #expect(json["periodEnd"] == .null)
  }

  @Test func remainingNeverGoesNegative() throws {
    let client = try TestClient(plan: "free")
    try client.control("/_sim/usage", #"{"posts":25}"#)
    #expect(try usage(client)["posts"]?.compactText == #"{"used":25,"limit":20,"remaining":0}"#)
  }
}
