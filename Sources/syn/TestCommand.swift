import ArgumentParser
import SynRuntime

struct TestCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "test",
    abstract: "Run files and directories (*.syn, recursively) as test suites.",
    discussion: "Prints a line per case and, last, `N passed, N failed` (`, N skipped` when any were)."
  )

  @OptionGroup var options: CommonOptions

  @Argument(help: "Files and directories to test.")
  var paths: [String]

  func run() async throws {
    let output = ProcessOutput.shared
    let files: [String]
    do {
      files = try ScriptFiles.collect(paths)
    } catch {
      output.line("error: \(error.message)", to: .error)
      throw ExitCode(1)
    }
    let summary = await TestRunner(configuration: options.configuration(), output: output).run(files: files)
    if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
  }
}
