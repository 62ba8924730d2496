/// A tenant's plan and billing periods, and the posts counted against them.
///
/// Free is a lifetime trial counted from sign-up. Paid plans renew monthly on
/// the billing anchor: period k runs from anchor + k calendar months to
/// anchor + k + 1 months, each day clamped to its month's length, so an anchor
/// on Jan 31 gives periods starting Feb 28, Mar 31, Apr 30, ...
struct Billing: Sendable, Codable {
  private(set) var plan: Plan
  let signup: Timestamp
  /// Where paid periods are counted from: sign-up, or the last upgrade from Free.
  private var anchor: Timestamp
  private var lifetimePosts = 0
  private var periodPosts = 0
  /// The start of the period `periodPosts` was counted in.
  private var periodPostsStart: Timestamp

  init(plan: Plan, signup: Timestamp) {
    self.plan = plan
    self.signup = signup
    anchor = signup
    periodPostsStart = signup
  }

  /// Switches plans at `now`. Leaving Free starts a fresh paid period there;
  /// every other change keeps the current period.
  mutating func change(to newPlan: Plan, at now: Timestamp) {
    if plan == .free && newPlan.isPaid {
      anchor = now
      periodPosts = 0
      periodPostsStart = now
    }
    plan = newPlan
  }

  /// The period containing `now`: from sign-up with no end on Free, the
  /// current monthly period on a paid plan.
  func period(at now: Timestamp) -> (start: Timestamp, end: Timestamp?) {
    guard plan.isPaid else { return (signup, nil) }
    let anchorDate = anchor.date
    let nowDate = now.date
    var index = (nowDate.year - anchorDate.year) * 12 + (nowDate.month - anchorDate.month)
    if anchor.addingMonths(index) > now { index -= 1 }
    return (anchor.addingMonths(index), anchor.addingMonths(index + 1))
  }

  /// Posts counted in the period containing `now`.
  func postsUsed(at now: Timestamp) -> Int {
    guard plan.isPaid else { return lifetimePosts }
    return periodPostsStart == period(at: now).start ? periodPosts : 0
  }

  /// The counter a charge went to, so that a refund finds it again: the
  /// lifetime trial, or the paid period starting at `start`.
  enum QuotaPeriod: Equatable, Sendable, Codable {
    case lifetime
    case month(start: Timestamp)
  }

  /// Counts `count` more posts in the period containing `now`, and says which period that was.
  mutating func charge(_ count: Int, at now: Timestamp) -> QuotaPeriod {
    guard plan.isPaid else {
      lifetimePosts += count
      return .lifetime
    }
    let start = period(at: now).start
    if periodPostsStart != start {
      periodPosts = 0
      periodPostsStart = start
    }
    periodPosts += count
    return .month(start: start)
  }

  /// Gives back `count` posts charged in `period`. A period that has ended
  /// already starts again from 0, so a refund to it changes nothing visible.
  mutating func refund(_ count: Int, chargedIn period: QuotaPeriod) {
    switch period {
    case .lifetime:
      lifetimePosts = max(0, lifetimePosts - count)
    case .month(let start):
      if periodPostsStart == start { periodPosts = max(0, periodPosts - count) }
    }
  }

  /// Sets the posts counted in the period containing `now` (the control plane's quota jump).
  mutating func setPostsUsed(_ count: Int, at now: Timestamp) {
    if plan.isPaid {
      periodPosts = count
      periodPostsStart = period(at: now).start
    } else {
      lifetimePosts = count
    }
  }
}
