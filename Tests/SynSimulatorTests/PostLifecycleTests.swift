import SynJSON
import Testing

@testable import SynSimulator

/// GET /v1/posts, GET and DELETE /v1/posts/{id} (spec 1.4).
@Suite struct PostLifecycleTests {
  private func texts(_ reply: Reply) throws -> [String] {
    try #require(try reply.json()["data"]?.arrayValue).compactMap { $0["text"]?.stringValue }
  }

  @Test func getAnswersThePostAsCreated() throws {
    let client = try TestClient()
    let id = try client.connectAccount()
    let post = try client.createPost(client.postBody(to: [id], text: "hello"))
    let reply = client.send("GET", "/v1/posts/\(try #require(post["id"]?.stringValue))")
    #expect(reply.status == 200)
    #expect(try reply.json().compactText == post.compactText)
  }

  @Test(arguments: ["nope", "00000000-0000-4000-8000-000000000000"])
  func unknownPostsAre404(id: String) throws {
    let client = try TestClient()
    for method in ["GET", "DELETE"] {
      let reply = client.send(method, "/v1/posts/\(id)")
      #expect(reply.status == 404)
      #expect(reply.text == #"{"error":"not_found","message":"No post with id \#(id)"}"#)
    }
  }

  @Test func anotherTenantsPostIs404() throws {
    let simulator = Simulator()
    let owner = try TestClient(simulator: simulator)
    let post = try owner.createPost(owner.postBody(to: [try owner.connectAccount()], text: "mine"))
    let id = try #require(post["id"]?.stringValue)
    #expect(try TestClient(simulator: simulator).send("GET", "/v1/posts/\(id)").status == 404)
  }

  @Test func listIsNewestFirstAndPaginated() throws {
    let client = try TestClient()
    let id = try client.connectAccount()
    for index in 1...5 {
      try client.createPost(client.postBody(to: [id], text: "post \(index)"))
      try client.advanceClock("1m")
    }
    let first = client.send("GET", "/v1/posts", query: [("limit", "2")])
    #expect(try texts(first) == ["post 5", "post 4"])
    #expect(try first.json()["pagination"]?.compactText == #"{"limit":2,"offset":0,"total":5,"hasMore":true}"#)
    let last = client.send("GET", "/v1/posts", query: [("limit", "2"), ("offset", "4")])
    #expect(try texts(last) == ["post 1"])
    #expect(try last.json()["pagination"]?["hasMore"] == false)
    #expect(client.send("GET", "/v1/posts", query: [("limit", "101")]).status == 400)
  }

  @Test func postsCreatedInTheSameSecondListNewestCreatedFirst() throws {
    let client = try TestClient()
    let id = try client.connectAccount()
    for index in 1...3 { try client.createPost(client.postBody(to: [id], text: "post \(index)")) }
    #expect(try texts(client.send("GET", "/v1/posts")) == ["post 3", "post 2", "post 1"])
  }

