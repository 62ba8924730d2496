import Foundation
import SynJSON
import SynLanguage
import SynRuntime
import SynTestSupport
import Synchronization
import Testing

@testable import SynREPL

/// Lines typed in advance, and what the prompt did with its reader.
final class ScriptedReader: LineReader {
  private struct State {
    var inputs: [LineInput]
    var prompts: [String] = []
    var history: [String] = []
    var saves = 0
    /// Each read's completer, to ask what Tab would offer at that point.
    var completers: [@Sendable (String) -> Completion] = []
  }

  private let state: Mutex<State>

  init(_ inputs: [LineInput]) {
    state = Mutex(State(inputs: inputs))
  }

  convenience init(lines: [String]) {
    self.init(lines.map { .line($0) })
  }

  func readLine(prompt: String, completer: @escaping @Sendable (String) -> Completion) async -> LineInput {
    state.withLock { state in
      state.prompts.append(prompt)
      state.completers.append(completer)
      return state.inputs.isEmpty ? .endOfInput : state.inputs.removeFirst()
    }
  }

  func addHistory(_ entry: String) async {
    state.withLock { state in
      if state.history.last != entry { state.history.append(entry) }
    }
  }

  func history() async -> [String] { state.withLock { $0.history } }

  func saveHistory() async -> String? {
    state.withLock { $0.saves += 1 }
    return nil
  }

  var prompts: [String] { state.withLock { $0.prompts } }
  var recorded: [String] { state.withLock { $0.history } }
  var saves: Int { state.withLock { $0.saves } }

  /// What Tab would have offered for `text` at the `index`th prompt.
  func complete(_ text: String, atPrompt index: Int) -> [String] {
    state.withLock { $0.completers[index] }(text).texts
  }
}

/// Runs the prompt over `lines` in a fresh session; returns its output, the reader and the exit code.
func runPrompt(
  _ lines: [String], variables: [String: String] = [:], environment: [String: String] = [:], theme: Theme = .plain
) async throws -> (output: CapturedOutput, reader: ScriptedReader, code: Int32) {
  try await runPrompt(lines.map { .line($0) }, variables: variables, environment: environment, theme: theme)
}

func runPrompt(
  _ inputs: [LineInput], variables: [String: String] = [:], environment: [String: String] = [:],
  theme: Theme = .plain
) async throws -> (output: CapturedOutput, reader: ScriptedReader, code: Int32) {
  let output = CapturedOutput()
  let reader = ScriptedReader(inputs)
  let environment = environment.merging(["HOME": "/home/test"]) { mine, _ in mine }
  let prompt = try await InteractivePrompt.start(
    configuration: .simulated(variables: variables, environment: environment), output: output,
    theme: theme, reader: reader)
  let code = await prompt.run().rawValue
  return (output, reader, code)
}

@Suite struct PromptTests {
  @Test func promptShowsTheAPIAndContinuationLines() async throws {
    let (output, reader, code) = try await runPrompt([
      "create profile name=multi metadata={", "  \"tier\": \"pro\"", "}", "use synup",
    ])
    #expect(code == 0)
    #expect(reader.prompts == ["synposter(mock)> ", "...> ", "...> ", "synposter(mock)> ", "synup(mock)> "])
    #expect(output.standard.contains("HTTP 201 Created (POST /v1/profiles)\n{\n  \"id\": "))
    #expect(output.standard.contains("\"metadata\": {\n    \"tier\": \"pro\"\n  }"))
  }

  @Test func failedExpectationsAreReportedAndTheSessionGoesOn() async throws {
    let (output, _, code) = try await runPrompt([
      "create profile name=one as one", "expect status 404", "print $one.name",
    ])
    #expect(code == 0)
    #expect(output.error.contains("<prompt>:1:1: expectation failed: expect status 404"))
    #expect(output.standard.hasSuffix("one\n"))
  }

  @Test func errorsAreShownAndTheSessionGoesOn() async throws {
    let (output, _, _) = try await runPrompt(["create profile name=", "create profil name=x", "list profiles"])
    #expect(output.error.contains("<prompt>:1:"), "a parse error")
    #expect(output.error.contains("unknown noun 'profil' for 'create' in synposter; did you mean 'profile'?"))
    #expect(!output.standard.contains("HTTP 201"))
    #expect(output.standard.contains("HTTP 200 OK (GET /v1/profiles)"))
  }

  @Test func aPassingExpectationSaysSoAndAFailingOneDoesNot() async throws {
    let (output, _, _) = try await runPrompt(["create profile name=one", "expect status 201", "expect status 404"])
    #expect(output.standard.contains("passed: expect status 201\n"))
    #expect(!output.standard.contains("passed: expect status 404"))
    #expect(output.error.contains("expectation failed: expect status 404"))
  }

  @Test func theStatusLineShowsTheQueryString() async throws {
    let (output, _, _) = try await runPrompt(["list posts status=published limit=5"])
    #expect(output.standard.contains("HTTP 200 OK (GET /v1/posts?status=published&limit=5)\n"), "\(output.standard)")
  }

  @Test func ctrlCDropsTheStatementBeingTyped() async throws {
    let (output, reader, _) = try await runPrompt([
      .line("create profile name=dropped metadata={"), .interrupted, .line("list profiles"),
    ])
    #expect(reader.prompts == ["synposter(mock)> ", "...> ", "synposter(mock)> ", "synposter(mock)> "])
    #expect(!output.standard.contains("dropped"))
    #expect(output.standard.contains("HTTP 200 OK (GET /v1/profiles)"))
  }

