/// One try at sending a delivery, as `syn serve` recorded it (6.3):
/// `{"at","status","error","ms"}`.
public struct WebhookAttempt: Sendable, Codable, Equatable {
  /// When it was made, wall-clock ISO 8601.
  public let at: String
  /// The receiver's HTTP status; nil when none came (timeout, connection error).
  public let status: Int?
  /// What went wrong before a status came; nil when one did.
  public let error: String?
  public let milliseconds: Int

  public init(at: String, status: Int?, error: String?, milliseconds: Int) {
    self.at = at
    self.status = status
    self.error = error
    self.milliseconds = milliseconds
  }
}

/// What an attempt leaves a delivery as.
public enum WebhookAttemptOutcome: Sendable, Equatable {
  case delivered
  /// Try again after this many wall-clock seconds.
  case retry(afterSeconds: Int)
  case failed
}
