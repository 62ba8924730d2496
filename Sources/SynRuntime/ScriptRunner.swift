public import SynLanguage

/// Runs a script's test cases, each in a fresh session: the prelude, then the case (language.md section 8).
public struct ScriptRunner: Sendable {
  public let configuration: RunConfiguration
  public let output: any OutputSink

  public init(configuration: RunConfiguration, output: any OutputSink) {
    self.configuration = configuration
    self.output = output
  }

  /// The cases of `script`: its `test` cases, or the whole file as one case named after it.
  public static func cases(of script: Script) -> [TestCase] {
    guard !script.cases.isEmpty else {
      return [
        TestCase(
          name: ScriptRunner.caseName(forFile: script.file),
          location: SourceLocation(file: script.file, line: 1, column: 1), body: script.prelude)
      ]
    }
    return script.cases.map { TestCase(name: $0.name, location: $0.location, body: script.prelude + $0.body) }
  }

  /// Runs the script's cases in order. With `stopAtFirstFailure` (what `syn run` wants), the first failure ends the run.
  public func run(_ script: Script, stopAtFirstFailure: Bool) async -> [CaseResult] {
    await run(ScriptRunner.cases(of: script), file: script.file, stopAtFirstFailure: stopAtFirstFailure)
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
      if stopAtFirstFailure, case .failed = result.outcome { break }
    }
    return results
  }

  /// Runs one case in a session of its own.
  public func run(_ testCase: TestCase, file: String) async -> CaseResult {
    let start = ContinuousClock.now
    let outcome: CaseResult.Outcome
    do {
      let session = try await Session.start(configuration: configuration)
      session.includeStack = [ScriptFiles.absolutePath(file)]
      try await Interpreter(session: session, output: output).run(testCase.body)
      outcome = .passed
    } catch .skipped(let reason) {
      outcome = .skipped(reason: reason)
    } catch {
      outcome = .failed(error)
    }
    return CaseResult(
      file: file, name: testCase.name, outcome: outcome, milliseconds: (ContinuousClock.now - start).milliseconds)
  }

  static func caseName(forFile file: String) -> String {
    let base = file.split(separator: "/").last.map(String.init) ?? file
    return base.hasSuffix(".syn") ? String(base.dropLast(4)) : base
  }
}
