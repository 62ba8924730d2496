import SynJSON
import Testing

@testable import SynSimulator

/// The /v1/accounts endpoints and the cascades of deleting accounts and profiles (spec 1.3, 1.1).
@Suite struct AccountTests {
  private func handles(_ reply: Reply) throws -> [String] {
    try #require(try reply.json()["data"]?.arrayValue).compactMap { $0["handle"]?.stringValue }
  }

  @Test func listNeedsAProfileId() throws {
    let client = try TestClient()
    let missing = client.send("GET", "/v1/accounts")
    #expect(missing.status == 400)
    #expect(missing.text == #"{"error":"validation_error","message":"profileId is required","field":"profileId"}"#)
    let malformed = client.send("GET", "/v1/accounts", query: [("profileId", "abc")])
    #expect(malformed.status == 400)
    #expect(
      malformed.text
        == #"{"error":"validation_error","message":"profileId must be a UUID, not \"abc\"","field":"profileId"}"#)
  }

  @Test func listOfAMissingOrForeignProfileIs404() throws {
    let simulator = Simulator()
    let client = try TestClient(simulator: simulator)
    let other = try TestClient(simulator: simulator)
    let foreign = try other.defaultProfileID()
    let reply = client.send("GET", "/v1/accounts", query: [("profileId", foreign)])
    #expect(reply.status == 404)
    #expect(reply.text == #"{"error":"not_found","message":"No profile with id \#(foreign)"}"#)
  }

  @Test func listIsNewestFirstAsDataOnly() throws {
    let client = try TestClient()
    let profile = try client.defaultProfileID()
    try client.connectAccount(handle: "first")
    try client.advanceClock("1h")
    try client.connectAccount(handle: "second")
    try client.connectAccount(handle: "third")
    let reply = client.send("GET", "/v1/accounts", query: [("profileId", profile)])
    #expect(reply.status == 200)
    #expect(try reply.json().objectValue?.keys == ["data"])
    #expect(try handles(reply) == ["third", "second", "first"])
  }

  @Test func listShowsOnlyTheProfilesAccounts() throws {
    let client = try TestClient()
    let other = try #require(try client.createProfile(#"{"name":"Other"}"#)["id"]?.stringValue)
    try client.connectAccount(handle: "mine")
    try client.connectAccount(handle: "theirs", profileId: other)
    #expect(try handles(client.send("GET", "/v1/accounts", query: [("profileId", other)])) == ["theirs"])
  }

  @Test func limitOrOffsetAddsPagination() throws {
    let client = try TestClient()
    let profile = try client.defaultProfileID()
    for handle in ["a", "b", "c"] { try client.connectAccount(handle: handle) }
    let page = client.send("GET", "/v1/accounts", query: [("profileId", profile), ("limit", "2")])
    #expect(try handles(page) == ["c", "b"])
    #expect(try page.json()["pagination"]?.compactText == #"{"limit":2,"offset":0,"total":3,"hasMore":true}"#)
    let rest = client.send("GET", "/v1/accounts", query: [("profileId", profile), ("offset", "2")])
    #expect(try handles(rest) == ["a"])
    #expect(try rest.json()["pagination"]?.compactText == #"{"limit":50,"offset":2,"total":3,"hasMore":false}"#)
    let bad = client.send("GET", "/v1/accounts", query: [("profileId", profile), ("limit", "0")])
    #expect(bad.status == 400)
    #expect(try bad.json()["field"] == "limit")
  }

  @Test func profilesMayHaveAnyNumberOfAccounts() throws {
    let client = try TestClient()
    for index in 1...30 { try client.connectAccount(handle: "user\(index)") }
    let list = client.send("GET", "/v1/accounts", query: [("profileId", try client.defaultProfileID())])
    #expect(try list.json()["data"]?.arrayValue?.count == 30)
  }

