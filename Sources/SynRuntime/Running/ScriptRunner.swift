import SynHTTP
public import SynLanguage

/// Runs a script's test cases, each in a fresh session: the prelude, then the case (language.md section 8).
public struct ScriptRunner: Sendable {
  public let configuration: RunConfiguration
  public let output: any OutputSink

  public init(configuration: RunConfiguration, output: any OutputSink) {
    self.configuration = configuration
    self.output = output
  }

  /// Runs the script's cases in order. With `stopAtFirstFailure` (what `syn run` wants), the first failure ends the run.
  public func run(_ script: Script, stopAtFirstFailure: Bool) async -> [CaseResult] {
    await run(script.runnableCases, file: script.file, stopAtFirstFailure: stopAtFirstFailure)
  }

  /// Runs `cases` in order, reporting each result as it comes; stops after a
  /// failure when `stopAtFirstFailure`, and before any case once `isCancelled` says so.
  public func run(
    _ cases: [TestCase], file: String, stopAtFirstFailure: Bool, isCancelled: () -> Bool = { false },
    onResult: (CaseResult) -> Void = { _ in }
  ) async -> [CaseResult] {
    var results: [CaseResult] = []
    for testCase in cases {
      if isCancelled() { break }
      let result = await run(testCase, file: file)
      results.append(result)
      onResult(result)
      if stopAtFirstFailure, result.outcome.isFailure { break }
    }
    return results
  }

  /// Runs one case in a session of its own: its statements, then its
  /// `finally` blocks, which run however the statements ended. A failing
  /// `finally` fails a case that had not failed already. Last, with `--cleanup`,
  /// what the case made and left is removed; a removal that fails does not fail the case.
  /// On the live backend the case runs where that backend sends from fastest.
  public func run(_ testCase: TestCase, file: String) async -> CaseResult {
    await withTaskExecutorPreference(configuration.live ? configuration.liveBackend?.preferredExecutor : nil) {
      await runInPlace(testCase, file: file)
    }
  }

  private func runInPlace(_ testCase: TestCase, file: String) async -> CaseResult {
    let start = ContinuousClock.now
    let order = testCase.runOrder
    let session: Session
    do {
      session = try await Session.start(configuration: configuration, identity: "\(file)\u{0}\(testCase.name)")
    } catch {
      return CaseResult(file: file, name: testCase.name, outcome: .failed(error), milliseconds: 0)
    }
    if let missing = session.missingKey(for: order.statements + order.cleanups.flatMap { $0 }) {
      return CaseResult(file: file, name: testCase.name, outcome: .failed(missing), milliseconds: 0)
    }
    session.includeStack = [ScriptFiles.absolutePath(file)]
    let interpreter = Interpreter(session: session, output: output)
    var recorder = CaseTrace.Recorder(interpreter: interpreter)
    var outcome = await recorder.run(order.statements)
    for cleanup in order.cleanups {
      let cleanupOutcome = await recorder.run(cleanup)
      if case .failed = cleanupOutcome, !outcome.isFailure {
        outcome = cleanupOutcome
      }
    }
    let cleanup = await interpreter.cleanUp()
    return CaseResult(
      file: file, name: testCase.name, outcome: outcome, milliseconds: (ContinuousClock.now - start).milliseconds,
      trace: recorder.trace, cleanup: cleanup)
  }
}
