import ArgumentParser
import SynLanguage
import SynRuntime

/// `syn fmt`: rewrites scripts in the canonical layout (docs/language.md, "Formatting").
struct FmtCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fmt",
    abstract: "Lay out scripts in the canonical format.",
    discussion: """
      Indents blocks two spaces a level, puts one space between items, lays out JSON literals that span \
      lines the way `show` prints JSON, keeps comments and single blank lines, and drops quotes where \
      they change nothing (test names, error codes, header names). It never changes what a script does.

      Files are rewritten in place; unchanged files are not touched. With --check nothing is written: \
      the files that would change are listed and the exit code is 1 (0 when none would). `-` reads \
      standard input and writes the result to standard output. A file that does not parse is left as \
      it is: its errors are printed and the exit code is 2, as for `syn check`.
      """
  )

  @Flag(help: "Write nothing; list the files that would change and exit 1 if any would.")
  var check = false

  @Argument(
    help: "The .syn files and directories (*.syn, recursively) to format; - for standard input.",
    completion: .file(extensions: ["syn"]))
  var paths: [String]

  func run() throws {
    let output = ProcessOutput.shared
    try FileArguments.requireExisting(paths, output: output)
    var files: [String] = []
    do {
      for path in paths {
        files += path == ScriptLoader.standardInput ? [path] : try ScriptFiles.collect([path])
      }
    } catch {
      output.line("error: \(error.message)", to: .error)
      throw ExitCode(.usageError)
    }
    var failed = false
    var changed = false
    for file in files {
      switch format(file, output: output) {
      case .failed: failed = true
      case .changed: changed = true
      case .unchanged: break
      }
    }
    if failed { throw ExitCode(.parseError) }
    if check, changed { throw ExitCode.failure }
  }

  private enum Outcome {
    case unchanged, changed, failed
  }

  /// Formats one file (or standard input), printing its errors when it cannot.
  private func format(_ file: String, output: any OutputSink) -> Outcome {
    let fromInput = file == ScriptLoader.standardInput
    let name = fromInput ? "<stdin>" : file
    let source: String
    do {
      source = fromInput ? ScriptLoader.readStandardInput() : try ScriptFiles.read(file)
    } catch {
      output.line("\(file): error: \(error.message)", to: .error)
      return .failed
    }
    let formatted: String
    do {
      formatted = try ScriptFormatter.format(source, file: name)
    } catch {
      for diagnostic in error.diagnostics { output.line(diagnostic.rendered, to: .error) }
      return .failed
    }
    let outcome: Outcome = formatted == source ? .unchanged : .changed
    if check {
      if outcome == .changed { output.line(name) }
    } else if fromInput {
      output.write(formatted, to: .standard)
    } else if outcome == .changed {
      do {
        try ScriptFiles.writeAtomically(Array(formatted.utf8), to: file)
      } catch {
        output.line("\(file): error: \(error.message)", to: .error)
        return .failed
      }
    }
    return outcome
  }
}