  @Test func getAnswersTheAccount() throws {
    let client = try TestClient()
    let id = try client.connectAccount(handle: "alice")
    let reply = client.send("GET", "/v1/accounts/\(id)")
    #expect(reply.status == 200)
    #expect(try reply.json()["id"] == .string(id))
    #expect(
      try reply.json().objectValue?.keys == [
        "id", "profileId", "platform", "platformAccountId", "handle", "status", "scopes", "connectedAt",
        "lastRefreshedAt",
      ])
  }

  @Test(arguments: ["not-a-uuid", "00000000-0000-4000-8000-000000000000"])
  func getOrDeleteOfAnUnknownAccountIs404(id: String) throws {
    let client = try TestClient()
    for method in ["GET", "DELETE"] {
      let reply = client.send(method, "/v1/accounts/\(id)")
      #expect(reply.status == 404)
      #expect(reply.text == #"{"error":"not_found","message":"No connected account with id \#(id)"}"#)
    }
  }

  @Test func anotherTenantsAccountIs404() throws {
    let simulator = Simulator()
    let client = try TestClient(simulator: simulator)
    let id = try TestClient(simulator: simulator).connectAccount()
    #expect(client.send("GET", "/v1/accounts/\(id)").status == 404)
    #expect(client.send("DELETE", "/v1/accounts/\(id)").status == 404)
  }

  @Test func deleteRemovesTheAccountButNotItsProfile() throws {
    let client = try TestClient()
    let profile = try client.defaultProfileID()
    let id = try client.connectAccount()
    let reply = client.send("DELETE", "/v1/accounts/\(id)")
    #expect(reply.status == 204)
    #expect(reply.body.isEmpty)
    #expect(client.send("GET", "/v1/accounts/\(id)").status == 404)
    #expect(client.send("DELETE", "/v1/accounts/\(id)").status == 404)
    #expect(client.send("GET", "/v1/profiles/\(profile)").status == 200)
    #expect(client.send("GET", "/v1/accounts", query: [("profileId", profile)]).text == #"{"data":[]}"#)
  }

  @Test func aDeletedAccountCanBeConnectedAgainAsANewAccount() throws {
    let client = try TestClient()
    let id = try client.connectAccount(handle: "alice")
    #expect(client.send("DELETE", "/v1/accounts/\(id)").status == 204)
    #expect(try client.connectAccount(handle: "alice") != id)
  }

  @Test func deletingAnAccountCancelsAndRefundsItsScheduledTargetsAndKeepsPublishedPosts() throws {
    let client = try TestClient()
    let alice = try client.connectAccount(handle: "alice")
    let bob = try client.connectAccount(handle: "bob")
    let published = try client.createPost(client.postBody(to: [alice], text: "now"))
    let scheduled = try client.createPost(
      client.postBody(to: [alice, bob], text: "later", extra: #""scheduledAt":"2026-01-02T00:00:00Z""#))
    #expect(try client.postsUsed() == 3)
    try client.advanceClock("1m")
    #expect(client.send("DELETE", "/v1/accounts/\(alice)").status == 204)
    #expect(try client.postsUsed() == 2)
    let post = try client.send("GET", "/v1/posts/\(try #require(scheduled["id"]?.stringValue))").json()
    #expect(post["status"] == "scheduled")
    #expect(post["updatedAt"] == "2026-01-01T00:01:00Z")
    #expect(post["results"]?[0]?["status"] == "canceled")
    #expect(post["results"]?[1]?["status"] == "pending")
    let kept = client.send("GET", "/v1/posts/\(try #require(published["id"]?.stringValue))")
    #expect(kept.status == 200)
    #expect(try kept.json()["status"] == "published")
    try client.control("/_sim/clock", #"{"set":"2026-01-02T00:00:00Z"}"#)
    let later = try client.send("GET", "/v1/posts/\(try #require(scheduled["id"]?.stringValue))").json()
    #expect(later["status"] == "published")
    #expect(later["results"]?[0]?["status"] == "canceled")
    #expect(try client.postsUsed() == 2)
  }

  @Test func aScheduledPostWhoseAccountsAreAllDeletedIsCanceled() throws {
    let client = try TestClient()
    let alice = try client.connectAccount(handle: "alice")
    let post = try client.createPost(
      client.postBody(to: [alice], text: "later", extra: #""scheduledAt":"2026-01-02T00:00:00Z""#))
    #expect(client.send("DELETE", "/v1/accounts/\(alice)").status == 204)
    let id = try #require(post["id"]?.stringValue)
    #expect(try client.send("GET", "/v1/posts/\(id)").json()["status"] == "canceled")
    #expect(try client.postsUsed() == 0)
    try client.control("/_sim/clock", #"{"set":"2026-01-03T00:00:00Z"}"#)
    #expect(try client.send("GET", "/v1/posts/\(id)").json()["status"] == "canceled")
  }

  @Test func deletingAProfileDeletesItsAccountsAndCancelsTheirScheduledTargets() throws {
    let client = try TestClient()
    let profile = try #require(try client.createProfile(#"{"name":"Brand"}"#)["id"]?.stringValue)
    let alice = try client.connectAccount(handle: "alice", profileId: profile)
    let keeper = try client.connectAccount(handle: "keeper")
    let published = try client.createPost(client.postBody(to: [alice], text: "now"))
    let scheduled = try client.createPost(
      client.postBody(to: [alice, keeper], text: "later", extra: #""scheduledAt":"2026-01-02T00:00:00Z""#))
    #expect(try client.postsUsed() == 3)
    #expect(client.send("DELETE", "/v1/profiles/\(profile)").status == 204)
    #expect(client.send("GET", "/v1/accounts/\(alice)").status == 404)
    #expect(client.send("GET", "/v1/accounts/\(keeper)").status == 200)
    #expect(try client.postsUsed() == 2)
    let post = try client.send("GET", "/v1/posts/\(try #require(scheduled["id"]?.stringValue))").json()
    #expect(post["results"]?[0]?["status"] == "canceled")
    #expect(post["results"]?[1]?["status"] == "pending")
    let kept = try client.send("GET", "/v1/posts/\(try #require(published["id"]?.stringValue))").json()
    #expect(kept["status"] == "published")
    #expect(kept["results"]?[0]?["profileId"] == .string(profile))
  }

  @Test func aDeletedProfilesPlatformAccountCanJoinAnotherProfile() throws {
    let client = try TestClient()
    let profile = try #require(try client.createProfile(#"{"name":"Brand"}"#)["id"]?.stringValue)
    try client.connectAccount(handle: "alice", profileId: profile)
    #expect(client.send("DELETE", "/v1/profiles/\(profile)").status == 204)
    try client.startConnect()
    #expect(try client.control("/_sim/authorize", #"{"handle":"alice"}"#)["accountId"] != nil)
  }
}
