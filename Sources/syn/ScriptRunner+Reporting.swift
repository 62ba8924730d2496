import SynLanguage
import SynRuntime

extension ScriptRunner {
  /// Runs `script` as `syn run` does, up to its first failure, reporting failed and skipped cases
  /// on standard error; returns how the run ends.
  func runReporting(_ script: Script) async -> ExitStatus {
    let results = await run(script, stopAtFirstFailure: true)
    for result in results {
      if let report = result.failureReport {
        output.line(report, to: .error)
      }
      if case .skipped(let reason) = result.outcome {
        output.line("\(script.file): \(result.name): skipped: \(reason)", to: .error)
      }
      if let cleanup = result.cleanup.line {
        output.line("\(script.file): \(result.name): \(cleanup)", to: .error)
      }
    }
    return results.exitStatus
  }
}
