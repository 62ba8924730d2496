import SynHTTP
import SynJSON
import Testing

@testable import SynSimulator

/// POST /v1/posts: the 201 Post object, immediate and scheduled posts (spec 1.4).
@Suite struct PostCreateTests {
  @Test func anImmediatePostAnswers201WithTheDocumentedPostObject() throws {
    let client = try TestClient()
    try client.control("/_sim/clock", #"{"set":"2026-04-28T12:00:00Z"}"#)
    let profile = try client.defaultProfileID()
    let account = try client.connectAccount(handle: "alice")
    let reply = client.post(client.postBody(to: [account], text: "Hello from syn"))
    #expect(reply.status == 201)
    #expect(reply.headers["Content-Type"] == "application/json")
    let json = try reply.json()
    let id = try #require(json["id"]?.stringValue)
    let tweetID = try #require(json["results"]?[0]?["platformPostId"]?.stringValue)
    #expect(
      reply.text
        == #"{"id":"\#(id)","text":"Hello from syn","media":[],"accountIds":["\#(account)"],"scheduledAt":null,"status":"published","createdAt":"2026-04-28T12:00:00Z","updatedAt":"2026-04-28T12:00:00Z","publishedAt":"2026-04-28T12:00:00Z","results":[{"accountId":"\#(account)","profileId":"\#(profile)","platform":"twitter","status":"published","platformPostId":"\#(tweetID)","url":"https://x.com/alice/status/\#(tweetID)","error":null,"publishedAt":"2026-04-28T12:00:00Z"}]}"#
    )
    #expect(ResourceID(Substring(id)) != nil)
  }

