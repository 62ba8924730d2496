/// One attempt of a request a network backend sends: its answer or transport
/// error, and whether another attempt follows (retries, `set retries`).
public struct RequestAttempt: Sendable {
  public var outcome: Result<HTTPResponse, any Error>
  public var elapsed: Duration
  /// The wait before the next attempt; nil when this attempt is the last.
  public var retryDelayMilliseconds: Int?

  public init(outcome: Result<HTTPResponse, any Error>, elapsed: Duration, retryDelayMilliseconds: Int?) {
    self.outcome = outcome
    self.elapsed = elapsed
    self.retryDelayMilliseconds = retryDelayMilliseconds
  }
}

/// Who hears of each attempt of the requests sent in the current task (`-v`
/// shows every retried exchange). A task-local, so the `Backend` protocol
/// and its options stay as they are.
public enum RequestAttempts {
  @TaskLocal public static var observer: AttemptObserver?
}

/// Hears of each attempt. A class rather than a bare closure: a task-local of
/// optional closure type crashes release builds of Swift 6.3 in
/// `swift_task_localValuePush` at the first request.
public final class AttemptObserver: Sendable {
  private let hear: @Sendable (RequestAttempt) -> Void

  public init(_ hear: @escaping @Sendable (RequestAttempt) -> Void) {
    self.hear = hear
  }

  public func callAsFunction(_ attempt: RequestAttempt) {
    hear(attempt)
  }
}
