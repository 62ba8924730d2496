import SynJSON
import Testing

@testable import SynSimulator

/// An id the tenant holds or held is never handed out again, whatever the
/// seed (synposter.md section 3, "Ids"): profiles, accounts, posts and media
/// files share one sequence, so each family is checked against all of them.
@Suite struct SynposterIDReuseTests {
  private func seed(_ client: TestClient, _ seed: Int) throws {
    try client.control("/_sim/seed", #"{"seed":\#(seed)}"#)
  }

  private func newProfileID(_ client: TestClient) throws -> String {
    try #require(try client.createProfile()["id"]?.stringValue)
  }

  private func newMediaID(_ client: TestClient) throws -> String {
    let reply = client.send("POST", "/v1/media", body: #"{"filename":"a.png","mimeType":"image/png"}"#)
    try #require(reply.status == 201, "\(reply.status) \(reply.text)")
    return try #require(try reply.json()["id"]?.stringValue)
  }

  private func newScheduledPostID(_ client: TestClient, to account: String) throws -> String {
    let body = client.postBody(to: [account], text: "later", extra: #""scheduledAt":"2026-06-01T00:00:00Z""#)
    return try #require(try client.createPost(body)["id"]?.stringValue)
  }

  @Test func seedOneDoesNotGiveANewProfileTheDefaultProfilesId() throws {
    let client = try TestClient()
    let defaultID = try client.defaultProfileID()
    try seed(client, 1)
    let newID = try newProfileID(client)
    #expect(newID != defaultID)
    let list = try client.send("GET", "/v1/profiles").json()
    #expect(list["data"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == [defaultID, newID])
    #expect(list["pagination"]?["total"] == 2)
    #expect(client.send("DELETE", "/v1/profiles/\(newID)").status == 204)
    #expect(client.send("GET", "/v1/profiles/\(defaultID)").status == 200)
  }

  @Test func theSameSeedTwiceGivesTwoProfilesTwoIds() throws {
    let client = try TestClient()
    try seed(client, 42)
    let first = try newProfileID(client)
    try seed(client, 42)
    let second = try newProfileID(client)
    #expect(first != second)
    #expect(client.send("GET", "/v1/profiles/\(first)").status == 200)
    #expect(client.send("GET", "/v1/profiles/\(second)").status == 200)
  }

  @Test func aDeletedProfilesIdIsNeverHandedOutAgain() throws {
    let client = try TestClient()
    try seed(client, 42)
    let deleted = try newProfileID(client)
    #expect(client.send("DELETE", "/v1/profiles/\(deleted)").status == 204)
    try seed(client, 42)
    #expect(try newProfileID(client) != deleted)
  }

  @Test func accountIdsAreNeverHandedOutAgain() throws {
    let client = try TestClient()
    try seed(client, 42)
    let alice = try client.connectAccount(handle: "alice")
    try seed(client, 42)
    let bob = try client.connectAccount(handle: "bob")
    #expect(bob != alice)
    #expect(client.send("DELETE", "/v1/accounts/\(alice)").status == 204)
    try seed(client, 42)
    let again = try client.connectAccount(handle: "alice")
    #expect(![alice, bob].contains(again))
    #expect(client.send("GET", "/v1/accounts/\(bob)").status == 200)
  }

  @Test func postIdsAreNeverHandedOutAgain() throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    try seed(client, 42)
    let first = try newScheduledPostID(client, to: account)
    try seed(client, 42)
    let second = try newScheduledPostID(client, to: account)
    #expect(second != first)
    #expect(client.send("DELETE", "/v1/posts/\(first)").status == 204)
    try seed(client, 42)
    let third = try newScheduledPostID(client, to: account)
    #expect(![first, second].contains(third))
  }

  @Test func mediaIdsAreNeverHandedOutAgain() throws {
    let client = try TestClient()
    try seed(client, 42)
    let first = try newMediaID(client)
    try seed(client, 42)
    #expect(try newMediaID(client) != first)
  }

  /// The families share one sequence: a replayed id is skipped whichever family held it.
  @Test func noFamilyTakesAnIdAnotherFamilyHolds() throws {
    let client = try TestClient()
    let defaultID = try client.defaultProfileID()
    try seed(client, 1)
    #expect(try newMediaID(client) != defaultID)
    try seed(client, 77)
    let profile = try newProfileID(client)
    try seed(client, 77)
    let account = try client.connectAccount()
    try seed(client, 77)
    let post = try newScheduledPostID(client, to: account)
    #expect(Set([defaultID, profile, account, post]).count == 4)
  }

  /// Tokens a browser carries name one flow or one file, whatever the seed.
  @Test func connectStatesAndUploadTokensAreNeverHandedOutTwice() throws {
    let client = try TestClient()
    try seed(client, 42)
    let firstFlow = try client.startConnect()
    try seed(client, 42)
    let secondFlow = try client.startConnect()
    #expect(TestURL.parameter("state", in: secondFlow) != TestURL.parameter("state", in: firstFlow))
    #expect(try client.open(firstFlow + "&handle=alice").status == 302)  // still pending

    let upload = { () throws -> String in
      let reply = client.send("POST", "/v1/media", body: #"{"filename":"a.png","mimeType":"image/png"}"#)
      return try #require(try reply.json()["uploadUrl"]?.stringValue)
    }
    try seed(client, 42)
    let firstUpload = try upload()
    try seed(client, 42)
    #expect(try upload() != firstUpload)
  }

  /// Creates, deletes and re-seeds; the ids it was given.
  private func script(_ client: TestClient) throws -> [String] {
    try seed(client, 7)
    let first = try newProfileID(client)
    try seed(client, 7)
    let second = try newProfileID(client)
    _ = client.send("DELETE", "/v1/profiles/\(first)")
    try seed(client, 7)
    return [first, second, try newProfileID(client), try newMediaID(client)]
  }

  @Test func theSkippingIsDeterministic() throws {
    let simulator = Simulator()
    let first = try script(TestClient(simulator: simulator))
    let second = try script(TestClient(simulator: simulator))
    #expect(first == second)
    #expect(Set(first).count == first.count)
  }

  /// After `mock load`, re-seeding replays the loaded tenant's ids (its
  /// Default profile's under its sign-up seed, then the rest under seed 5).
  @Test func aLoadedTenantsIdsAreNeverHandedOutAgain() throws {
    let simulator = Simulator()
    let saved = try TestClient(simulator: simulator)
    let defaultID = try saved.defaultProfileID()
    try seed(saved, 5)
    let deleted = try newProfileID(saved)
    let kept = try newProfileID(saved)
    #expect(saved.send("DELETE", "/v1/profiles/\(deleted)").status == 204)
    let account = try saved.connectAccount()
    #expect(saved.send("DELETE", "/v1/accounts/\(account)").status == 204)
    let state = saved.send("GET", "/_sim/tenant-state").text

    let loaded = try TestClient(simulator: simulator)
    let reply = loaded.send("PUT", "/_sim/tenant-state", body: state)
    try #require(reply.status == 200, "\(reply.text)")
    var fresh: [String] = []
    for seed in [1, 5] {
      try self.seed(loaded, seed)
      fresh += try (1...3).map { _ in try newProfileID(loaded) } + [try loaded.connectAccount()]
    }
    #expect(Set(fresh).isDisjoint(with: [defaultID, deleted, kept, account]))
    #expect(loaded.send("GET", "/v1/profiles/\(kept)").status == 200)
  }

  @Test func aStateWithoutDeletionsSavesNoDeletedIds() throws {
    let client = try TestClient()
    try client.createProfile()
    #expect(!client.send("GET", "/_sim/tenant-state").text.contains("deletedIds"))
  }
}
