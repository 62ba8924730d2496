import Foundation
import SynCatalog
import SynHTTP
import SynLanguage
public import SynRuntime

/// The interactive prompt (language.md section 10): reads statements line by
/// line (`synposter(mock)> `, `...> ` while a JSON literal or block is open),
/// runs them in one session, prints each response, and answers the
/// meta-commands. Failed expectations are reported and the session goes on.
public final class InteractivePrompt {
  let session: Session
  let interpreter: Interpreter
  let output: any OutputSink
  let theme: Theme
  let reader: any LineReader
  var transcript = Transcript()
  /// Whether a history file problem was reported already (once is enough).
  private var reportedHistoryProblem = false

  /// Opens a session on a fresh simulator tenant.
  public static func start(
    configuration: RunConfiguration, output: any OutputSink, theme: Theme, reader: any LineReader
  ) async throws(Interruption) -> InteractivePrompt {
    let session = try await Session.start(configuration: configuration)
    let prompt = InteractivePrompt(session: session, output: output, theme: theme, reader: reader)
    if await session.seedIDs(idSeed) {
      prompt.transcript.idSeed = idSeed
    }
    return prompt
  }

  /// The seed of the prompt's ids: each session sees the same ones, and a
  /// script saved with `:save` starts with `mock seed` to see them again.
  static let idSeed = 1

  init(session: Session, output: any OutputSink, theme: Theme, reader: any LineReader) {
    self.session = session
    self.interpreter = Interpreter(session: session, output: output, theme: theme)
    self.output = output
    self.theme = theme
    self.reader = reader
  }

  /// The history file the prompt uses: `$SYN_HISTORY`, else `~/.syn_history`;
  /// `nil` when `SYN_HISTORY` is set but empty.
  public static func historyPath(environment: [String: String]) -> String? {
    HistoryPolicy.path(environment: environment)
  }

  /// Reads and runs statements until `:quit` or Ctrl-D; returns how syn ends: in success.
  public func run() async -> ExitStatus {
    let backend =
      session.isLive
      ? "syn: statements go over HTTP to \(session.baseURL ?? "the APIs' own servers") (live). "
      : "syn: statements run against the built-in simulator (mock). "
    output.line(theme.paint(backend + ":help lists operations and statements, Tab completes, Ctrl-D leaves.", "2"))
    var pending: [String] = []
    while true {
      let prompt =
        pending.isEmpty ? mainPrompt : theme.isColored ? invisible("\u{1B}[2m") + "...>" + reset + " " : "...> "
      let completer = makeCompleter(pending: pending)
      switch await reader.readLine(prompt: prompt, completer: completer) {
      case .endOfInput:
        await leave()
        return .success
      case .interrupted:
        // Ctrl-C drops the line, and the lines of a statement still open.
        pending = []
        Interrupts.clear()
      case .line(let line):
        if pending.isEmpty {
          let command = line.trimmingBlanks()
          if command.isEmpty { continue }
          if command.hasPrefix(":") || command == "exit" || command == "quit" {
            await remember([line])
            if await perform(command) == .quit {
              await leave()
              return .success
            }
            continue
          }
          if let hint = MetaCommand.hint(forColonless: command) {
            output.line(hint, to: .error)
            continue
          }
        }
        pending.append(line)
        let text = pending.joined(separator: "\n")
        if needsContinuation(text) { continue }
        let lines = pending
        pending = []
        await remember(lines)
        await execute(text, file: "<prompt>")
      }
    }
  }

  private var mainPrompt: String {
    let text = "\(session.api.rawValue)(\(session.isLive ? "live" : "mock"))>"
    return theme.isColored ? invisible("\u{1B}[1;36m") + text + reset + " " : text + " "
  }

  private var reset: String { invisible("\u{1B}[0m") }

  /// Bracketed for libedit (`EL_PROMPT_ESC`): printed, but takes no column.
  private func invisible(_ escape: String) -> String {
    "\u{1}" + escape + "\u{1}"
  }

  /// Tab's view of the session, taken now: the completer runs inside the
  /// line editor and never touches the live session.
  private func makeCompleter(pending: [String]) -> @Sendable (String) -> Completion {
    let context = completionContext()
    let earlier = pending.joined(separator: "\n")
    return { before in
      completions(for: earlier.isEmpty ? before : earlier + "\n" + before, context: context)
    }
  }

  func completionContext() -> CompletionContext {
    let last = session.last
    return CompletionContext(
      api: session.api, catalogs: Catalog.all, variables: session.variables, lastBody: last?.json,
      lastExchange: last?.asJSON, lastHeaderNames: last.map { $0.response.headers.map(\.name) } ?? [],
      environmentNames: Array(session.configuration.environment.keys), files: LocalFiles())
  }