  @Test func listFiltersByAccountProfileAndStatus() throws {
    let client = try TestClient()
    let other = try #require(try client.createProfile(#"{"name":"Other"}"#)["id"]?.stringValue)
    let alice = try client.connectAccount(handle: "alice")
    let bob = try client.connectAccount(handle: "bob", profileId: other)
    try client.createPost(client.postBody(to: [alice], text: "alice only"))
    try client.createPost(client.postBody(to: [bob], text: "bob only"))
    try client.createPost(
      client.postBody(to: [alice, bob], text: "both", extra: #""scheduledAt":"2026-02-01T00:00:00Z""#))
    #expect(try texts(client.send("GET", "/v1/posts", query: [("accountId", alice)])) == ["both", "alice only"])
    #expect(try texts(client.send("GET", "/v1/posts", query: [("profileId", other)])) == ["both", "bob only"])
    #expect(try texts(client.send("GET", "/v1/posts", query: [("status", "scheduled")])) == ["both"])
    let combined = client.send("GET", "/v1/posts", query: [("accountId", bob), ("status", "published")])
    #expect(try texts(combined) == ["bob only"])
    #expect(try combined.json()["pagination"]?["total"] == 1)
  }

  @Test func unknownFiltersGiveAnEmptyList() throws {
    let client = try TestClient()
    try client.createPost(client.postBody(to: [try client.connectAccount()], text: "x"))
    let unknown = "00000000-0000-4000-8000-000000000000"
    for name in ["profileId", "accountId"] {
      let reply = client.send("GET", "/v1/posts", query: [(name, unknown)])
      #expect(reply.status == 200)
      #expect(reply.text == #"{"data":[],"pagination":{"limit":50,"offset":0,"total":0,"hasMore":false}}"#)
    }
    #expect(try texts(client.send("GET", "/v1/posts", query: [("status", "publishing")])) == [])
  }

  @Test(arguments: [
    (
      "profileId", "x",
      #"{"error":"validation_error","message":"profileId must be a UUID, not \"x\"","field":"profileId"}"#
    ),
    (
      "accountId", "x",
      #"{"error":"validation_error","message":"accountId must be a UUID, not \"x\"","field":"accountId"}"#
    ),
    (
      "status", "done",
      #"{"error":"validation_error","message":"status must be one of publishing, scheduled, published, partial, failed, canceled","field":"status"}"#
    ),
  ])
  func malformedFiltersAre400(name: String, value: String, expected: String) throws {
    let reply = try TestClient().send("GET", "/v1/posts", query: [(name, value)])
    #expect(reply.status == 400)
    #expect(reply.text == expected)
  }

  @Test func deletingAScheduledPostCancelsItAndRemovesTheRecord() throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    let post = try client.createPost(
      client.postBody(to: [account], text: "later", extra: #""scheduledAt":"2026-01-01T01:00:00Z""#))
    let id = try #require(post["id"]?.stringValue)
    let reply = client.send("DELETE", "/v1/posts/\(id)")
    #expect(reply.status == 204)
    #expect(reply.body.isEmpty)
    #expect(client.send("GET", "/v1/posts/\(id)").status == 404)
    try client.advanceClock("2h")
    #expect(try client.send("GET", "/v1/posts").json()["pagination"]?["total"] == 0)
    #expect(try client.postsUsed() == 0)
    #expect(try client.createPost(client.postBody(to: [account], text: "later"))["status"] == "published")
  }

  @Test(arguments: ["published", "partial"])
  func publishedPostsCannotBeDeleted(status: String) throws {
    let client = try TestClient()
    let ids = [try client.connectAccount(handle: "a"), try client.connectAccount(handle: "b")]
    if status == "partial" {
      try client.control("/_sim/publish-failures", #"{"code":"platform_error"}"#)
    }
    let post = try client.createPost(client.postBody(to: ids, text: "live"))
    #expect(post["status"] == .string(status))
    let id = try #require(post["id"]?.stringValue)
    let reply = client.send("DELETE", "/v1/posts/\(id)")
    #expect(reply.status == 409)
    #expect(
      reply.text
        == #"{"error":"post_already_published","message":"Post \#(id) is \#(status): published posts cannot be deleted"}"#
    )
    #expect(client.send("GET", "/v1/posts/\(id)").status == 200)
  }

  @Test func failedAndCanceledPostsAreRemoved() throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    try client.control("/_sim/publish-failures", #"{"code":"platform_rejected"}"#)
    let failed = try client.createPost(client.postBody(to: [account], text: "fails"))
    #expect(failed["status"] == "failed")
    let canceled = try client.createPost(
      client.postBody(to: [account], text: "canceled", extra: #""scheduledAt":"2026-01-02T00:00:00Z""#))
    #expect(client.send("DELETE", "/v1/accounts/\(account)").status == 204)
    for post in [failed, canceled] {
      let id = try #require(post["id"]?.stringValue)
      #expect(client.send("DELETE", "/v1/posts/\(id)").status == 204)
      #expect(client.send("GET", "/v1/posts/\(id)").status == 404)
    }
    #expect(try client.postsUsed() == 0)
  }
}
