import ArgumentParser
import SynLanguage
import SynRuntime

struct RunCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run scripts; stop at the first failure.",
    discussion: "Each test case (or the whole file, when it has no `test` lines) runs in a fresh simulator tenant."
  )

  @OptionGroup var options: CommonOptions

  @Argument(help: "The .syn files to run, in order.")
  var files: [String]

  func run() async throws {
    let output = ProcessOutput.shared
    let runner = ScriptRunner(configuration: options.configuration(), output: output)
    for file in files {
      guard let script = ScriptLoader.load(file, output: output) else { throw ExitCode(.parseError) }
      let results = await runner.run(script, stopAtFirstFailure: true)
      for result in results {
        switch result.outcome {
        case .failed(let interruption): output.line(interruption.report, to: .error)
        case .skipped(let reason): output.line("\(file): \(result.name): skipped: \(reason)", to: .error)
        case .passed: break
        }
      }
      let status = results.exitStatus
      if status != .success { throw ExitCode(status) }
    }
  }
}

/// Reads and parses a script, printing every diagnostic when it does not parse.
enum ScriptLoader {
  static func load(_ file: String, output: any OutputSink) -> Script? {
    do {
      return try ScriptFiles.load(file)
    } catch {
      switch error {
      case .unreadable(let message):
        output.line("\(file): error: \(message)", to: .error)
      case .invalid(let diagnostics):
        for diagnostic in diagnostics {
          output.line(diagnostic.rendered, to: .error)
        }
      }
      return nil
    }
  }
}
