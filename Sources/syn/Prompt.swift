import Foundation
import SynLanguage
import SynRuntime

/// `syn` with no command: statements from standard input, run in one session.
///
/// Not a terminal: the input is a script (no prompt), with `syn run`'s exit
/// codes. A terminal gets a plain prompt; line editing and history are the
/// libedit prompt's job.
struct Prompt {
  let configuration: RunConfiguration
  let output: any OutputSink

  func run() async -> Int32 {
    let interactive = isatty(STDIN_FILENO) == 1
    guard interactive else {
      var source = ""
      while let line = readLine(strippingNewline: false) {
        source += line
      }
      let parsed = parseScript(source, file: "<stdin>")
      guard parsed.diagnostics.isEmpty else {
        parsed.diagnostics.forEach { output.line($0.rendered, to: .error) }
        return 2
      }
      let runner = ScriptRunner(configuration: configuration, output: output)
      let results = await runner.run(parsed.script, stopAtFirstFailure: true)
      for case .failed(let interruption) in results.map(\.outcome) {
        output.line(interruption.report, to: .error)
      }
      return results.exitCode
    }
    return await interactiveLoop()
  }

  private func interactiveLoop() async -> Int32 {
    let session: Session
    do {
      session = try await Session.start(configuration: configuration)
    } catch {
      output.line(error.report, to: .error)
      return error.exitCode
    }
    let interpreter = Interpreter(session: session, output: output)
    var pending = ""
    var lineNumber = 0
    while true {
      output.write(pending.isEmpty ? "\(session.api.rawValue)(mock)> " : "...> ", to: .standard)
      guard let line = readLine() else {
        output.line("")
        return 0
      }
      lineNumber += 1
      if pending.isEmpty, [":quit", ":q", "exit"].contains(line.trimmingCharacters(in: .whitespaces)) {
        return 0
      }
      pending += pending.isEmpty ? line : "\n" + line
      if needsContinuation(pending) { continue }
      let parsed = parseStatements(pending, file: "<prompt>")
      pending = ""
      guard parsed.diagnostics.isEmpty else {
        parsed.diagnostics.forEach { output.line($0.rendered, to: .error) }
        continue
      }
      do {
        try await interpreter.run(parsed.statements)
        if parsed.statements.contains(where: \.isRequest), let last = session.last {
          interpreter.printResponse(last)
        }
      } catch {
        output.line(error.report, to: .error)
      }
    }
  }
}
