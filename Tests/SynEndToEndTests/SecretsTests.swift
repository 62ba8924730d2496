import Foundation
import Testing

/// API keys never leave syn: not on standard output or error, not in `-v` dumps, reports
/// (JUnit, TAP, JSON, HTML), the prompt's screen, history, `:curl`, `:save`, nor error messages.
/// Each run is key-using throughout, has a failing expectation and (live) a transport error;
/// every channel and written file is then searched for the keys.
@Suite struct SecretsTests {
  /// A Synposter-shaped key syn is given (`--api-key`, the environment, `set apiKey`).
  static let givenKey = "sk_live_" + String(repeating: "q7", count: 16)
  /// A Synup key syn is given through the environment.
  static let givenSynupKey = "SynupSecret" + String(repeating: "K", count: 29)

  /// Where a key would show: a given one, or any simulator tenant's Synposter key.
  private func leaks(in text: String, also known: [String] = []) -> [String] {
    var found = ([Self.givenKey, Self.givenSynupKey, String(Self.givenKey.dropFirst(8))] + known).filter {
      text.contains($0)
    }
    found += text.matches(of: /sk_live_[a-z0-9]{6,}/).map { String($0.output) }
    return found
  }

  private func expectNoLeak(
    _ channels: [String: String], also known: [String] = [], sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for (name, text) in channels.sorted(by: { $0.key < $1.key }) {
      let found = leaks(in: text, also: known)
      #expect(found.isEmpty, "\(name) shows \(found):\n\(text.prefix(3000))", sourceLocation: sourceLocation)
    }
  }

  private static let script = """
    test "uses its tenant's key"
    create profile name=Kept externalId=kept-1
    expect status 201
    get usage
    expect status 200

    test "fails an expectation"
    get usage
    expect .plan == "no such plan"

    test "sets a key of its own"
    set apiKey "\(givenKey)"
    get usage
    expect status 200
    """

  private static let environment = ["SYNPOSTER_API_KEY": givenKey, "SYNUP_API_KEY": givenSynupKey]

  /// `syn test` with `-v` and all four reports; returns every output channel and report by name.
  private func runTests(_ extraArguments: [String], script: String = script) throws -> [String: String] {
    let directory = try SynBinary.temporaryDirectory(with: ["secrets.syn": script])
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("out"), withIntermediateDirectories: true)
    let result = try SynBinary.run(
      [
        "test", "secrets.syn", "-v", "--report", "junit=out/junit.xml", "--report", "tap=out/results.tap",
        "--report", "json=out/results.json", "--report", "html=out/report.html",
      ] + extraArguments,
      in: directory, environment: Self.environment)
    #expect(result.exitCode == 4 || result.exitCode == 3, "\(result.stdout)\(result.stderr)")
    #expect(result.stderr.contains("> GET /v1/usage"), "-v shows the requests")
    var channels = ["stdout": result.stdout, "stderr": result.stderr]
    for report in ["junit.xml", "results.tap", "results.json", "report.html"] {
      let url = directory.appendingPathComponent("out/\(report)")
      channels[report] = try String(contentsOf: url, encoding: .utf8)
    }
    return channels
  }

  @Test func inProcessRunsKeepKeysOut() throws {
    expectNoLeak(try runTests([]))
  }

  @Test func runsThroughServeKeepKeysOut() throws {
    let server = try ServedSimulator()
    defer { _ = server.stop() }
    expectNoLeak(try runTests(["--backend", "live", "--base-url", server.origin]))
  }

  @Test func aGivenKeyAndATransportErrorKeepKeysOut() throws {
    let server = try ServedSimulator(["--no-control-plane"])
    defer { _ = server.stop() }
    let key = server.synposterKey
    let script = """
      test "uses the given key"
      create profile name=Kept
      expect status 201
      get usage
      expect .plan == "no such plan"

      test "loses the server"
      set retries 0
      set baseUrl "http://127.0.0.1:9"
      get usage
      """
    let channels = try runTests(["--backend", "live", "--base-url", server.origin, "--api-key", key], script: script)
    #expect(channels["stderr"]?.contains("HTTP 201 Created") == true, "the given key works")
    expectNoLeak(channels, also: [key])

    let directory = try SynBinary.temporaryDirectory(with: [
      "run.syn":
        "create profile name=Kept\nexpect status 201\nset retries 0\nset baseUrl \"http://127.0.0.1:9\"\nget usage\n"
    ])
    let run = try SynBinary.run(
      ["run", "run.syn", "-v", "--backend", "live", "--base-url", server.origin, "--api-key", key], in: directory)
    #expect(run.exitCode == 3, "a transport error: \(run.stderr)")
    expectNoLeak(["run stdout": run.stdout, "run stderr": run.stderr], also: [key])
  }

  @Test(arguments: [
    "set apiKey \"\(givenKey)\" extra\n",  // a parse error quotes its line
    "set apikey \"\(givenKey)\"\n",  // so does a did-you-mean
    "get usage x-api-key:\(givenKey) bogus==\n",  // and a runtime error its statement
    "expect $env.SYNPOSTER_API_KEY == \"x\"\n",  // a failed expectation shows the value
  ])
  func errorMessagesKeepKeysOut(_ script: String) throws {
    let directory = try SynBinary.temporaryDirectory(with: ["error.syn": script])
    let run = try SynBinary.run(["run", "error.syn"], in: directory, environment: Self.environment)
    #expect(run.exitCode != 0)
    #expect(run.stderr.contains("error.syn:1:"), "\(run.stderr)")
    let check = try SynBinary.run(["check", "error.syn"], in: directory)
    expectNoLeak(["run stdout": run.stdout, "run stderr": run.stderr, "check stderr": check.stderr])
  }

  @Test func thePromptKeepsKeysOut() throws {
    let directory = try SynBinary.temporaryDirectory(with: [:])
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let history = directory.appendingPathComponent("history")
    let terminal = try PseudoTerminal(
      ["-v"],
      environment: ["TERM": "xterm", "HOME": directory.path, "SYN_HISTORY": history.path, "NO_COLOR": "1"]
        .merging(Self.environment) { $1 },
      in: directory)
    try terminal.waitForPrompt()
    for line in [
      "create profile name=Tenant", "set apiKey \"\(Self.givenKey)\"", "get usage", "expect status 200",
      "let copy = \"\(Self.givenKey)\"", ":last", ":curl", ":vars", ":history", ":save saved.syn",
    ] {
      terminal.enter(line)
      try terminal.waitForPrompt()
    }
    terminal.enter(":quit")
    #expect(try terminal.waitForExit() == 0)
    let saved = try String(contentsOf: directory.appendingPathComponent("saved.syn"), encoding: .utf8)
    #expect(saved.contains("get usage"))
    // The screen echoes what was typed, keys included; everything else must not show them.
    let typed = terminal.output(after: 0).replacingOccurrences(of: "set apiKey \"\(Self.givenKey)\"", with: "")
      .replacingOccurrences(of: "let copy = \"\(Self.givenKey)\"", with: "")
    expectNoLeak([
      "screen": typed, "history": (try? String(contentsOf: history, encoding: .utf8)) ?? "", "saved.syn": saved,
    ])
  }
}
