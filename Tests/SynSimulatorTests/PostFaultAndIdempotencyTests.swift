import SynHTTP
import SynJSON
import Testing

@testable import SynSimulator

/// Injected faults and Idempotency-Key on the connect, account, post and
/// media routes (spec 1.0, section 3 Faults).
@Suite struct PostFaultAndIdempotencyTests {
  @Test func a500OnCreatePostChangesNothingAndTheRetrySucceedsOnce() throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    try client.control("/_sim/fault", #"{"status":500,"times":1,"method":"POST","path":"/v1/posts"}"#)
    let body = client.postBody(to: [account], text: "retry me")
    let failed = client.post(body)
    #expect(failed.status == 500)
    #expect(failed.text == FaultTests.internalError)
    #expect(try client.postsUsed() == 0)
    #expect(
      client.send("GET", "/v1/posts").text
        == #"{"data":[],"pagination":{"limit":50,"offset":0,"total":0,"hasMore":false}}"#)
    let retried = client.post(body)
    #expect(retried.status == 201)
    #expect(try retried.json()["status"] == "published")
    #expect(try client.postsUsed() == 1)
    #expect(try client.send("GET", "/v1/posts").json()["pagination"]?["total"] == 1)
  }

  @Test func aRetryWithTheSameIdempotencyKeyAfterA500PublishesOnce() throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    try client.control("/_sim/fault", #"{"status":500,"path":"/v1/posts"}"#)
    let body = client.postBody(to: [account], text: "once")
    let key = [("Idempotency-Key", "post-1")]
    #expect(client.post(body, headers: key).status == 500)
    let first = client.post(body, headers: key)
    #expect(first.status == 201)
    let replay = client.post(body, headers: key)
    #expect(replay.status == 201)
    #expect(replay.text == first.text)
    #expect(replay.headers["Idempotent-Replayed"] == "true")
    #expect(try client.postsUsed() == 1)
    #expect(try client.send("GET", "/v1/posts").json()["pagination"]?["total"] == 1)
  }

  @Test func reusingAPostIdempotencyKeyWithAnotherBodyIs409() throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    let key = [("Idempotency-Key", "k")]
    #expect(client.post(client.postBody(to: [account], text: "a"), headers: key).status == 201)
    let reply = client.post(client.postBody(to: [account], text: "b"), headers: key)
    #expect(reply.status == 409)
    #expect(try reply.json()["error"] == "idempotency_key_reused")
    #expect(try client.postsUsed() == 1)
  }

  @Test func aRefusedPostIsNotRememberedUnderItsKey() throws {
    let client = try TestClient(plan: "free")
    let account = try client.connectAccount()
    try client.control("/_sim/usage", #"{"posts":20}"#)
    let body = client.postBody(to: [account], text: "wait")
    let key = [("Idempotency-Key", "k")]
    #expect(client.post(body, headers: key).status == 429)
    try client.control("/_sim/plan", #"{"plan":"starter"}"#)
    #expect(client.post(body, headers: key).status == 201)
  }

  @Test(arguments: [
    ("POST", "/v1/connect/twitter", "{}"), ("GET", "/v1/accounts", ""), ("GET", "/v1/posts", ""),
    ("POST", "/v1/media", #"{"filename":"a.png","mimeType":"image/png"}"#),
  ])
  func faultsFireOnTheNewRoutesBeforeAnyCheck(method: String, path: String, body: String) throws {
    let client = try TestClient()
    try client.control("/_sim/fault", #"{"status":503,"path":"\#(path)"}"#)
    let reply = client.send(method, path, body: body)
    #expect(reply.status == 503)
    #expect(reply.text == #"{"error":"service_unavailable","message":"Simulated 503 failure"}"#)
  }

  @Test func aFaultOnConnectOpensNoFlow() throws {
    let client = try TestClient()
    try client.control("/_sim/fault", #"{"status":500,"method":"POST","path":"/v1/connect/{platform}"}"#)
    #expect(client.send("POST", "/v1/connect/twitter").status == 500)
    #expect(client.send("POST", "/_sim/authorize").status == 409)
  }

  @Test func aFaultOnTheCallbackLeavesTheFlowPendingForTheRetry() throws {
    let client = try TestClient()
    let authUrl = try client.startConnect()
    let callback = try #require(try client.open(authUrl).headers["Location"])
    try client.control("/_sim/fault", #"{"status":500,"path":"/v1/connect/twitter/callback"}"#)
    let failed = try client.open(callback)
    #expect(failed.status == 500)
    #expect(failed.text == FaultTests.internalError)
    #expect(try client.open(callback).status == 200)
  }

  @Test func aFaultOnDeletingAnAccountKeepsItsScheduledTargets() throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    try client.createPost(
      client.postBody(to: [account], text: "later", extra: #""scheduledAt":"2026-01-02T00:00:00Z""#))
    try client.control("/_sim/fault", #"{"status":500,"method":"DELETE"}"#)
    #expect(client.send("DELETE", "/v1/accounts/\(account)").status == 500)
    #expect(try client.postsUsed() == 1)
    #expect(client.send("GET", "/v1/accounts/\(account)").status == 200)
  }

  @Test func theRateLimitCountsPostRequestsAndShowsItsHeaders() throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    try client.control("/_sim/ratelimit", #"{"limit":1}"#)
    let first = client.post(client.postBody(to: [account], text: "one"))
    #expect(first.status == 201)
    #expect(first.headers["X-RateLimit-Remaining"] == "0")
    let second = client.post(client.postBody(to: [account], text: "two"))
    #expect(second.status == 429)
    #expect(try second.json()["error"] == "rate_limited")
    try client.control("/_sim/ratelimit", #"{"limit":null}"#)
    #expect(try client.postsUsed() == 1)
  }
}
