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
      await CasePage.$current.withValue(CasePage(file: file, testCase: testCase.name)) {
        await runInPlace(testCase, file: file)
      }
    }
  }

  /// Under `--compare`, the case runs again on the compared backend, printing
  /// nothing there, and a case that passed fails when the answers differed.
  private func runInPlace(_ testCase: TestCase, file: String) async -> CaseResult {
    guard let sides = configuration.comparedSides, let other = configuration.comparisonSide else {
      return await Self.run(testCase, file: file, configuration: configuration, output: output, recording: false).result
    }
    let primary = await Self.run(testCase, file: file, configuration: configuration, output: output, recording: true)
    var result = primary.result
    if case .skipped = result.outcome { return result }
    let (otherResult, otherSent) = await Self.run(
      testCase, file: file, configuration: other, output: CapturedOutput(), recording: true)
    if case .failed(.startFailed(let message)) = otherResult.outcome {
      if !result.outcome.isFailure {
        result.outcome = .failed(.startFailed("the \(sides.second) side of --compare did not start: \(message)"))
      }
      return result
    }
    let comparison = CaseComparison(
      sides: sides,
      first: .init(sent: primary.sent, trace: result.trace, failed: result.outcome.isFailure),
      second: .init(sent: otherSent, trace: otherResult.trace, failed: otherResult.outcome.isFailure))
    result.comparison = comparison
    if case .passed = result.outcome, !comparison.differences.isEmpty {
      result.outcome = .failed(.differs(comparison))
    }
    return result
  }

  /// One run of the case in a session of its own on `configuration`'s backend,
  /// with the requests its statements sent when `recording`.
  private static func run(
    _ testCase: TestCase, file: String, configuration: RunConfiguration, output: any OutputSink, recording: Bool
  ) async -> (result: CaseResult, sent: [SentRequest]) {
    let start = ContinuousClock.now
    let order = testCase.runOrder
    let session: Session
    do {
      session = try await Session.start(configuration: configuration, identity: "\(file)\u{0}\(testCase.name)")
    } catch {
      return (CaseResult(file: file, name: testCase.name, outcome: .failed(error), milliseconds: 0), [])
    }
    if let missing = session.missingKey(for: order) {
      return (CaseResult(file: file, name: testCase.name, outcome: .failed(missing), milliseconds: 0), [])
    }
    session.includeStack = [ScriptFiles.absolutePath(file)]
    if recording { session.sentRequests = [] }
    let interpreter = Interpreter(session: session, output: output)
    var recorder = CaseTrace.Recorder(interpreter: interpreter, tracesSteps: recording || configuration.tracesSteps)
    var outcome = await recorder.run(order.statements)
    for cleanup in order.cleanups {
      let cleanupOutcome = await recorder.run(cleanup)
      if case .failed = cleanupOutcome, !outcome.isFailure {
        outcome = cleanupOutcome
      }
    }
    let cleanup = await interpreter.cleanUp()
    let result = CaseResult(
      file: file, name: testCase.name, outcome: outcome, milliseconds: (ContinuousClock.now - start).milliseconds,
      trace: recorder.trace, cleanup: cleanup)
    return (result, session.sentRequests ?? [])
  }
}
