import ArgumentParser
import SynRuntime

struct RunCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run scripts; stop at the first failure.",
    discussion: """
      Each test case (or the whole file, when it has no `test` lines) runs in a fresh simulator tenant.
      `syn FILE...` does the same; the file `-` is standard input.
      """
  )

  @OptionGroup var options: CommonOptions

  @Argument(help: "The .syn files to run, in order; - reads standard input.")
  var files: [String]

  func run() async throws {
    try await Self.run(files, options: options)
  }

  /// Runs `files` in order, stopping at the first that fails; every file must exist before the first runs.
  static func run(_ files: [String], options: CommonOptions) async throws {
    let output = ProcessOutput.shared
    try FileArguments.requireExisting(files, output: output)
    let runner = ScriptRunner(configuration: options.configuration(announcingOn: output), output: output)
    for file in files {
      guard let script = ScriptLoader.load(file, output: output) else { throw ExitCode(.parseError) }
      let status = await runner.runReporting(script)
      if status != .success { throw ExitCode(status) }
    }
  }
}
