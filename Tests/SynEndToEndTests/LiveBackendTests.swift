import Foundation
import Testing

/// The live backend against `syn serve`: retries, masking, transport errors, parity.
@Suite(.serialized) struct LiveBackendTests {
  func live(_ server: ServedSimulator) -> [String] {
    ["--backend", "live", "--base-url", server.origin]
  }

  /// Runs `script` through the live backend against a fresh `syn serve`, under
  /// `-v` with the server's ready key when `verbose`; the script must pass.
  func runPassing(_ script: String, verbose: Bool = false) throws -> (result: SynBinary.Result, key: String) {
    let server = try ServedSimulator()
    defer { _ = server.stop() }
    let options = verbose ? ["-v", "--api-key", server.synposterKey] : []
    let result = try SynBinary.run(options + live(server), input: script)
    #expect(result.exitCode == 0, "\(result.stderr)")
    return (result, server.synposterKey)
  }

  @Test func retriesASafeRequestAfterFaults() throws {
    _ = try runPassing(
      """
      set retries 2
      mock fault 500 times 2 on create profile
      create profile name="Alice"
      expect status 201
      mock fault 503 times 2 on get usage
      get usage
      expect status 200
      """)
  }

  @Test func neverRetriesAnUnsafePost() throws {
    _ = try runPassing(
      """
      set retries 3
      mock fault 503 times 1 on create profile
      create profile name="Alice"
      expect status 503
      # The fault was used once: one attempt only.
      create profile name="Alice"
      expect status 201
      use synup
      mock fault 500 times 1 on create folder
      create folder name="f"
      expect status 500
      """)
  }

  @Test func verboseOutputMasksKeys() throws {
    let (result, key) = try runPassing("get usage\nexpect status 200\n", verbose: true)
    #expect(result.stderr.contains("> GET /v1/usage"))
    #expect(result.stderr.contains("\n< ") && result.stderr.contains("200"))
    #expect(!result.stderr.contains(key))
    #expect(!result.stdout.contains(key))
  }

  @Test func verboseOutputShowsEveryAttemptOfARetriedRequest() throws {
    let script = "set retries 2\nmock fault 500 times 2 on get usage\nget usage\nexpect status 200\n"
    let (result, key) = try runPassing(script, verbose: true)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.filter { $0 == "> GET /v1/usage" }.count == 3, "\(result.stderr)")
    #expect(lines.filter { $0.hasPrefix("< HTTP 500 ") && $0.contains("GET /v1/usage") }.count == 2)
    #expect(lines.filter { $0.hasPrefix("< HTTP 200 ") && $0.contains("GET /v1/usage") }.count == 1)
    #expect(lines.filter { $0.hasPrefix("* retrying in ") }.count == 2)
    #expect(lines.filter { $0 == "> x-api-key: sk_live_****" }.count >= 3)
    #expect(!result.stderr.contains(key))
  }

  @Test func verboseOutputShowsARetriedTransportError() throws {
    let server = try ServedSimulator()
    defer { _ = server.stop() }
    let port = try unusedPort()
    // The session opens on the server, then its requests go where nothing listens.
    let script = "set retries 1\nset baseUrl \"http://127.0.0.1:\(port)\"\nget usage\n"
    let result = try SynBinary.run(["-v"] + live(server), input: script)
    #expect(result.exitCode == 3)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.filter { $0 == "> GET /v1/usage" }.count == 2, "\(result.stderr)")
    #expect(lines.contains { $0.hasPrefix("* could not connect to 127.0.0.1:\(port): ") }, "\(result.stderr)")
    #expect(lines.contains { $0.hasPrefix("* retrying in ") })
  }

  @Test func aServerThatNeverAnswersTimesOut() throws {
    let server = try ServedSimulator()
    defer { _ = server.stop() }
    // A stopped process: the kernel accepts its connections, nothing answers them.
    let silent = try ServedSimulator()
    kill(silent.process.processIdentifier, SIGSTOP)
    defer {
      kill(silent.process.processIdentifier, SIGCONT)
      _ = silent.stop()
    }
    let port = silent.origin.split(separator: ":").last ?? ""
    let script = "set timeout 300ms\nset baseUrl \"\(silent.origin)\"\nget usage\n"
    let result = try SynBinary.run(live(server), input: script)
    #expect(result.exitCode == 3)
    #expect(
      result.stderr.contains("127.0.0.1:\(port) took the request but sent no response within 300 ms"),
      "\(result.stderr)")
  }

  @Test func aTransportErrorIsARuntimeErrorNamingTheHost() throws {
    let port = try unusedPort()
    let result = try SynBinary.run(
      ["--backend", "live", "--base-url", "http://127.0.0.1:\(port)"], input: "get usage\n")
    #expect(result.exitCode == 3)
    #expect(result.stderr.contains("127.0.0.1:\(port)"), "\(result.stderr)")
    #expect(result.stderr.lowercased().contains("refused"), "\(result.stderr)")
  }

  @Test func thePromptNamesTheBackendInUse() throws {
    let server = try ServedSimulator()
    defer { _ = server.stop() }
    let directory = try SynBinary.temporaryDirectory(with: ["README": ""])
    let terminal = try PseudoTerminal(
      environment: ["TERM": "xterm", "HOME": directory.path, "SYN_HISTORY": "", "NO_COLOR": "1"], in: directory)
    try terminal.waitForPrompt("synposter(mock)> ")
    terminal.enter("backend live \"\(server.origin)\"")
    try terminal.waitForPrompt("synposter(live)> ")
    terminal.enter("use synup")
    try terminal.waitForPrompt("synup(live)> ")
    terminal.enter("backend mock")
    try terminal.waitForPrompt("synup(mock)> ")
    terminal.enter(":quit")
    #expect(try terminal.waitForExit() == 0)
  }

  @Test func theServerStopsOnSIGTERM() throws {
    let server = try ServedSimulator()
    #expect(server.stop() == 0)
  }

  /// Every example and test script gives the same outcomes in process and through `syn serve`, the cleanup
  /// after each case (on by default with --backend live, asked for in process) included.
  @Test func parityWithTheInProcessSimulator() throws {
    let server = try ServedSimulator()
    defer { _ = server.stop() }
    let inProcess = try SynBinary.run(["test", "--jobs", "1", "--cleanup", "examples"])
    let served = try SynBinary.run(["test", "--jobs", "1", "examples"] + live(server))
    #expect(inProcess.exitCode == served.exitCode)
    #expect(Self.outcomes(served.stdout) == Self.outcomes(inProcess.stdout))
    #expect(inProcess.stdout.contains(" passed, 0 failed"))
  }

  /// Test output without timings, which differ from run to run.
  static func outcomes(_ text: String) -> [String] {
    text.split(separator: "\n").map {
      $0.replacingOccurrences(of: #" ?\(\d+(\.\d+)? ms\)"#, with: "", options: .regularExpression)
    }
  }

  func unusedPort() throws -> Int {
    let server = try ServedSimulator()
    _ = server.stop()
    return Int(server.origin.split(separator: ":").last!)!
  }
}
