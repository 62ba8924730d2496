import SynJSON

/// A `POST /v1/posts` body, validated field by field in the documented
/// order (accountIds, text, media, scheduledAt, replyToTweetId, communityId,
/// poll, threadItems), then across fields. Everything here is a 400. With
/// `threadItems`, the items are the content and `text` and `media` are ignored.
struct NewPost: Sendable {
  static let accountCounts = 1...20
  static let threadLengths = 2...25
  static let pollOptionCounts = 2...4
  static let pollOptionLength = 25
  /// 5 minutes to 7 days, as X takes them.
  static let pollDurations = 5...10_080
  static let minimumScheduleLead = 60
  static let maximumScheduleLead = 365 * Timestamp.secondsPerDay

  let accountIDs: [ResourceID]
  /// One tweet, or the thread's items in order.
  let tweets: [TweetContent]
  /// Nil: publish now.
  let scheduledAt: Timestamp?

  init(_ body: JSONObject, now: Timestamp) throws(APIError) {
    let fields = RequestFields(body)
    accountIDs = try NewPost.accountIDs(fields)
    var single: TweetContent?
    if !fields.has("threadItems") {
      let text = try fields.string("text")
      let media = try fields.array("media").map { elements throws(APIError) in
        try MediaAttachment.list(elements, field: "media")
      }
      single = TweetContent(text: text, media: media ?? [])
    }
    scheduledAt = try NewPost.scheduledAt(fields, now: now)
    for name in ["replyToTweetId", "communityId"] {
      if let id = try fields.string(name), !Platform.isXID(id) {
        throw .validation(field: name, "\(name) must be an X id: 1 to 19 digits")
      }
    }
    let hasPoll = try NewPost.checkPoll(fields)
    if let single {
      guard !(single.hasNoText && single.media.isEmpty) else {
        throw .validation(field: "text", "text is required (and not blank) unless media or threadItems is given")
      }
      tweets = [single]
    } else {
      tweets = try NewPost.thread(fields.required("threadItems", fields.array("threadItems")))
    }
    if hasPoll && !tweets[0].media.isEmpty {
      throw .validation(field: "poll", "A poll cannot be combined with media")
    }
  }

  /// 1–20 unique UUIDs.
  private static func accountIDs(_ fields: RequestFields) throws(APIError) -> [ResourceID] {
    let elements = try fields.required("accountIds", fields.array("accountIds"))
    guard accountCounts.contains(elements.count) else {
      throw .validation(field: "accountIds", "accountIds must hold 1 to 20 account ids (got \(elements.count))")
    }
    var ids: [ResourceID] = []
    for element in elements {
      guard let text = element.stringValue else {
        throw .validation(field: "accountIds", "accountIds must hold strings, not \(element.typeName)")
      }
      let id = try fields.resourceID(text, of: "accountIds")
      guard !ids.contains(id) else {
        throw .validation(field: "accountIds", "accountIds holds \(text) twice")
      }
      ids.append(id)
    }
    return ids
  }

  /// Absent or null: now. Otherwise 60 s to 365 days after `now`.
  private static func scheduledAt(_ fields: RequestFields, now: Timestamp) throws(APIError) -> Timestamp? {
    guard let text = try fields.string("scheduledAt") else { return nil }
    guard let time = Timestamp(iso8601: text) else {
      throw .validation(field: "scheduledAt", "scheduledAt must be an ISO 8601 time such as 2026-05-01T12:00:00Z")
    }
    let lead = time.secondsSinceEpoch - now.secondsSinceEpoch
    guard (minimumScheduleLead...maximumScheduleLead).contains(lead) else {
      throw .validation(
        field: "scheduledAt", "scheduledAt must be at least 60 seconds and at most 365 days in the future")
    }
    return time
  }

  /// Checks `poll` (2–4 options of 1–25 characters, 5 minutes to 7 days);
  /// returns whether there is one.
  private static func checkPoll(_ fields: RequestFields) throws(APIError) -> Bool {
    guard let poll = try fields.object("poll") else { return false }
    let options = try poll.required("options", poll.array("options"))
    guard pollOptionCounts.contains(options.count) else {
      throw .validation(field: poll.field("options"), "poll.options must hold 2 to 4 options (got \(options.count))")
    }
    for option in options {
      guard let text = option.stringValue, (1...pollOptionLength).contains(text.unicodeScalars.count) else {
        throw .validation(field: poll.field("options"), "Each poll option must be a string of 1 to 25 characters")
      }
    }
    _ = try poll.required("durationMinutes", poll.integer("durationMinutes", in: pollDurations))
    return true
  }

  /// 2–25 items `{text, media?}`, each a tweet: text unless it has media.
  private static func thread(_ items: [JSONValue]) throws(APIError) -> [TweetContent] {
    guard threadLengths.contains(items.count) else {
      throw .validation(field: "threadItems", "threadItems must hold 2 to 25 items (got \(items.count))")
    }
    var tweets: [TweetContent] = []
    for (index, item) in items.enumerated() {
      let fields = try RequestFields.nested(item, path: "threadItems[\(index)]")
      let text = try fields.string("text")
      let media = try fields.array("media").map { elements throws(APIError) in
        try MediaAttachment.list(elements, field: fields.field("media"))
      }
      let tweet = TweetContent(text: text, media: media ?? [])
      if tweet.hasNoText && tweet.media.isEmpty {
        throw .validation(field: fields.field("text"), "\(fields.field("text")) is required unless the item has media")
      }
      tweets.append(tweet)
    }
    return tweets
  }
}
