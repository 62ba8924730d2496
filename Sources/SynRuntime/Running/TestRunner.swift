import SynLanguage
import Synchronization

/// `syn test`: runs files in parallel (cases within a file in order, each in
/// its own simulator tenant), prints each file's lines when it finishes, and
/// ends with `N passed, N failed` (`, N skipped` when any were).
public struct TestRunner: Sendable {
  public let configuration: RunConfiguration
  public let options: TestOptions
  public let output: any OutputSink

  public init(configuration: RunConfiguration, options: TestOptions = TestOptions(), output: any OutputSink) {
    self.configuration = configuration
    self.options = options
    self.output = output
  }

  public struct Summary: Sendable {
    /// One report per file, in the order the files were given.
    public var files: [FileReport]
    /// How long the run took by the clock on the wall (files run in parallel).
    public var milliseconds: Double = 0

    public var results: [CaseResult] { files.flatMap(\.results) }
    public var passed: Int { files.reduce(0) { $0 + $1.passed } }
    public var failed: Int { files.reduce(0) { $0 + $1.failed } }
    public var skipped: Int { files.reduce(0) { $0 + $1.skipped } }

    /// Every resource the cleanup after a case tried to remove.
    public var cleanup: [CleanupRecord] { results.flatMap(\.cleanup) }

    /// `3 passed, 1 failed` or `3 passed, 0 failed, 2 skipped`; after a cleanup,
    /// `; cleanup: 4 deleted, 1 not deleted` (a leak fails no case, but is counted).
    public var line: String {
      let cases = "\(passed) passed, \(failed) failed" + (skipped > 0 ? ", \(skipped) skipped" : "")
      let cleanup = self.cleanup
      guard !cleanup.isEmpty else { return cases }
      let counts = [CleanupRecord.Outcome.deleted, .alreadyGone, .notDeleted].compactMap { outcome in
        let count = cleanup.count { $0.outcome == outcome }
        return outcome == .deleted || count > 0 ? "\(count) \(outcome.rawValue)" : nil
      }
      return cases + "; cleanup: " + counts.joined(separator: ", ")
    }

    /// A parse error when a file did not load (unreadable or not parsing), else as the gravest case failure.
    public var exitStatus: ExitStatus {
      files.contains { $0.loadFailure != nil } ? .parseError : results.exitStatus
    }
  }

  public func run(_ selections: [TestSelection]) async -> Summary {
    let start = ContinuousClock.now
    let selected = options.shard?.select(selections) ?? selections
    // Every file is read and checked before the first case runs: one that does
    // not load refuses the whole run, so nothing is sent. Files load `--jobs`
    // at a time: on 2 cores a serial load was a third of a quick suite's time.
    let definedVariables = Set(configuration.variables.keys)
    let loads = await BoundedParallel.map(selected.count, jobs: options.jobs) { index in
      Swift.Result { () throws(ScriptFiles.LoadError) in
        try ScriptFiles.loadChecked(selected[index].file, definedVariables: definedVariables)
      }
    }
    var scripts: [Script] = []
    var refused: [FileReport] = []
    for (selection, load) in zip(selected, loads) {
      switch load {
      case .success(let (script, warnings)):
        for warning in warnings { output.line(warning.rendered, to: .error) }
        scripts.append(script)
      case .failure(let error):
        let captured = CapturedOutput()
        let failure = describe(error, to: captured, file: selection.file)
        output.write(captured.standard, to: .standard)
        refused.append(FileReport(file: selection.file, results: [], loadFailure: failure, milliseconds: 0))
      }
    }
    guard refused.isEmpty else {
      let summary = Summary(files: refused)
      output.line("nothing ran: \(refused.count) file\(refused.count == 1 ? "" : "s") did not pass the checks")
      return summary
    }
    let stop = StopSignal()
    var reports: [Int: FileReport] = [:]
    await BoundedParallel.forEach(
      selected.count, jobs: options.jobs, shouldStart: { !stop.isRaised },
      work: { [scripts] index in await run(selected[index], scripts[index], stop: stop) },
      finished: { index, report in
        reports[index] = report
        if options.failFast, report.failed > 0 { stop.raise() }
      })
    let summary = Summary(
      files: selected.indices.compactMap { reports[$0] }, milliseconds: (ContinuousClock.now - start).milliseconds)
    output.line(summary.line)
    return summary
  }

  /// Runs one file, collecting its output so that parallel files never interleave.
  private func run(_ selection: TestSelection, _ script: Script, stop: StopSignal) async -> FileReport {
    let start = ContinuousClock.now
    let captured = CapturedOutput()
    var report = FileReport(file: selection.file, results: [], loadFailure: nil, milliseconds: 0)
    let cases = script.runnableCases.filter { isSelected($0, in: script, by: selection) }
    let runner = ScriptRunner(configuration: configuration, output: captured)
    report.results = await runner.run(
      cases, file: selection.file, stopAtFirstFailure: options.failFast,
      isCancelled: { stop.isRaised },
      onResult: { result in TestRunner.describe(result, to: captured) })
    report.milliseconds = (ContinuousClock.now - start).milliseconds
    output.write(captured.standard, to: .standard)
    if !captured.error.isEmpty {
      output.write(captured.error, to: .error)
    }
    return report
  }

  private func isSelected(_ testCase: TestCase, in script: Script, by selection: TestSelection) -> Bool {
    if let filter = options.filter, !testCase.name.contains(filter) { return false }
    guard let line = selection.line, !script.cases.isEmpty else { return true }
    // The case a line belongs to: the last `test` line at or above it.
    let owner = script.cases.last { $0.location.line <= line }
    return owner.map { $0.location.line == testCase.location.line } ?? true
  }

  private func describe(_ error: ScriptFiles.LoadError, to sink: CapturedOutput, file: String) -> String {
    switch error {
    case .unreadable(let message):
      sink.line("FAIL  \(file): \(message)")
      return message
    case .invalid(let diagnostics), .failsCheck(let diagnostics):
      let reason = if case .invalid = error { "does not parse" } else { "does not pass syn check" }
      sink.line("FAIL  \(file) (\(reason))")
      let text = diagnostics.map(\.rendered).joined(separator: "\n")
      sink.line(TestRunner.indent(text))
      return text
    }
  }

  private static func describe(_ result: CaseResult, to sink: CapturedOutput) {
    let time = "(\(formatMilliseconds(result.milliseconds)) ms)"
    switch result.outcome {
    case .passed:
      sink.line("PASS  \(result.file) › \(result.name) \(time)")
    case .skipped(let reason):
      sink.line("SKIP  \(result.file) › \(result.name): \(reason)")
    case .failed:
      sink.line("FAIL  \(result.file) › \(result.name) \(time)")
    }
    if let report = result.failureReport {
      sink.line(indent(report))
    }
    if let cleanup = result.cleanup.line {
      sink.line(indent(cleanup))
    }
  }

  private static func indent(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
  }
}

/// Raised once to tell every running file to start no further case (`--fail-fast`).
private final class StopSignal: Sendable {
  private let raised = Mutex(false)

  var isRaised: Bool { raised.withLock { $0 } }

  func raise() {
    raised.withLock { $0 = true }
  }
}
