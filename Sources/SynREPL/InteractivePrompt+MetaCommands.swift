import CEditLine
import Foundation
import SynCatalog
import SynHTTP
import SynJSON
import SynLanguage
import SynRuntime

/// `:help`, `:vars`, `:last`, `:curl`, `:save`, `:load`, `:history`, `:quit`.
extension InteractivePrompt {
  enum Next {
    case proceed
    case quit
  }

  /// Runs the meta-command on `line` (which starts with `:`, or is `exit`/`quit`).
  func perform(_ line: String) async -> Next {
    if line == "exit" || line == "quit" { return .quit }
    switch MetaCommand.parse(line) {
    case .failure(let error):
      output.line("error: \(error.message)", to: .error)
    case .success(.quit):
      return .quit
    case .success(.help(let topic)):
      let help = HelpText(catalogs: Catalog.all, api: session.api, width: terminalWidth)
      switch help.render(topic) {
      case .success(let text):
        if !Pager(environment: session.configuration.environment).page(text) { output.line(text) }
      case .failure(let error): output.line("error: \(error.message)", to: .error)
      }
    case .success(.vars):
      output.line(variablesText())
    case .success(.last):
      guard let last = session.last else {
        output.line("no request has run yet", to: .error)
        break
      }
      output.write(
        ResponseFormatter.verbose(last.request) + ResponseFormatter.verbose(last, theme: theme), to: .standard)
    case .success(.curl(let showsKey)):
      guard let last = session.last else {
        output.line("no request has run yet", to: .error)
        break
      }
      let command = CurlCommand(
        request: last.request, baseURL: session.baseURL, api: last.api,
        environment: session.configuration.environment, showsKey: showsKey)
      output.line(command.text)
    case .success(.save(let file, let expectations)):
      save(to: file, expectations: expectations)
    case .success(.load(let file)):
      await load(file)
    case .success(.history):
      let entries = await reader.history()
      let width = String(entries.count).count
      output.line(
        entries.isEmpty
          ? "the history is empty"
          : entries.enumerated().map { index, entry in
            String(repeating: " ", count: width - String(index + 1).count) + "\(index + 1)  \(entry)"
          }.joined(separator: "\n"))
    }
    return .proceed
  }

  /// The terminal's width in columns, or nil when standard output is not a terminal.
  var terminalWidth: Int? {
    let columns = Int(ceditline_terminal_columns())
    return columns > 0 ? columns : nil
  }

  /// `$name = value` per variable, by name; long values cut, keys masked.
  func variablesText() -> String {
    let variables = session.variables
    guard !variables.isEmpty else {
      return "no variables yet: bind one with `as NAME` after a request, or `let NAME = VALUE`"
    }
    let limit = 160
    return variables.keys.sorted().map { name in
      var text = KeyMask.abbreviating(variables[name]?.compactText ?? "null")
      if text.count > limit { text = String(text.prefix(limit)) + "…" }
      return "$\(name) = \(text)"
    }.joined(separator: "\n")
  }

  /// Writes the statements that ran as a script, with the expectations each answer met if asked.
  func save(to file: String, expectations: Bool) {
    let path = Self.expandingHome(file)
    let text = transcript.script(variables: session.configuration.variables, expectations: expectations)
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
      let count = transcript.entries.count
      let added = expectations ? transcript.expectationCount : 0
      let what =
        "\(count) statement\(count == 1 ? "" : "s")"
        + (expectations ? " and \(added) expectation\(added == 1 ? "" : "s")" : "")
      output.line("saved \(what) to \(file); replay: syn run \(file)")
    } catch {
      output.line("error: cannot write \(file): \(error.localizedDescription)", to: .error)
    }
  }

  /// Runs a script's statements in this session, as if typed.
  func load(_ file: String) async {
    let path = Self.expandingHome(file)
    let source: String
    do {
      source = try ScriptFiles.read(path)
    } catch {
      output.line("error: cannot load \(file): \(error.message)", to: .error)
      return
    }
    await execute(source, file: file)
  }

  static func expandingHome(_ path: String) -> String {
    path == "~" || path.hasPrefix("~/") ? NSHomeDirectory() + path.dropFirst() : path
  }
}