  @Test func historyKeepsStatementsButNeverKeys() async throws {
    let (_, reader, _) = try await runPrompt([
      "get usage", "get usage", "set apiKey \"sk_live_0123456789\"", "create profile name=x metadata={", "\"a\": 1}",
      ":vars",
    ])
    #expect(reader.recorded == ["get usage", "create profile name=x metadata={ \"a\": 1}", ":vars"])
    #expect(reader.saves >= 3, "the history file is written as the session goes, and at the end")
  }

  @Test func tabSeesTheSessionAsItIsAtEachPrompt() async throws {
    let (_, reader, _) = try await runPrompt(["create profile name=Tab as alice"])
    #expect(reader.complete("get profile $al", atPrompt: 0) == [])
    #expect(reader.complete("get profile $al", atPrompt: 1) == ["$alice"])
    #expect(reader.complete("expect .na", atPrompt: 1) == [".name"])
  }

  @Test func tabOnAContinuationLineSeesTheWholeStatement() async throws {
    let (_, reader, _) = try await runPrompt(["create profile \\"])
    #expect(reader.complete("na", atPrompt: 1) == ["name"])
  }

  @Test func quitAndExitLeave() async throws {
    for command in [":quit", ":q", "exit"] {
      let (output, reader, code) = try await runPrompt([command, "create profile name=never"])
      #expect(code == 0)
      #expect(!output.standard.contains("never"))
      #expect(reader.saves >= 1)
    }
  }

  @Test func metaCommandsTypedWithoutTheColonGetAHint() async throws {
    let (output, reader, code) = try await runPrompt(["help", "help create profile", "clear", "list profiles"])
    #expect(code == 0)
    #expect(output.error.contains("'help' is not a statement; did you mean ':help'?\n"))
    #expect(output.error.contains("'help create profile' is not a statement; did you mean ':help create profile'?"))
    #expect(output.error.contains("'clear' is not a statement; Ctrl-L clears the screen, and :help lists the commands"))
    #expect(!output.error.contains("VERB NOUN") && !output.error.contains("<prompt>:"), "\(output.error)")
    #expect(output.standard.contains("HTTP 200 OK (GET /v1/profiles)"), "the session goes on")
    #expect(reader.recorded == ["list profiles"], "a slip is not worth keeping in the history")
  }

  @Test func colorsOnlyWhenAsked() async throws {
    let plain = try await runPrompt(["get usage"])
    #expect(!plain.output.standard.contains("\u{1B}["))
    let colored = try await runPrompt(["get usage"], theme: .colored)
    #expect(colored.output.standard.contains("\u{1B}[1;32mHTTP 200 OK (GET /v1/usage)\u{1B}[0m"))
    #expect(colored.reader.prompts.first == "\u{1}\u{1B}[1;36m\u{1}synposter(mock)>\u{1}\u{1B}[0m\u{1} ")
    #expect(colored.reader.prompts.first?.withoutInvisibleParts == "synposter(mock)> ")
  }

  @Test func showIsColoredLikeAResponse() async throws {
    let lines = ["get usage", "show", "show {\"n\": 1}"]
    let colored = try await runPrompt(lines, theme: .colored).output.standard
    let status = "\u{1B}[1;32mHTTP 200 OK (GET /v1/usage)\u{1B}[0m"
    #expect(colored.components(separatedBy: status).count == 3, "the response, then show: \(colored)")
    #expect(colored.contains("\u{1B}[36m1\u{1B}[0m"), "show VALUE colors the number")
    let plain = try await runPrompt(lines).output.standard
    #expect(!plain.contains("\u{1B}["))
    #expect(plain.contains("HTTP 200 OK (GET /v1/usage)\n{"))
  }

  /// Pins the colored layout byte for byte: every kind of token, nesting,
  /// empty containers, escapes in keys and strings, exact number spellings.
  @Test func showColorsEveryKindOfToken() async throws {
    let value =
      #"{"id":"p1","n":1.50,"big":12345678901234567890,"ok":true,"no":false,"none":null,"tags":[],"#
      + #""meta":{},"list":[1,"two",[null],{"k\"ey\n":"v\\al"}]}"#
    let colored = try await runPrompt(["show " + value], theme: .colored).output.standard
    let expected = """
      {
        \u{1B}[1;34m"id"\u{1B}[0m: \u{1B}[32m"p1"\u{1B}[0m,
        \u{1B}[1;34m"n"\u{1B}[0m: \u{1B}[36m1.50\u{1B}[0m,
        \u{1B}[1;34m"big"\u{1B}[0m: \u{1B}[36m12345678901234567890\u{1B}[0m,
        \u{1B}[1;34m"ok"\u{1B}[0m: \u{1B}[33mtrue\u{1B}[0m,
        \u{1B}[1;34m"no"\u{1B}[0m: \u{1B}[33mfalse\u{1B}[0m,
        \u{1B}[1;34m"none"\u{1B}[0m: \u{1B}[90mnull\u{1B}[0m,
        \u{1B}[1;34m"tags"\u{1B}[0m: [],
        \u{1B}[1;34m"meta"\u{1B}[0m: {},
        \u{1B}[1;34m"list"\u{1B}[0m: [
          \u{1B}[36m1\u{1B}[0m,
          \u{1B}[32m"two"\u{1B}[0m,
          [
            \u{1B}[90mnull\u{1B}[0m
          ],
          {
            \u{1B}[1;34m"k\\"ey\\n"\u{1B}[0m: \u{1B}[32m"v\\\\al"\u{1B}[0m
          }
        ]
      }
      """
    #expect(colored.hasSuffix("\n" + expected + "\n"), "\(colored.debugDescription)")
  }
}
