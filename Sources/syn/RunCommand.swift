import ArgumentParser
import SynLanguage
import SynRuntime

struct RunCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run scripts; stop at the first failure.",
    discussion: """
      Each test case (or the whole file, when it has no `test` lines) runs in a fresh simulator tenant.
      `syn FILE...` does the same; the file `-` is standard input.

      --record FILE writes every request and response as a HAR 1.2 file (one
      page per file, keys hidden), also when the run fails or is stopped.
      --backend replay --cassette FILE answers from such a recording instead of
      sending anything. docs/live.md tells how requests are matched.

      --cleanup (also `syn --cleanup FILE`) deletes, after each case and its `finally`,
      what it created and did not delete itself, and prints a `cleanup:` line for the case
      on standard error. Off by default: a workflow creates on purpose. See `syn help test`
      and docs/live.md.
      """
  )

  @OptionGroup var options: CommonOptions

  @OptionGroup var cleanup: CleanupOption

  @Argument(help: "The .syn files to run, in order; - reads standard input.", completion: .file(extensions: ["syn"]))
  var files: [String]

  func run() async throws {
    try await Self.run(files, options: options, cleanup: cleanup.isOn(byDefault: false))
  }

  /// Runs `files` in order, stopping at the first that fails; every file must exist before the first runs.
  static func run(_ files: [String], options: CommonOptions, cleanup: Bool) async throws {
    let output = ProcessOutput.shared
    try FileArguments.requireExisting(files, output: output)
    // Every file is read and checked before the first statement runs: a typo in the last file sends nothing.
    var configuration = try options.configuration(announcingOn: output, recording: .perFile)
    configuration.cleanup = cleanup
    configuration.tracesSteps = false  // no HTML report here
    var scripts: [Script] = []
    for file in files {
      guard let script = ScriptLoader.load(file, definedVariables: Set(configuration.variables.keys), output: output)
      else { throw ExitCode(.parseError) }
      scripts.append(script)
    }
    let runner = ScriptRunner(configuration: configuration, output: output)
    try await RunRecording.around(configuration, path: options.record, output: output) {
      for script in scripts {
        let status = await runner.runReporting(script)
        if status != .success { throw ExitCode(status) }
      }
    }
  }
}