  /// Adds a statement's lines to the history, unless one of them holds a key.
  private func remember(_ lines: [String]) async {
    guard !lines.contains(where: KeyFilter.holdsKey) else { return }
    let entries = HistoryPolicy.entries(for: lines).filter(HistoryPolicy.shouldRecord)
    guard !entries.isEmpty else { return }
    for entry in entries {
      await reader.addHistory(entry)
    }
    // Written after every statement: a killed session loses nothing.
    if let problem = await reader.saveHistory(), !reportedHistoryProblem {
      reportedHistoryProblem = true
      output.line("warning: \(problem)", to: .error)
    }
  }

  private func leave() async {
    if let problem = await reader.saveHistory(), !reportedHistoryProblem {
      output.line("warning: \(problem)", to: .error)
    }
  }

  // MARK: - Running statements

  /// How one statement ended.
  enum Outcome: Sendable {
    case completed
    case stopped(Interruption)
    case interrupted
  }

  /// Parses `text` and runs its statements in order, printing each response;
  /// the first that stops (or Ctrl-C) ends the rest. Statements that ran are
  /// recorded for `:save`.
  func execute(_ text: String, file: String) async {
    let parsed = parseStatements(text, file: file)
    for diagnostic in parsed.diagnostics {
      output.line(diagnostic.rendered, to: .error)
    }
    guard !parsed.diagnostics.contains(where: { $0.severity == .error }) else { return }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for (index, statement) in parsed.statements.enumerated() {
      let previous = session.last
      let api = session.api
      let outcome = await runInterruptibly(statement)
      if let last = session.last, last !== previous {
        output.line(ResponseFormatter.display(last, theme: theme))
      }
      switch outcome {
      case .completed:
        let next = index + 1 < parsed.statements.count ? parsed.statements[index + 1].location.line : nil
        let source = Self.source(of: statement, upTo: next, in: lines)
        if case .expect = statement.kind {
          // A failure prints its report; a pass would otherwise print nothing at all.
          output.line(theme.paint("passed: " + source, "2"))
        }
        transcript.record(source, of: statement, api: api, answer: answer(to: statement, since: previous))
      case .stopped(let interruption):
        output.line(interruption.report, to: .error)
        return
      case .interrupted:
        // After the terminal's own "^C".
        output.line("\ninterrupted", to: .error)
        return
      }
    }
  }

  /// What a request statement that just ran was answered; nil for any other
  /// statement (a `mock` statement, a block), whose answer `:save --expect` does not check.
  private func answer(to statement: Statement, since previous: Exchange?) -> AnswerExpectations? {
    switch statement.kind {
    case .request, .send:
      guard let last = session.last, last !== previous else { return nil }
      return AnswerExpectations(status: last.response.status, body: last.json)
    default:
      return nil
    }
  }

  /// The lines a statement was typed on: from its first line to the line
  /// before the next statement, without `test` lines or trailing blank lines.
  static func source(of statement: Statement, upTo nextLine: Int?, in lines: [String]) -> String {
    let start = min(max(statement.location.line - 1, 0), lines.count)
    let end = min(max((nextLine ?? lines.count + 1) - 1, start), lines.count)
    var slice = lines[start..<end].filter { line in
      let trimmed = line.trimmingBlanks()
      return !(trimmed == "test" || trimmed.hasPrefix("test ") || trimmed.hasPrefix("test\""))
    }
    while let last = slice.last, last.trimmingBlanks().isEmpty || last.trimmingBlanks().hasPrefix("#") {
      slice.removeLast()
    }
    return slice.joined(separator: "\n")
  }

  /// Runs one statement in a task of its own that Ctrl-C cancels (a `sleep`
  /// ends at once; requests already sent complete). A second Ctrl-C while
  /// the first is still being honoured leaves syn.
  private func runInterruptibly(_ statement: Statement) async -> Outcome {
    Interrupts.clear()
    let lent = Lent(interpreter)
    let task = Task { () -> Outcome in
      do throws(Interruption) {
        try await lent.value.run([statement])
        return .completed
      } catch {
        return .stopped(error)
      }
    }
    let watcher = Task {
      var requests = 0
      while !Task.isCancelled {
        if Interrupts.take() {
          requests += 1
          if requests == 1 {
            task.cancel()
          } else {
            ProcessOutput.shared.line("interrupted twice: leaving syn", to: .error)
            ProcessOutput.shared.flush()
            exit(ExitStatus.interrupted.rawValue)
          }
        }
        try? await Task.sleep(for: .milliseconds(20))
      }
    }
    let outcome = await task.value
    watcher.cancel()
    if task.isCancelled, case .completed = outcome {
      return .interrupted
    }
    return outcome
  }
}

/// Lends the session's interpreter to the task that runs one statement. The
/// prompt awaits that task before it touches the session again, so only one
/// task uses them at a time; the compiler cannot see that hand-over, hence
/// `@unchecked`.
private struct Lent<Value>: @unchecked Sendable {
  let value: Value

  init(_ value: Value) {
    self.value = value
  }
}
