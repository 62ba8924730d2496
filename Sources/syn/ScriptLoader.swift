import SynLanguage
import SynRuntime

/// Reads and parses a script, printing every diagnostic when it does not parse.
enum ScriptLoader {
  /// The file argument that stands for standard input (`syn run -`).
  static let standardInput = "-"

  /// The script in `file`, or on standard input for `-`; nil when it cannot be read, does not parse or
  /// fails the checks of `syn check`, whose warnings are printed either way.
  static func load(_ file: String, definedVariables: Set<String>, output: any OutputSink) -> Script? {
    if file == standardInput {
      return parse(readStandardInput(), file: "<stdin>", definedVariables: definedVariables, output: output)
    }
    do {
      return try checked(ScriptFiles.load(file), definedVariables: definedVariables, output: output)
    } catch {
      report(error, file: file, output: output)
      return nil
    }
  }

  /// `source` parsed and checked as the script `file` (`definedVariables`: those `--var` defines); nil, with its diagnostics printed, when it does
  /// not parse or fails the checks.
  static func parse(_ source: String, file: String, definedVariables: Set<String>, output: any OutputSink) -> Script? {
    let result = parseScript(source, file: file)
    guard result.diagnostics.isEmpty else {
      report(result.diagnostics, output: output)
      return nil
    }
    do {
      return try checked(result.script, definedVariables: definedVariables, output: output)
    } catch {
      report(error, file: file, output: output)
      return nil
    }
  }

  /// `script` once `syn check` finds no error in it; its warnings are printed.
  private static func checked(_ script: Script, definedVariables: Set<String>, output: any OutputSink)
    throws(ScriptFiles.LoadError) -> Script
  {
    report(try ScriptFiles.check(script, definedVariables: definedVariables), output: output)
    return script
  }

  private static func report(_ error: ScriptFiles.LoadError, file: String, output: any OutputSink) {
    switch error {
    case .unreadable(let message):
      output.line("\(file): error: \(message)", to: .error)
    case .invalid(let diagnostics), .failsCheck(let diagnostics):
      report(diagnostics, output: output)
    }
  }

  static func readStandardInput() -> String {
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
