/// What running one file produced: its cases' results, or why it did not run.
public struct FileReport: Sendable {
  public var file: String
  public var results: [CaseResult]
  /// Set when the file could not be read or parsed; none of its cases ran.
  public var loadFailure: String?
  public var milliseconds: Double

  public var passed: Int { results.count { if case .passed = $0.outcome { true } else { false } } }
  public var skipped: Int { results.count { if case .skipped = $0.outcome { true } else { false } } }
  public var failed: Int { results.count - passed - skipped + (loadFailure == nil ? 0 : 1) }
}
