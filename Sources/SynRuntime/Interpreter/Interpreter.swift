import SynCatalog
import SynJSON
public import SynLanguage

/// Runs statements in a session. One interpreter serves one session.
public final class Interpreter {
  public let session: Session
  let output: any OutputSink
  /// How `show` dresses what it prints: plain in scripts, colored at a prompt on a terminal.
  let theme: Theme

  public init(session: Session, output: any OutputSink, theme: Theme = .plain) {
    self.session = session
    self.output = output
    self.theme = theme
  }

  /// Runs `statements` in order; throws at the first that stops the case.
  /// In a cancelled task no further statement runs, in loops too: the prompt
  /// cancels the task of a line on Ctrl-C and reports the line interrupted.
  public func run(_ statements: [Statement]) async throws(Interruption) {
    for statement in statements {
      guard !Task.isCancelled else { return }
      try await run(statement)
    }
  }

  func run(_ statement: Statement) async throws(Interruption) {
    switch statement.kind {
    case .request(let request):
      try await perform(request, of: statement)
      showResponseIfAsked()
    case .send(let request):
      try await perform(request, of: statement)
      showResponseIfAsked()
    case .expect(let expectation):
      try check(expectation, of: statement)
    case .assign(let name, let value):
      session.variables[name] = try require(value, in: statement)
    case .use(let api):
      try use(api: api, in: statement)
    case .backend(let kind, let url):
      try await switchBackend(to: kind, url: url, in: statement)
    case .set(let name, let value):
      try set(name, to: value, in: statement)
    case .include(let path):
      try await include(path, from: statement)
    case .repeat(let count, let body):
      try await repeatBody(body, times: count, in: statement)
    case .forEach(let name, let source, let body):
      try await forEach(name, in: source, body: body, of: statement)
    case .finally:
      // The script runner sets finally blocks aside before a case starts and runs them at its end.
      throw .runtimeError(.runtime(at: statement, "finally belongs at the top level of a test case or its prelude"))
    case .print(let values):
      var words: [String] = []
      for value in values {
        words.append(text(of: try require(value, in: statement)))
      }
      output.line(words.joined(separator: " "))
    case .show(let value):
      try show(value, in: statement)
    case .sleep(let milliseconds):
      try? await Task.sleep(for: .milliseconds(milliseconds))
    case .skip(let reason):
      throw .skipped(reason: try words(reason, in: statement) ?? "skipped")
    case .fail(let message):
      let explanation = try words(message, in: statement) ?? "fail"
      throw .expectationFailed(
        ExpectationFailure(location: statement.location, statement: statement.text, details: [("message", explanation)])
      )
    case .mock(let command):
      try await perform(command, of: statement)
    }
  }

  /// `--show-responses`: the response just received, as `show` prints it.
  private func showResponseIfAsked() {
    guard session.configuration.showResponses, let last = session.last else { return }
    output.line(ResponseFormatter.display(last, theme: theme))
  }

  /// The text of an optional message value (`skip "reason"`).
  private func words(_ value: Value?, in statement: Statement) throws(Interruption) -> String? {
    guard let value else { return nil }
    return text(of: try require(value, in: statement))
  }

  private func use(api name: String, in statement: Statement) throws(Interruption) {
    guard let api = APIName(rawValue: name) else {
      throw .runtimeError(.runtime(at: statement, "unknown API '\(name)'; use synposter or synup"))
    }
    session.api = api
  }

  private func repeatBody(_ body: [Statement], times count: Value, in statement: Statement) async throws(Interruption) {
    let countValue = try require(count, in: statement)
    guard case .number(let number) = countValue, let times = number.intValue, times >= 0 else {
      throw .runtimeError(.runtime(at: statement, "repeat needs a count of 0 or more, got \(countValue.compactText)"))
    }
    let saved = session.variables["i"]
    defer { session.variables["i"] = saved }
    for index in 0..<times {
      guard !Task.isCancelled else { return }
      session.variables["i"] = .number(JSONNumber(index + 1))
      try await run(body)
    }
  }

  private func show(_ value: Value?, in statement: Statement) throws(Interruption) {
    if let value {
      output.line(theme.pretty(try require(value, in: statement)))
      return
    }
    guard let last = session.last else {
      throw .runtimeError(.runtime(at: statement, "nothing to show: no request has run yet"))
    }
    output.line(ResponseFormatter.display(last, theme: theme))
  }
}

/// How a value prints in `print` and string interpolation: strings as their text, the rest as compact JSON.
func text(of value: JSONValue) -> String {
  value.stringValue ?? value.compactText
}
