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

  public var exitStatus: ExitStatus {
    if case .failed(let interruption) = outcome { return interruption.exitStatus }
    return .success
  }
}

extension Sequence<CaseResult> {
  /// How a run ends: as its gravest failure (parse, then runtime, then expectation), else in success.
  public var exitStatus: ExitStatus {
    let statuses = Set(map(\.exitStatus))
    return [ExitStatus.parseError, .runtimeError, .expectationFailed].first(where: statuses.contains) ?? .success
  }
}
