/// The mock X: records tweets instead of sending them, and refuses them as X
/// would — duplicate text on an account within 24 hours (`platform_rejected`),
/// more than 100 tweets in 15 minutes or 10,000 in 24 hours from an account
/// (`platform_rate_limited`), and, when set, the app-wide daily cap
/// (`platform_quota_exceeded`). A thread counts one tweet per item.
struct MockXPublisher: Sendable, Codable {
  static let duplicateWindowSeconds = Timestamp.secondsPerDay
  /// X's per-account limits: tweets per window.
  static let accountLimits = [
    (tweets: 100, seconds: 15 * 60, window: "15 minutes"),
    (tweets: 10_000, seconds: Timestamp.secondsPerDay, window: "24 hours"),
  ]
  /// X's snowflake epoch, 2010-11-04T01:42:54.657Z, in milliseconds.
  static let snowflakeEpochMilliseconds: Int64 = 1_288_834_974_657

  /// Failures the control plane queued for the next targets.
  var injectedFailures = PublishFailureQueue()
  /// Tweets per 24 hours across all accounts; nil (the default) is no cap.
  var appDailyCap: Int?
  private var appLog = TweetLog()
  private var logs: [ResourceID: TweetLog] = [:]
  /// Per account: when each text was last tweeted.
  private var lastTweeted: [ResourceID: [String: Timestamp]] = [:]
  /// Numbers the tweets, so ids made in the same second differ.
  private var sequence: UInt64 = 0

  /// Posts `tweets` (one, or a thread) as `account` at `time`; the first tweet's id and URL.
  mutating func publish(
    _ tweets: [TweetContent], as account: Account, at time: Timestamp
  ) throws(PublishError) -> PublishedTweet {
    if let appDailyCap, appLog.count(inLast: Timestamp.secondsPerDay, before: time) + tweets.count > appDailyCap {
      throw PublishError(.platformQuotaExceeded, "The X app's cap of \(appDailyCap) posts per 24 hours is used up")
    }
    var log = logs[account.id] ?? TweetLog()
    for limit in MockXPublisher.accountLimits
    where log.count(inLast: limit.seconds, before: time) + tweets.count > limit.tweets {
      throw PublishError(.platformRateLimited, "X allows \(limit.tweets) posts per \(limit.window) from an account")
    }
    let text = tweets[0].text.map(XTextLength.trimmingWhitespace) ?? ""
    if !text.isEmpty, let last = lastTweeted[account.id]?[text],
      time < last.adding(seconds: MockXPublisher.duplicateWindowSeconds)
    {
      throw PublishError(.platformRejected, "Status is a duplicate: the account posted this text within 24 hours")
    }
    if !text.isEmpty { lastTweeted[account.id, default: [:]][text] = time }
    log.record(tweets.count, at: time)
    logs[account.id] = log
    appLog.record(tweets.count, at: time)
    let id = snowflake(at: time)
    sequence &+= UInt64(tweets.count)
    return PublishedTweet(id: id, url: "https://x.com/\(account.handle)/status/\(id)")
  }

  /// An X-style id: milliseconds since X's epoch, shifted past 22 bits of sequence.
  private func snowflake(at time: Timestamp) -> String {
    let milliseconds = max(0, Int64(time.secondsSinceEpoch) &* 1000 &- MockXPublisher.snowflakeEpochMilliseconds)
    return String(UInt64(milliseconds) << 22 | sequence & 0xFFF)
  }
}
