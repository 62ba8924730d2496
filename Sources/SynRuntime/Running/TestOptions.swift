/// How `syn test` runs: how many files at once, which cases, when to stop.
public struct TestOptions: Sendable {
  /// Files run in parallel; cases within a file stay in order.
  public var jobs: Int
  /// Only cases whose name contains this text.
  public var filter: String?
  public var shard: Shard?
  /// Stop starting cases after the first failure.
  public var failFast: Bool

  public init(jobs: Int = 1, filter: String? = nil, shard: Shard? = nil, failFast: Bool = false) {
    self.jobs = max(1, jobs)
    self.filter = filter
    self.shard = shard
    self.failFast = failFast
  }
}
