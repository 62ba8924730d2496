import SynHTTP
public import SynLanguage

/// What a case did, statement by statement, for the HTML report: each
/// top-level statement in the order it ran (the `finally` blocks' last) with
/// how it ended, and, when the case failed, its failure's report and the last
/// request and response before it. Keys are masked when it is recorded, so no key is ever kept.
public struct CaseTrace: Sendable {
  public enum StepStatus: String, Sendable {
    case passed, failed, skipped
    /// After the statement that stopped its block.
    case notRun = "not run"
  }

  public struct Step: Sendable {
    public var location: SourceLocation
    /// The statement's source text, keys masked.
    public var text: String
    public var status: StepStatus
  }

  /// The last exchange before the case failed, as `-v` prints it: status line, headers, body; keys masked.
  public struct FailedExchange: Sendable {
    public var request: String
    public var response: String
  }

  public var steps: [Step] = []
  /// The report of the case's failure (`Interruption.report`), with every key the session knew hidden.
  public var failure: String?
  public var failedExchange: FailedExchange?
}

extension CaseTrace {
  /// Records one case as its interpreter runs it.
  struct Recorder {
    private(set) var trace = CaseTrace()
    let interpreter: Interpreter
    /// Whether `trace.steps` lists each statement; the failure is recorded either way.
    let tracesSteps: Bool

    /// Runs `statements` one at a time, noting how each ended; the first that
    /// stops ends the block, and the rest are noted as not run.
    mutating func run(_ statements: [Statement]) async -> CaseResult.Outcome {
      for (index, statement) in statements.enumerated() {
        let outcome = await CaseResult.Outcome(running: { () async throws(Interruption) in
          // As `Interpreter.run(_:)` of a list, without an array per statement.
          guard !Task.isCancelled else { return }
          try await interpreter.run(statement)
        })
        switch outcome {
        case .passed:
          record(statement, .passed)
        case .skipped:
          record(statement, .skipped)
        case .failed(let interruption):
          record(statement, .failed)
          if trace.failure == nil { recordFailure(interruption) }
        }
        guard case .passed = outcome else {
          for notRun in statements[(index + 1)...] { record(notRun, .notRun) }
          return outcome
        }
      }
      return .passed
    }

    private mutating func record(_ statement: Statement, _ status: StepStatus) {
      guard tracesSteps else { return }
      // `set apiKey "..."` names a key that need not look like one.
      let text = if case .set(.apiKey, _) = statement.kind { "set apiKey ****" } else { masked(statement.text) }
      trace.steps.append(Step(location: statement.location, text: text, status: status))
    }

    /// The first failure of the case: its report, and the exchange it happened after.
    private mutating func recordFailure(_ interruption: Interruption) {
      trace.failure = masked(interruption.report)
      guard let last = interpreter.session.last else { return }
      trace.failedExchange = FailedExchange(
        request: masked(ResponseFormatter.verbose(last.request)), response: masked(ResponseFormatter.verbose(last)))
    }

    /// `text` without the keys the session knows now: its own, `--api-key`'s and the environment's.
    private func masked(_ text: String) -> String {
      let configuration = interpreter.session.configuration
      let keys = Array(interpreter.session.connection.keys.values) + [configuration.apiKey].compactMap { $0 }
      return KeyMask.masking(text, hiding: keys + configuration.environmentKeys.values)
    }
  }
}
