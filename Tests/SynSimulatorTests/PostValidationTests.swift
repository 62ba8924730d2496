import SynJSON
import Testing

@testable import SynSimulator

/// POST /v1/posts refusals and the order they are checked in (spec 1.4).
@Suite struct PostValidationTests {
  /// Sends `body` with `ACCOUNT` standing for a connected account's id; the reply and that id.
  private func send(_ body: String, client: TestClient? = nil) throws -> (Reply, String) {
    let client = try client ?? TestClient()
    let account = try client.connectAccount()
    return (client.post(body.replacing("ACCOUNT", with: account)), account)
  }

  private static func validation(_ field: String, _ message: String) -> String {
    #"{"error":"validation_error","message":"\#(message)","field":"\#(field)"}"#
  }

  @Test(arguments: [
    ("", #"{"error":"invalid_json","message":"Request body is empty: send a JSON object"}"#),
    ("[]", #"{"error":"invalid_json","message":"Request body must be a JSON object, not an array"}"#),
  ])
  func bodiesThatAreNotJSONObjects(body: String, expected: String) throws {
    let (reply, _) = try send(body)
    #expect(reply.status == 400)
    #expect(reply.text == expected)
  }

  @Test(arguments: [
    (#"{"text":"x"}"#, validation("accountIds", "accountIds is required")),
    (#"{"accountIds":"ACCOUNT","text":"x"}"#, validation("accountIds", "accountIds must be an array, not string")),
    (#"{"accountIds":[],"text":"x"}"#, validation("accountIds", "accountIds must hold 1 to 20 account ids (got 0)")),
    (#"{"accountIds":[7],"text":"x"}"#, validation("accountIds", "accountIds must hold strings, not number")),
    (#"{"accountIds":["acct_1"],"text":"x"}"#, validation("accountIds", #"accountIds must be a UUID, not \"acct_1\""#)),
    (#"{"accountIds":["ACCOUNT","ACCOUNT"],"text":"x"}"#, validation("accountIds", "accountIds holds ACCOUNT twice")),
  ])
  func accountIdsMustBeOneToTwentyUniqueUUIDs(body: String, expected: String) throws {
    let (reply, account) = try send(body)
    #expect(reply.status == 400)
    #expect(reply.text == expected.replacing("ACCOUNT", with: account))
  }

  @Test func twentyOneAccountsAreTooMany() throws {
    let ids = (0..<21).map { "\"00000000-0000-4000-8000-0000000000\($0 < 10 ? "0" : "")\($0)\"" }
    let (reply, _) = try send(#"{"accountIds":[\#(ids.joined(separator: ","))],"text":"x"}"#)
    #expect(reply.text == Self.validation("accountIds", "accountIds must hold 1 to 20 account ids (got 21)"))
  }

  @Test(arguments: [
    (
      #"{"accountIds":["ACCOUNT"]}"#,
      validation("text", "text is required (and not blank) unless media or threadItems is given")
    ),
    (
      #"{"accountIds":["ACCOUNT"],"text":" \n "}"#,
      validation("text", "text is required (and not blank) unless media or threadItems is given")
    ),
    (
      #"{"accountIds":["ACCOUNT"],"text":""}"#,
      validation("text", "text is required (and not blank) unless media or threadItems is given")
    ),
    (#"{"accountIds":["ACCOUNT"],"text":5}"#, validation("text", "text must be a string, not number")),
  ])
  func textIsRequiredUnlessMediaOrThread(body: String, expected: String) throws {
    let (reply, _) = try send(body)
    #expect(reply.status == 400)
    #expect(reply.text == expected)
  }

  @Test(arguments: [
    (#""media":{}"#, validation("media", "media must be an array, not object")),
    (#""media":["x"]"#, validation("media[0]", "media[0] must be an object, not string")),
    (#""media":[{"url":"https://e.com/a.png"}]"#, validation("media[0].type", "media[0].type is required")),
    (
      #""media":[{"type":"audio","url":"https://e.com/a.mp3"}]"#,
      validation("media[0].type", #"media[0].type must be image or gif, not \"audio\""#)
    ),
    (#""media":[{"type":"image"}]"#, validation("media[0].url", "media[0].url is required")),
    (
      #""media":[{"type":"image","url":"http://e.com/a.png"}]"#,
      validation("media[0].url", "media[0].url must be an absolute https:// URL")
    ),
    (
      #""media":[{"type":"image","url":"/a.png"}]"#,
      validation("media[0].url", "media[0].url must be an absolute https:// URL")
    ),
    (
      #""media":[{"type":"gif","url":"https://e.com/1.gif"},{"type":"gif","url":"https://e.com/2.gif"}]"#,
      validation("media", "X takes up to 4 images or exactly 1 gif per post")
    ),
    (
      #""media":[{"type":"gif","url":"https://e.com/1.gif"},{"type":"image","url":"https://e.com/2.png"}]"#,
      validation("media", "X takes up to 4 images or exactly 1 gif per post")
    ),
  ])
  func mediaRules(media: String, expected: String) throws {
    let (reply, _) = try send(#"{"accountIds":["ACCOUNT"],"text":"x",\#(media)}"#)
    #expect(reply.status == 400)
    #expect(reply.text == expected)
  }

  @Test func videoIsUnsupportedMedia() throws {
    let (reply, _) = try send(#"{"accountIds":["ACCOUNT"],"media":[{"type":"video","url":"https://e.com/a.mp4"}]}"#)
    #expect(reply.status == 400)
    #expect(
      reply.text
        == #"{"error":"unsupported_media","message":"Video is not supported yet: send an image or a gif","field":"media[0].type"}"#
    )
  }

  @Test func upToFourImagesOrOneGif() throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    let image = #"{"type":"image","url":"https://e.com/a.png"}"#
    let four = Array(repeating: image, count: 4).joined(separator: ",")
    #expect(client.post(#"{"accountIds":["\#(account)"],"media":[\#(four)]}"#).status == 201)
    let five = client.post(#"{"accountIds":["\#(account)"],"media":[\#(four),\#(image)]}"#)
    #expect(five.text == Self.validation("media", "X takes up to 4 images or exactly 1 gif per post"))
    let gif = #"{"accountIds":["\#(account)"],"media":[{"type":"gif","url":"https://e.com/a.gif"}]}"#
    #expect(client.post(gif).status == 201)
  }

  @Test(arguments: [
    (
      #""scheduledAt":"tomorrow""#,
      validation("scheduledAt", "scheduledAt must be an ISO 8601 time such as 2026-05-01T12:00:00Z")
    ),
    (#""scheduledAt":1767225660"#, validation("scheduledAt", "scheduledAt must be a string, not number")),
    (
      #""scheduledAt":"2026-01-01T00:00:59Z""#,
      validation("scheduledAt", "scheduledAt must be at least 60 seconds and at most 365 days in the future")
    ),
    (
      #""scheduledAt":"2025-12-31T00:00:00Z""#,
      validation("scheduledAt", "scheduledAt must be at least 60 seconds and at most 365 days in the future")
    ),
    (
      #""scheduledAt":"2027-01-01T00:00:01Z""#,
      validation("scheduledAt", "scheduledAt must be at least 60 seconds and at most 365 days in the future")
    ),
  ])
  func scheduledAtMustBeSixtySecondsToAYearAhead(member: String, expected: String) throws {
    let (reply, _) = try send(#"{"accountIds":["ACCOUNT"],"text":"x",\#(member)}"#)
    #expect(reply.status == 400)
    #expect(reply.text == expected)
  }

  @Test(arguments: ["2026-01-01T00:01:00Z", "2027-01-01T00:00:00Z"])
  func theEdgesOfTheScheduleWindowAreAccepted(time: String) throws {
    let (reply, _) = try send(#"{"accountIds":["ACCOUNT"],"text":"x","scheduledAt":"\#(time)"}"#)
    #expect(reply.status == 201)
    #expect(try reply.json()["scheduledAt"] == .string(time))
  }

  @Test(arguments: [
    (#""replyToTweetId":"abc""#, validation("replyToTweetId", "replyToTweetId must be an X id: 1 to 19 digits")),
    (#""replyToTweetId":123"#, validation("replyToTweetId", "replyToTweetId must be a string, not number")),
    (
      #""communityId":"12345678901234567890""#, validation("communityId", "communityId must be an X id: 1 to 19 digits")
    ),
  ])
  func xIdsMustBeDigits(member: String, expected: String) throws {
    let (reply, _) = try send(#"{"accountIds":["ACCOUNT"],"text":"x",\#(member)}"#)
    #expect(reply.status == 400)
    #expect(reply.text == expected)
  }

  @Test(arguments: [
    (#""poll":[]"#, validation("poll", "poll must be an object, not array")),
    (#""poll":{"durationMinutes":60}"#, validation("poll.options", "poll.options is required")),
    (
      #""poll":{"options":["a"],"durationMinutes":60}"#,
      validation("poll.options", "poll.options must hold 2 to 4 options (got 1)")
    ),
    (
      #""poll":{"options":["a","b","c","d","e"],"durationMinutes":60}"#,
      validation("poll.options", "poll.options must hold 2 to 4 options (got 5)")
    ),
    (
      #""poll":{"options":["a","12345678901234567890123456"],"durationMinutes":60}"#,
      validation("poll.options", "Each poll option must be a string of 1 to 25 characters")
    ),
    (
      #""poll":{"options":["a",""],"durationMinutes":60}"#,
      validation("poll.options", "Each poll option must be a string of 1 to 25 characters")
    ),
    (#""poll":{"options":["a","b"]}"#, validation("poll.durationMinutes", "poll.durationMinutes is required")),
    (
      #""poll":{"options":["a","b"],"durationMinutes":4}"#,
      validation("poll.durationMinutes", "poll.durationMinutes must be an integer between 5 and 10080, not 4")
    ),
    (
      #""poll":{"options":["a","b"],"durationMinutes":10081}"#,
      validation("poll.durationMinutes", "poll.durationMinutes must be an integer between 5 and 10080, not 10081")
    ),
    (
      #""poll":{"options":["a","b"],"durationMinutes":60},"media":[{"type":"image","url":"https://e.com/a.png"}]"#,
      validation("poll", "A poll cannot be combined with media")
    ),
  ])
  func pollRules(member: String, expected: String) throws {
    let (reply, _) = try send(#"{"accountIds":["ACCOUNT"],"text":"x",\#(member)}"#)
    #expect(reply.status == 400)
    #expect(reply.text == expected)
  }

  @Test func aPollOfTwentyFiveCharacterOptionsForSevenDaysIsAccepted() throws {
    let option = String(repeating: "é", count: 25)
    let (reply, _) = try send(
      #"{"accountIds":["ACCOUNT"],"text":"x","poll":{"options":["\#(option)","b","c","d"],"durationMinutes":10080}}"#)
    #expect(reply.status == 201)
  }

  @Test(arguments: [
    (#"[{"text":"only one"}]"#, validation("threadItems", "threadItems must hold 2 to 25 items (got 1)")),
    (#"{}"#, validation("threadItems", "threadItems must be an array, not object")),
    (#"[{"text":"a"},"b"]"#, validation("threadItems[1]", "threadItems[1] must be an object, not string")),
    (
      #"[{"text":"a"},{}]"#,
      validation("threadItems[1].text", "threadItems[1].text is required unless the item has media")
    ),
    (
      #"[{"text":"a"},{"text":"b","media":[{"type":"video","url":"https://e.com/v.mp4"}]}]"#,
      #"{"error":"unsupported_media","message":"Video is not supported yet: send an image or a gif","field":"threadItems[1].media[0].type"}"#
    ),
  ])
  func threadItemsAreEachCheckedLikeATweet(items: String, expected: String) throws {
    let (reply, _) = try send(#"{"accountIds":["ACCOUNT"],"threadItems":\#(items)}"#)
    #expect(reply.status == 400)
    #expect(reply.text == expected)
  }

  @Test func threadsHoldAtMostTwentyFiveItems() throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    let items = (1...26).map { #"{"text":"\#($0)"}"# }
    #expect(
      client.post(#"{"accountIds":["\#(account)"],"threadItems":[\#(items.dropLast().joined(separator: ","))]}"#).status
        == 201)
    let reply = client.post(#"{"accountIds":["\#(account)"],"threadItems":[\#(items.joined(separator: ","))]}"#)
    #expect(reply.text == Self.validation("threadItems", "threadItems must hold 2 to 25 items (got 26)"))
  }

  @Test func withThreadItemsTextAndMediaAreIgnored() throws {
    let (reply, _) = try send(
      #"{"accountIds":["ACCOUNT"],"text":7,"media":"junk","threadItems":[{"text":"a"},{"text":"b"}]}"#)
    #expect(reply.status == 201)
  }

  @Test func unknownFieldsAreIgnored() throws {
    let (reply, _) = try send(#"{"accountIds":["ACCOUNT"],"text":"x","platforms":["twitter"],"extra":{"a":1}}"#)
    #expect(reply.status == 201)
  }

  @Test func anUnknownAccountIs404OnAccountIds() throws {
    let missing = "00000000-0000-4000-8000-000000000000"
    let (reply, _) = try send(#"{"accountIds":["ACCOUNT","\#(missing)"],"text":"x"}"#)
    #expect(reply.status == 404)
    #expect(
      reply.text
        == #"{"error":"not_found","message":"No connected account with id \#(missing)","field":"accountIds"}"#)
  }

  @Test func anotherTenantsAccountIs404() throws {
    let simulator = Simulator()
    let foreign = try TestClient(simulator: simulator).connectAccount()
    let client = try TestClient(simulator: simulator)
    let reply = client.post(client.postBody(to: [foreign], text: "x"))
    #expect(reply.status == 404)
    #expect(try reply.json()["field"] == "accountIds")
  }

  @Test func textOver280WeightedCharactersIsTooLong() throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    let limit = String(repeating: "a", count: 280)
    #expect(client.post(client.postBody(to: [account], text: limit)).status == 201)
    let reply = client.post(client.postBody(to: [account], text: limit + "b"))
    #expect(reply.status == 400)
    #expect(
      reply.text
        == #"{"error":"text_too_long","message":"The text is 281 weighted characters long; X takes up to 280","field":"text","accountId":"\#(account)","platform":"twitter","limit":280,"length":281}"#
    )
  }

  @Test func weightedLengthDecidesNotCharacterCount() throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    let url = "https://example.com/" + String(repeating: "p", count: 200)
    let withURLs = "\(url) \(url) " + String(repeating: "a", count: 232)
    #expect(client.post(client.postBody(to: [account], text: withURLs)).status == 201)
    let cjk = String(repeating: "日", count: 141)
    let reply = client.post(client.postBody(to: [account], text: cjk))
    #expect(reply.status == 400)
    #expect(try reply.json()["length"] == 282)
    let emoji = String(repeating: "👩‍👩‍👧", count: 140)
    #expect(client.post(client.postBody(to: [account], text: emoji)).status == 201)
  }

  @Test func aTooLongThreadItemNamesItsField() throws {
    let long = String(repeating: "a", count: 281)
    let (reply, _) = try send(#"{"accountIds":["ACCOUNT"],"threadItems":[{"text":"a"},{"text":"\#(long)"}]}"#)
    #expect(reply.status == 400)
    #expect(try reply.json()["error"] == "text_too_long")
    #expect(try reply.json()["field"] == "threadItems[1].text")
  }

  @Test func anInactiveAccountIs409WithItsStatus() throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    try client.control("/_sim/publish-failures", #"{"code":"account_expired"}"#)
    try client.createPost(client.postBody(to: [account], text: "expires"))
    let reply = client.post(client.postBody(to: [account], text: "again"))
    #expect(reply.status == 409)
    #expect(
      reply.text
        == #"{"error":"account_not_active","message":"Account \#(account) is expired: reconnect it first","accountId":"\#(account)","status":"expired"}"#
    )
  }

  @Test func bodyErrorsComeBeforeUnknownAccounts() throws {
    let missing = "00000000-0000-4000-8000-000000000000"
    let (reply, _) = try send(#"{"accountIds":["\#(missing)"],"text":"x","scheduledAt":"soon"}"#)
    #expect(reply.status == 400)
    #expect(try reply.json()["field"] == "scheduledAt")
  }

  @Test func unknownAccountsComeBeforeTextTooLong() throws {
    let missing = "00000000-0000-4000-8000-000000000000"
    let long = String(repeating: "a", count: 300)
    let (reply, _) = try send(#"{"accountIds":["\#(missing)"],"text":"\#(long)"}"#)
    #expect(reply.status == 404)
  }

  @Test func textTooLongComesBeforeAccountNotActiveWhichComesBeforeTheQuota() throws {
    let client = try TestClient(plan: "free")
    let account = try client.connectAccount()
    try client.control("/_sim/publish-failures", #"{"code":"account_expired"}"#)
    try client.createPost(client.postBody(to: [account], text: "expires"))
    try client.control("/_sim/usage", #"{"posts":20}"#)
    let long = String(repeating: "a", count: 281)
    #expect(try client.post(client.postBody(to: [account], text: long)).json()["error"] == "text_too_long")
    #expect(client.post(client.postBody(to: [account], text: "short")).status == 409)
  }

  @Test func aRefusedPostChangesNothing() throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    #expect(client.post(client.postBody(to: [account], text: String(repeating: "a", count: 281))).status == 400)
    #expect(try client.postsUsed() == 0)
    #expect(try client.send("GET", "/v1/posts").json()["pagination"]?["total"] == 0)
  }
}
