/// How one test case ended.
public struct CaseResult: Sendable {
  public enum Outcome: Sendable {
    case passed
    case failed(Interruption)
    case skipped(reason: String)

    public var isFailure: Bool {
      if case .failed = self { return true }
      return false
    }

    /// How `body` ends: passed when it returns, skipped by `skip`, failed by any other interruption.
    init(running body: () async throws(Interruption) -> Void) async {
      do {
        try await body()
        self = .passed
      } catch .skipped(let reason) {
        self = .skipped(reason: reason)
      } catch {
        self = .failed(error)
      }
    }
  }

  public var file: String
  public var name: String
  public var outcome: Outcome
  public var milliseconds: Double
  /// Its statements and how each ended: what the HTML report lists under it.
  public var trace = CaseTrace()
  /// Under `--compare`: how the compared backend's answers differed (nil when nothing was compared).
  public var comparison: CaseComparison?
  /// What the cleanup after the case removed or could not remove, newest first; empty without `--cleanup`.
  public var cleanup: [CleanupRecord] = []

  public var exitStatus: ExitStatus {
    if case .failed(let interruption) = outcome { return interruption.exitStatus }
    return .success
  }

  /// What the case's failure says, every key its session knew hidden (the trace's copy; a case whose session
  /// never opened falls back to the interruption's own masking), then any differences from the compared
  /// backend. Nil unless it failed.
  public var failureReport: String? {
    guard case .failed(let interruption) = outcome else { return nil }
    return withDifferences(trace.failure ?? interruption.report)
  }

  /// True when the case passed but the compared backend answered otherwise.
  var failedByDifferences: Bool {
    if case .failed(.differs) = outcome { return true }
    return false
  }

  /// A report of the case's failure followed by the differences from the
  /// compared backend, unless those differences are the failure itself.
  func withDifferences(_ report: String) -> String {
    guard outcome.isFailure, let comparison, !comparison.differences.isEmpty else {
      return report
    }
    return failedByDifferences ? report : report + "\n" + comparison.report
  }
}

extension Sequence<CaseResult> {
  /// How a run ends: as its gravest failure (parse, then runtime, then expectation), else in success.
  public var exitStatus: ExitStatus {
    let statuses = Set(map(\.exitStatus))
    return [ExitStatus.parseError, .runtimeError, .expectationFailed].first(where: statuses.contains) ?? .success
  }
}
