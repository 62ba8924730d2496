import SynJSON

/// A post as stored by the simulator: its content, and one target per account.
struct Post: ListedRecord, Codable {
  enum Status: String, CaseIterable, Sendable, Codable {
    /// Never stored: immediate posts publish synchronously. Kept as a valid
    /// value of the list filter.
    case publishing
    case scheduled, published, partial, failed, canceled
  }

  let id: ResourceID
  let sequence: Int
  /// One tweet, or a thread.
  let tweets: [TweetContent]
  let scheduledAt: Timestamp?
  let createdAt: Timestamp
  var updatedAt: Timestamp
  var targets: [PostTarget]
  /// Where the quota units of the targets were charged, for refunds.
  let charge: Billing.QuotaPeriod

  /// Follows from the targets: scheduled while any is pending; canceled when
  /// all are; published when every target not canceled is; partial when some
  /// are published and some failed; failed when none is published.
  var status: Status {
    if targets.contains(where: { $0.status == .pending }) { return .scheduled }
    let live = targets.filter { $0.status != .canceled }
    guard !live.isEmpty else { return .canceled }
    let published = live.count { $0.status == .published }
    if published == live.count { return .published }
    return published == 0 ? .failed : .partial
  }

  /// When the first target was published; nil until one is.
  var publishedAt: Timestamp? {
    targets.compactMap(\.publishedAt).min()
  }

  func goesTo(_ accountID: ResourceID) -> Bool {
    targets.contains { $0.accountId == accountID }
  }

  /// The Post object, keys in the documented order. A thread shows its first item's text and media.
  var json: JSONValue {
    [
      "id": .string(id.text),
      "text": tweets[0].text.map(JSONValue.string) ?? .null,
      "media": .array(tweets[0].media.map(\.json)),
      "accountIds": .array(targets.map { .string($0.accountId.text) }),
      "scheduledAt": scheduledAt.map { .string($0.iso8601) } ?? .null,
      "status": .string(status.rawValue),
      "createdAt": .string(createdAt.iso8601),
      "updatedAt": .string(updatedAt.iso8601),
      "publishedAt": publishedAt.map { .string($0.iso8601) } ?? .null,
      "results": .array(targets.map(\.json)),
    ]
  }
}

/// One account a post goes to, and how publishing there went.
struct PostTarget: Sendable, Codable {
  enum Status: String, Sendable, Codable {
    case pending, published, failed, canceled
  }

  let accountId: ResourceID
  let profileId: ResourceID
  let platform: Platform
  var status = Status.pending
  var tweet: PublishedTweet?
  var error: PublishError?
  var publishedAt: Timestamp?

  init(_ account: Account) {
    accountId = account.id
    profileId = account.profileId
    platform = account.platform
  }

  var json: JSONValue {
    [
      "accountId": .string(accountId.text),
      "profileId": .string(profileId.text),
      "platform": .string(platform.rawValue),
      "status": .string(status.rawValue),
      "platformPostId": tweet.map { .string($0.id) } ?? .null,
      "url": tweet.map { .string($0.url) } ?? .null,
      "error": error?.json ?? .null,
      "publishedAt": publishedAt.map { .string($0.iso8601) } ?? .null,
    ]
  }
}

/// A tweet the mock X publisher posted.
struct PublishedTweet: Sendable, Codable {
  let id: String
  let url: String
}

/// Why a target failed: `{"code","message"}`.
struct PublishError: Error, Sendable, Codable {
  enum Code: String, CaseIterable, Sendable, Codable {
    case platformRejected = "platform_rejected"
    case platformQuotaExceeded = "platform_quota_exceeded"
    case platformRateLimited = "platform_rate_limited"
    case accountExpired = "account_expired"
    case platformError = "platform_error"

    /// What the failure says when nothing more specific is known.
    var defaultMessage: String {
      switch self {
      case .platformRejected: "X rejected the post"
      case .platformQuotaExceeded: "The X app's daily posting cap is used up"
      case .platformRateLimited: "Too many posts from this account: X's rate limit is reached"
      case .accountExpired: "The account's token has expired: reconnect it"
      case .platformError: "X answered with an error"
      }
    }
  }

  let code: Code
  let message: String

  init(_ code: Code, _ message: String? = nil) {
    self.code = code
    self.message = message ?? code.defaultMessage
  }

  var json: JSONValue {
    ["code": .string(code.rawValue), "message": .string(message)]
  }
}
