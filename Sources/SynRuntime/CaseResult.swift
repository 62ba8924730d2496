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
  }

  public var file: String
  public var name: String
  public var outcome: Outcome
  public var milliseconds: Double

  public var exitCode: Int32 {
    if case .failed(let interruption) = outcome { return interruption.exitCode }
    return 0
  }
}

extension Sequence<CaseResult> {
  /// The exit code of a run: the gravest failure's (parse 2, then runtime 3, then expectation 4), else 0.
  public var exitCode: Int32 {
    let codes = Set(map(\.exitCode))
    return [2, 3, 4].first(where: codes.contains) ?? 0
  }
}
