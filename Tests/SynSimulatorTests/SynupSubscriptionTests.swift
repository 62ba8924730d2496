import SynJSON
import Testing

@testable import SynSimulator

/// `GET /subscriptions` (synup-sections.md 4.2): the evidenced Premium monthly
/// subscription, its id derived from the tenant's data seed (5.2).
@Suite struct SynupSubscriptionTests {
  @Test func aNewTenantHasTheEvidencedSubscription() throws {
    let synup = try SynupClient()
    try synup.control("/_sim/seed", #"{"seed":42}"#)
    let reply = synup.get("/subscriptions")
    #expect(reply.status == 200)
    #expect(
      reply.text
        == #"{"data":{"activeSubscriptions":[{"name":"Premium plan - Monthly","#
        + #""paymentSubscriptionId":"272b0705-42a3-40e1-b29a-e4af1290052d","planId":"premium-1month","#
        + #""tenure":"Monthly"}]}}"#)
  }

  @Test func theSameSeedGivesTheSameIdWhateverTheTenantNumber() throws {
    let simulator = Simulator()
    let first = try SynupClient(simulator: simulator)
    let second = try SynupClient(simulator: simulator)
    try first.control("/_sim/seed", #"{"seed":7}"#)
    try second.control("/_sim/seed", #"{"seed":7}"#)
    #expect(first.get("/subscriptions").text == second.get("/subscriptions").text)
  }

  @Test func theIdFollowsTheSeed() throws {
    let synup = try SynupClient()
    // Before any seed is posted, the data seed is the tenant's initial one, its number.
    let initial = try synup.data(synup.get("/subscriptions"), "activeSubscriptions")
    #expect(initial[0]?["paymentSubscriptionId"] == "d97c4e62-65a7-4914-88a0-7b4a1390454d")
    try synup.control("/_sim/seed", #"{"seed":-7}"#)
    let reseeded = try synup.data(synup.get("/subscriptions"), "activeSubscriptions")
    #expect(reseeded[0]?["paymentSubscriptionId"] == "ef7c6e8d-12d7-4ed7-a0d5-6b04062227fd")
  }

  @Test func aBadKeyIs401WithTheField() throws {
    let reply = try SynupClient().get("/subscriptions", key: "wrong")
    #expect(reply.status == 401)
    #expect(reply.text == #"{"data":{"activeSubscriptions":null},"errors":[{"message":"SY90005:Invalid token"}]}"#)
  }
}
