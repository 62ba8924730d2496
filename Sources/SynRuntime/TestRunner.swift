import SynLanguage

/// `syn test`: every case of every file, a line per case, and the summary line
/// `N passed, N failed` (`, N skipped` when any were) last.
public struct TestRunner: Sendable {
  public let configuration: RunConfiguration
  public let output: any OutputSink

  public init(configuration: RunConfiguration, output: any OutputSink) {
    self.configuration = configuration
    self.output = output
  }

  public struct Summary: Sendable {
    public var results: [CaseResult]
    /// Files that did not parse; none of their cases ran.
    public var unparsedFiles: [String]

    public var passed: Int { results.filter { if case .passed = $0.outcome { true } else { false } }.count }
    public var skipped: Int { results.filter { if case .skipped = $0.outcome { true } else { false } }.count }
    public var failed: Int { results.count - passed - skipped + unparsedFiles.count }

    /// `3 passed, 1 failed` or `3 passed, 0 failed, 2 skipped`.
    public var line: String {
      "\(passed) passed, \(failed) failed" + (skipped > 0 ? ", \(skipped) skipped" : "")
    }

    public var exitCode: Int32 {
      unparsedFiles.isEmpty ? results.exitCode : 2
    }
  }

  /// Runs `files` (already collected and sorted) in order.
  public func run(files: [String]) async -> Summary {
    var summary = Summary(results: [], unparsedFiles: [])
    let runner = ScriptRunner(configuration: configuration, output: output)
    for file in files {
      let script: Script
      do {
        script = try ScriptFiles.load(file)
      } catch {
        switch error {
        case .unreadable(let message):
          output.line("FAIL  \(file): \(message)")
        case .invalid(let diagnostics):
          output.line("FAIL  \(file) (does not parse)")
          for diagnostic in diagnostics {
            output.line(indent(diagnostic.rendered))
          }
        }
        summary.unparsedFiles.append(file)
        continue
      }
      summary.results += await runner.run(script, stopAtFirstFailure: false) { result in
        report(result)
      }
    }
    output.line(summary.line)
    return summary
  }

  private func report(_ result: CaseResult) {
    let time = "(\(formatMilliseconds(result.milliseconds)) ms)"
    switch result.outcome {
    case .passed:
      output.line("PASS  \(result.file) › \(result.name) \(time)")
    case .skipped(let reason):
      output.line("SKIP  \(result.file) › \(result.name): \(reason)")
    case .failed(let interruption):
      output.line("FAIL  \(result.file) › \(result.name) \(time)")
      output.line(indent(interruption.report))
    }
  }

  private func indent(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
  }
}
