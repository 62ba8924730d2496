import Foundation
import SynJSON
import Testing

@testable import SynSimulator

/// Match runs (synup-sections.md 4.7 trigger-matches, 5.3, G6): due 60 s after
/// the trigger, completed by the clock or `mock finish`, and deterministic (5.2).
@Suite struct SynupMatchRunTests {
  @Test func triggeringAnswersTheEvidencedSuccessAndStartsARun() throws {
    let synup = try SynupClient()
    let account = try synup.connectAccount()
    try synup.control("/_sim/clock", #"{"advanceSeconds":30}"#)
    let reply = synup.post("/connected-accounts/trigger-matches", input: #"{"connectedAccountIds":["\#(account)"]}"#)
    #expect(reply.text == #"{"data":{"connectedAccountsTriggerMatches":{"success":true}}}"#)
    let details = try synup.details(account)
    #expect(details["requestMatchesStatus"] == "MATCH_IN_PROGRESS")
    #expect(details["lastFetchMatchesRequestedAt"] == "2026-01-01 00:00:30 UTC")
  }

  @Test func unknownIdsAreEchoedAndTheKnownOnesStillRun() throws {
    let synup = try SynupClient()
    let account = try synup.connectAccount()
    let reply = synup.post(
      "/connected-accounts/trigger-matches", input: #"{"connectedAccountIds":["nope","\#(account)","NOPE-2"]}"#)
    #expect(
      reply.text == #"{"data":{"connectedAccountsTriggerMatches":{"success":false,"failedIds":["nope","NOPE-2"]}}}"#)
    #expect(try synup.details(account)["requestMatchesStatus"] == "MATCH_IN_PROGRESS")
  }

  @Test func theRunCompletesSixtySecondsLaterWithNewSuggestions() throws {
    let synup = try SynupClient()
    let account = try synup.connectAccount()
    try synup.createLocation()
    // A second approval gives the account the new location's mirror; its run completed at once.
    try synup.connectAccount("google", #"{"email":"google-owner-1@example.com"}"#)
    let suggestion = try #require(try synup.suggestions(account).first?["matchedDataDatabaseId"])
    try synup.createLocation(["name": "Blue Cafe", "phone": "4155551239", "postalCode": "00000", "storeId": "X"])
    _ = synup.post("/connected-accounts/trigger-matches", input: #"{"connectedAccountIds":["\#(account)"]}"#)
    try synup.control("/_sim/clock", #"{"advanceSeconds":59}"#)
    #expect(try synup.details(account)["requestMatchesStatus"] == "MATCH_IN_PROGRESS")
    #expect(try synup.suggestions(account).count == 1)
    try synup.control("/_sim/clock", #"{"advanceSeconds":1}"#)
    #expect(try synup.details(account)["requestMatchesStatus"] == "MATCH_COMPLETED")
    let suggestions = try synup.suggestions(account)
    #expect(suggestions.map { $0["locationId"] } == ["1", "2"])
    #expect(suggestions.first?["matchedDataDatabaseId"] == suggestion)
    #expect(try synup.details(account)["lastFetchMatchesRequestedAt"] == "2026-01-01 00:00:00 UTC")
  }

  @Test func oneJumpOrManyStepsGiveTheSameState() throws {
    func run(steps: [Int]) throws -> String {
      let synup = try SynupClient()
      try synup.control("/_sim/seed", #"{"seed":3}"#)
      let account = try synup.connectAccount()
      try synup.createLocations(2)
      try synup.connectAccount("google", #"{"email":"google-owner-1@example.com"}"#)
      _ = synup.post("/connected-accounts/trigger-matches", input: #"{"connectedAccountIds":["\#(account)"]}"#)
      for step in steps { try synup.control("/_sim/clock", #"{"advanceSeconds":\#(step)}"#) }
      return synup.get("/connected-accounts/\(account)/connection-suggestions").text
        + synup.get("/connected-accounts").text
    }
    #expect(try run(steps: [120]) == run(steps: [10, 50, 60]))
  }

  @Test func mockFinishCompletesOrFailsTheRunNow() throws {
    let synup = try SynupClient()
    let first = try synup.connectAccount()
    let second = try synup.connectAccount("facebook")
    _ = synup.post("/connected-accounts/trigger-matches", input: #"{"connectedAccountIds":["\#(first)","\#(second)"]}"#)
    let entry = try #require(synup.tenant.simulator.tenantEntry(forKey: synup.tenant.synupKey))
    let finished = entry.tenant.withState { state in
      state.synup.finishJobs(of: .matches, id: second, outcome: .error, at: state.now)
    }
    #expect(
      JSONValue.array(finished).compactText == #"[{"kind":"matches","id":"\#(second)","status":"MATCH_FAILED"}]"#)
    #expect(try synup.details(second)["requestMatchesStatus"] == "MATCH_FAILED")
    let rest = entry.tenant.withState { state in
      state.synup.finishJobs(of: .matches, id: nil, outcome: .success, at: state.now)
    }
    #expect(JSONValue.array(rest).compactText == #"[{"kind":"matches","id":"\#(first)","status":"MATCH_COMPLETED"}]"#)
    try synup.control("/_sim/clock", #"{"advanceSeconds":120}"#)
    #expect(try synup.details(second)["requestMatchesStatus"] == "MATCH_FAILED")
  }

  @Test func theSameSeedGivesTheSameIdsWhateverTheTenantNumber() throws {
    let simulator = Simulator()
    func session(_ synup: SynupClient) throws -> String {
      try synup.control("/_sim/seed", #"{"seed":11}"#)
      try synup.createLocations(2)
      let account = try synup.connectAccount("google", #"{"extraListings":1}"#)
      let link = try synup.connectLink("facebook")
      let token = link.split(separator: "token=").last.map { $0.drop { $0 != "_" } } ?? ""
      return account + String(token) + synup.get("/connected-accounts/\(account)/connection-suggestions").text
        + synup.send(
          "POST", "/connected-accounts/connected-account-listings", body: #"{"connectedAccountId":"\#(account)"}"#
        ).text
        + synup.get("/connected-accounts/\(account)/folders").text
    }
    _ = try SynupClient(simulator: simulator)
    let first = try session(SynupClient(simulator: simulator))
    let second = try session(SynupClient(simulator: simulator))
    #expect(first == second)
  }

  @Test func stateIsSavedAndClearedByReset() throws {
    let synup = try SynupClient()
    let account = try synup.connectAccount()
    let saved = try JSONEncoder().encode(try synup.account())
    let restored = try JSONDecoder().decode(SynupAccount.self, from: saved)
    #expect(restored.connectedAccounts.account(try #require(ResourceID(Substring(account)))) != nil)
    try synup.control("/_sim/reset", "{}")
    #expect(try synup.records(synup.get("/connected-accounts"), "connectedAccountsInfo").isEmpty)
  }
}
