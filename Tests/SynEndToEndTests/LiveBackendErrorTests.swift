import Foundation
import Testing

/// What a user reads when the live backend gets no answer: what failed,
/// where, and what to check; a session that cannot open at start-up is a
/// plain `syn: error:` line, one that fails at `backend live URL` is placed there.
@Suite(.serialized) struct LiveBackendErrorTests {
  /// A port nothing listens on: a server's, stopped.
  func unusedPort() throws -> Int {
    let server = try ServedSimulator()
    _ = server.stop()
    return Int(server.origin.split(separator: ":").last!)!
  }

  @Test func aRefusedConnectionAtStartUpSaysWhereAndWhatToCheck() throws {
    let port = try unusedPort()
    let origin = "http://127.0.0.1:\(port)"
    let result = try SynBinary.run(["--backend", "live", "--base-url", origin], input: "get usage\n")
    #expect(result.exitCode == 3)
    #expect(
      result.stderr
        == "syn: error: cannot open a session on \(origin): could not connect to 127.0.0.1:\(port): Connection refused "
        + "(check the URL \(origin), and that a server listens there)\n")
  }

  @Test func aRefusedBackendLiveStatementIsAnErrorAtThatStatement() throws {
    let port = try unusedPort()
    let directory = try SynBinary.temporaryDirectory(with: [
      "flow.syn": "print \"start\"\nbackend live \"http://127.0.0.1:\(port)\"\nget usage\n"
    ])
    let result = try SynBinary.run(["run", "flow.syn"], in: directory)
    #expect(result.exitCode == 3)
    #expect(
      result.stderr.hasPrefix(
        "flow.syn:2:1: error: cannot open a session on http://127.0.0.1:\(port): could not connect to 127.0.0.1:\(port): "
          + "Connection refused (check the URL http://127.0.0.1:\(port), "),
      "\(result.stderr)")
  }

  @Test func aServerThatTakesTheConnectionButNeverAnswersIsNotUnreachable() throws {
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
    let result = try SynBinary.run(["--backend", "live", "--base-url", server.origin], input: script)
    #expect(result.exitCode == 3)
    #expect(
      result.stderr.hasPrefix(
        "<stdin>:3:1: error: GET /v1/usage failed: 127.0.0.1:\(port) took the request but sent no response within 300 ms "
          + "(set timeout, now 300 ms, bounds the wait)\n"),
      "\(result.stderr)")
  }
}
