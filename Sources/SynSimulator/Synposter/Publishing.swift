/// Publishing targets through the mock X, at once or when the clock passes
/// `scheduledAt`, and canceling the pending targets of a removed account.
extension TenantState {
  /// Publishes the pending `targets` of `tweets` at `time`. A failed target
  /// is refunded to `charge`.
  mutating func publish(
    _ tweets: [TweetContent], to targets: inout [PostTarget], at time: Timestamp, charge: Billing.QuotaPeriod
  ) {
    for index in targets.indices where targets[index].status == .pending {
      do throws(PublishError) {
        targets[index].tweet = try publish(tweets, as: targets[index].accountId, at: time)
        targets[index].status = .published
        targets[index].publishedAt = time
      } catch {
        targets[index].status = .failed
        targets[index].error = error
        billing.refund(1, chargedIn: charge)
      }
    }
  }

  /// Publishes the scheduled posts due by now, each at its `scheduledAt`.
  mutating func publishDuePosts() {
    while var post = posts.popDue(through: now) {
      let time = post.scheduledAt ?? now
      publish(post.tweets, to: &post.targets, at: time, charge: post.charge)
      post.updatedAt = time
      posts.replace(post)
    }
  }

  /// The account is gone: its pending targets are canceled and refunded.
  mutating func cancelPendingTargets(of accountId: ResourceID) {
    for var post in posts.scheduled where post.goesTo(accountId) {
      for index in post.targets.indices
      where post.targets[index].accountId == accountId && post.targets[index].status == .pending {
        post.targets[index].status = .canceled
        billing.refund(1, chargedIn: post.charge)
      }
      post.updatedAt = now
      posts.replace(post)
    }
  }

  /// One target: an injected failure first, then the account's status, the
  /// media as Synposter fetches it, and the mock X's own rules.
  private mutating func publish(
    _ tweets: [TweetContent], as accountId: ResourceID, at time: Timestamp
  ) throws(PublishError) -> PublishedTweet {
    guard var account = accounts[accountId] else { throw PublishError(.accountExpired, "The account was disconnected") }
    if let code = publisher.injectedFailures.take(for: accountId) {
      if code == .accountExpired {
        account.status = .expired
        accounts.replace(account)
      }
      throw PublishError(code)
    }
    guard account.status == .active else { throw PublishError(.accountExpired) }
    for attachment in tweets.flatMap(\.media) {
      if let problem = media.fetchProblem(attachment) { throw PublishError(.platformRejected, problem) }
    }
    return try publisher.publish(tweets, as: account, at: time)
  }
}