  @Test func platformPostIdsAreXStyleSnowflakes() throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    let first = try client.createPost(client.postBody(to: [account], text: "one"))
    let second = try client.createPost(client.postBody(to: [account], text: "two"))
    let firstID = try #require(first["results"]?[0]?["platformPostId"]?.stringValue)
    let secondID = try #require(second["results"]?[0]?["platformPostId"]?.stringValue)
    #expect(firstID.count == 19)
    #expect(firstID.allSatisfy { $0.isNumber })
    #expect(try #require(UInt64(secondID)) > (try #require(UInt64(firstID))))
    // 2026-01-01T00:00:00Z is 478,390,625,343 ms after X's epoch.
    #expect(try #require(UInt64(firstID)) >> 22 == 478_390_625_343)
  }

  @Test func oneTargetPerAccountInTheOrderGiven() throws {
    let client = try TestClient()
    let other = try #require(try client.createProfile(#"{"name":"Other"}"#)["id"]?.stringValue)
    let alice = try client.connectAccount(handle: "alice")
    let bob = try client.connectAccount(handle: "bob", profileId: other)
    let post = try client.createPost(client.postBody(to: [bob, alice], text: "both"))
    #expect(post["accountIds"] == [.string(bob), .string(alice)])
    #expect(post["results"]?[0]?["accountId"] == .string(bob))
    #expect(post["results"]?[0]?["profileId"] == .string(other))
    #expect(post["results"]?[0]?["url"]?.stringValue?.hasPrefix("https://x.com/bob/status/") == true)
    #expect(post["results"]?[1]?["accountId"] == .string(alice))
    #expect(post["results"]?[1]?["profileId"] == .string(try client.defaultProfileID()))
  }

  @Test func accountIdsAreMatchedWhateverTheirCase() throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    let post = try client.createPost(client.postBody(to: [account.uppercased()], text: "hi"))
    #expect(post["accountIds"] == [.string(account)])
  }

  @Test func textIsReturnedUnchangedAndMediaOnlyPostsHaveNullText() throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    #expect(try client.createPost(client.postBody(to: [account], text: "  spaced  "))["text"] == "  spaced  ")
    let media = #"[{"type":"image","url":"https://example.com/cat.png"}]"#
    let post = try client.createPost(#"{"accountIds":["\#(account)"],"media":\#(media)}"#)
    #expect(post["text"] == .null)
    #expect(post["media"]?.compactText == media)
    #expect(post["status"] == "published")
  }

  @Test func aThreadShowsItsFirstItemAndCountsOnePostPerTarget() throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    let post = try client.createPost(
      #"{"accountIds":["\#(account)"],"text":"ignored","threadItems":[{"text":"1/2"},{"text":"2/2","media":[{"type":"gif","url":"https://example.com/a.gif"}]}]}"#
    )
    #expect(post["text"] == "1/2")
    #expect(post["media"] == [])
    #expect(post["status"] == "published")
    #expect(try client.postsUsed() == 1)
  }

  @Test func xOnlyOptionsAreAccepted() throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    let post = try client.createPost(
      client.postBody(
        to: [account], text: "Which?",
        extra:
          #""replyToTweetId":"1934567890123456789","communityId":"1500000000000000000","poll":{"options":["a","b"],"durationMinutes":1440}"#
      ))
    #expect(post["status"] == "published")
    #expect(post.objectValue?.keys.contains("poll") == false)
  }

  @Test func aScheduledPostWaitsWithPendingTargets() throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    let reply = client.post(
      client.postBody(to: [account], text: "later", extra: #""scheduledAt":"2026-01-01T02:00:00+01:00""#))
    #expect(reply.status == 201)
    let post = try reply.json()
    #expect(post["status"] == "scheduled")
    #expect(post["scheduledAt"] == "2026-01-01T01:00:00Z")
    #expect(post["publishedAt"] == .null)
    #expect(
      post["results"]?[0]?.compactText
        == #"{"accountId":"\#(account)","profileId":"\#(try client.defaultProfileID())","platform":"twitter","status":"pending","platformPostId":null,"url":null,"error":null,"publishedAt":null}"#
    )
    #expect(try client.postsUsed() == 1)
  }

  @Test func aNullScheduledAtPublishesNow() throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    let post = try client.createPost(client.postBody(to: [account], text: "now", extra: #""scheduledAt":null"#))
    #expect(post["status"] == "published")
    #expect(post["scheduledAt"] == .null)
  }

  @Test func theClockPassingScheduledAtPublishesThePostAtThatTime() throws {
    let client = try TestClient()
    let account = try client.connectAccount(handle: "alice")
    let post = try client.createPost(
      client.postBody(to: [account], text: "later", extra: #""scheduledAt":"2026-01-01T01:00:00Z""#))
    let id = try #require(post["id"]?.stringValue)
    try client.control("/_sim/clock", #"{"set":"2026-01-01T00:59:59Z"}"#)
    #expect(try client.send("GET", "/v1/posts/\(id)").json()["status"] == "scheduled")
    try client.advanceClock("3h")
    let published = try client.send("GET", "/v1/posts/\(id)").json()
    #expect(published["status"] == "published")
    #expect(published["publishedAt"] == "2026-01-01T01:00:00Z")
    #expect(published["updatedAt"] == "2026-01-01T01:00:00Z")
    #expect(published["createdAt"] == "2026-01-01T00:00:00Z")
    #expect(published["results"]?[0]?["status"] == "published")
    #expect(published["results"]?[0]?["publishedAt"] == "2026-01-01T01:00:00Z")
    #expect(published["results"]?[0]?["url"]?.stringValue?.hasPrefix("https://x.com/alice/status/") == true)
  }

  @Test func duePostsPublishInScheduledOrderEachAtItsOwnTime() throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    let later = try client.createPost(
      client.postBody(to: [account], text: "same", extra: #""scheduledAt":"2026-01-01T03:00:00Z""#))
    let sooner = try client.createPost(
      client.postBody(to: [account], text: "same", extra: #""scheduledAt":"2026-01-01T02:00:00Z""#))
    try client.advanceClock("1d")
    let soonerNow = try client.send("GET", "/v1/posts/\(try #require(sooner["id"]?.stringValue))").json()
    let laterNow = try client.send("GET", "/v1/posts/\(try #require(later["id"]?.stringValue))").json()
    #expect(soonerNow["status"] == "published")
    #expect(laterNow["status"] == "failed")
    #expect(laterNow["results"]?[0]?["error"]?["code"] == "platform_rejected")
    #expect(laterNow["updatedAt"] == "2026-01-01T03:00:00Z")
    #expect(try client.postsUsed() == 1)
  }

  @Test func settingTheClockBackPublishesNothing() throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    try client.control("/_sim/clock", #"{"set":"2026-03-01T00:00:00Z"}"#)
    let post = try client.createPost(
      client.postBody(to: [account], text: "x", extra: #""scheduledAt":"2026-03-02T00:00:00Z""#))
    try client.control("/_sim/clock", #"{"set":"2026-01-01T00:00:00Z"}"#)
    #expect(
      try client.send("GET", "/v1/posts/\(try #require(post["id"]?.stringValue))").json()["status"] == "scheduled")
  }
}
