import Foundation
import SynREPL
import SynRuntime

/// `syn` with no command: statements from standard input, run in one session.
///
/// Not a terminal: the input is a script (no prompt, no history), with
/// `syn run`'s exit codes. A terminal gets the interactive prompt of
/// language.md section 10 (SynREPL): libedit line editing, history,
/// completion and meta-commands.
struct Prompt {
  let configuration: RunConfiguration
  let output: any OutputSink
  /// `--no-color`: plain output even on a terminal.
  var noColor = false

  func run() async -> ExitStatus {
    guard isatty(STDIN_FILENO) == 1 else {
      return await runScript()
    }
    return await interactive()
  }

  private func runScript() async -> ExitStatus {
    guard
      let script = ScriptLoader.load(
        ScriptLoader.standardInput, definedVariables: Set(configuration.variables.keys), output: output)
    else { return .parseError }
    return await ScriptRunner(configuration: configuration, output: output).runReporting(script)
  }

  private func interactive() async -> ExitStatus {
    let theme = Theme.detect(noColorFlag: noColor, environment: configuration.environment)
    let reader: any LineReader
    if TerminalLineReader.isAvailable {
      // Before the first read: without a handler, Ctrl-C would end syn.
      Interrupts.installHandler()
      reader = await TerminalLineReader(
        historyPath: InteractivePrompt.historyPath(environment: configuration.environment))
    } else {
      reader = await PlainLineReader(output: output)
    }
    // The prompt prints every response already.
    var configuration = configuration
    configuration.showResponses = false
    do {
      let prompt = try await InteractivePrompt.start(
        configuration: configuration, output: output, theme: theme, reader: reader)
      return await prompt.run()
    } catch {
      output.line(error.report, to: .error)
      return error.exitStatus
    }
  }
}
