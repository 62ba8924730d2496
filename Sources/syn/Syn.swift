import ArgumentParser
import Foundation
import SynLive
import SynRuntime

/// `syn`: the entry point. Usage errors exit 1, as language.md section 9 specifies.
@main
struct Syn: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "syn",
    abstract: "A scriptable shell and test runner for the Synposter and Synup APIs.",
    usage: """
      syn [<options>] [-c <statements>]
      syn [<options>] <file> ...
      syn <subcommand>
      """,
    discussion: """
      With no command, syn reads statements from standard input (a script) or,
      on a terminal, prompts for them. `syn FILE...` runs files as `syn run`
      does; `syn -c 'get usage'` runs the statements given and prints each
      response. Statements run against the built-in simulator: no key, no
      network.

      Exit codes: 0 success, 1 usage error, 2 parse error, 3 runtime error,
      4 a failed expectation.
      """,
    version: SynVersion.current,
    subcommands: [
      RunCommand.self, TestCommand.self, CheckCommand.self, FmtCommand.self, ServeCommand.self, LSPCommand.self,
    ]
  )

  @OptionGroup var options: RootOptions

  /// Parsed only to refuse it clearly: with files, `ImplicitRun` hands it to `run`. Refused in `run()`,
  /// not `validate()`: argument-parser also gives the root a flag that follows `run`.
  @OptionGroup(visibility: .hidden) var cleanup: CleanupOption

  mutating func run() async throws {
    if cleanup.cleanup != nil {
      throw ValidationError(
        "--cleanup and --no-cleanup go with files (syn --cleanup FILE, syn run, syn test);"
          + " statements given with -c or at the prompt are never cleaned up after")
    }
    let output = ProcessOutput.shared
    var configuration = try options.common.configuration(announcingOn: output, recording: .perFile)
    let record = options.common.record
    if let statements = options.statements {
      configuration.showResponses = true
      guard
        let script = ScriptLoader.parse(
          statements, file: "<command>", definedVariables: Set(configuration.variables.keys), output: output)
      else {
        throw ExitCode(.parseError)
      }
      let runner = ScriptRunner(configuration: configuration, output: output)
      throw ExitCode(
        try await RunRecording.around(configuration, path: record, output: output) {
          await runner.runReporting(script)
        })
    }
    let prompt = Prompt(configuration: configuration, output: output, noColor: options.common.noColor)
    throw ExitCode(
      try await RunRecording.around(configuration, path: record, output: output, handlingSignals: false) {
        await prompt.run()
      })
  }

  static func main() async {
    defer { ProcessOutput.shared.flush() }
    do {
      var command = try parseAsRoot(ImplicitRun.rewrite(Array(CommandLine.arguments.dropFirst())))
      if var asyncCommand = command as? any AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
      await SharedHTTPClient.shutdown()
    } catch {
      await SharedHTTPClient.shutdown()
      let code = exitCode(for: error)
      // argument-parser reports usage errors as EX_USAGE (64); syn's contract says 1.
      ProcessOutput.shared.flush()
      if code == .validationFailure {
        ProcessOutput.shared.line(fullMessage(for: error), to: .error)
        Foundation.exit(ExitStatus.usageError.rawValue)
      }
      exit(withError: error)
    }
  }
}

extension ExitCode {
  init(_ status: ExitStatus) {
    self.init(rawValue: status.rawValue)
  }
}
