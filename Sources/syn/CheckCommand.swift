import ArgumentParser
import SynLanguage
import SynRuntime

struct CheckCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Parse scripts without running them and report every error.",
    discussion: """
      Also checks what run and test check before sending anything: each `VERB NOUN` names an operation of \
      the API active at that line, and each $variable is bound somewhere (let, as, for, repeat or --var). \
      Unknown fields and missing required fields are warnings.
      """
  )

  @Argument(
    help: "The .syn files and directories (*.syn, recursively) to check.", completion: .file(extensions: ["syn"]))
  var paths: [String]

  @Option(name: .customLong("var"), help: ArgumentHelp("A variable the run will define.", valueName: "name=value"))
  var variables: [String] = []

  func run() async throws {
    let output = ProcessOutput.shared
    try FileArguments.requireExisting(paths, output: output)
    let files: [String]
    do {
      files = try ScriptFiles.collect(paths)
    } catch {
      output.line("error: \(error.message)", to: .error)
      throw ExitCode(.usageError)
    }
    let defined = Set(CommonOptions.defined(variables).keys)
    var errors = 0
    for file in files {
      let source: String
      do {
        source = try ScriptFiles.read(file)
      } catch {
        output.line("\(file): error: \(error.message)", to: .error)
        errors += 1
        continue
      }
      let result = parseScript(source, file: file)
      let diagnostics = result.diagnostics + StaticChecker.check(result.script, definedVariables: defined)
      for diagnostic in diagnostics.sorted(by: { $0.location.line < $1.location.line }) {
        output.line(diagnostic.rendered, to: .error)
      }
      errors += diagnostics.filter { $0.severity == .error }.count
    }
    if errors > 0 {
      output.line("\(errors) error\(errors == 1 ? "" : "s")", to: .error)
      throw ExitCode(.parseError)
    }
  }
}
