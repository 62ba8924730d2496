import SynLanguage
import SynRuntime

/// Reads and parses a script, printing every diagnostic when it does not parse.
enum ScriptLoader {
  /// The file argument that stands for standard input (`syn run -`).
  static let standardInput = "-"

  /// The script in `file`, or on standard input for `-`; nil when it cannot be read or does not parse.
  static func load(_ file: String, output: any OutputSink) -> Script? {
    if file == standardInput {
      return parse(readStandardInput(), file: "<stdin>", output: output)
    }
    do {
      return try ScriptFiles.load(file)
    } catch {
      switch error {
      case .unreadable(let message):
        output.line("\(file): error: \(message)", to: .error)
      case .invalid(let diagnostics):
        report(diagnostics, output: output)
      }
      return nil
    }
  }

  /// `source` parsed as the script `file`; nil, with its diagnostics printed, when it does not parse.
  static func parse(_ source: String, file: String, output: any OutputSink) -> Script? {
    let result = parseScript(source, file: file)
    guard result.diagnostics.isEmpty else {
      report(result.diagnostics, output: output)
      return nil
    }
    return result.script
  }

  private static func readStandardInput() -> String {
    var source = ""
    while let line = readLine(strippingNewline: false) {
      source += line
    }
    return source
  }

  private static func report(_ diagnostics: [Diagnostic], output: any OutputSink) {
    for diagnostic in diagnostics {
      output.line(diagnostic.rendered, to: .error)
    }
  }
}
