import Foundation
import Testing

/// The request journal of `syn serve` (docs/live.md): an app talks to the
/// server, then a script on the live backend checks what the app sent with
/// `mock requests`, and a client reads and clears `/_sim/requests` over HTTP.
@Suite struct RequestJournalTests {
  static let app = SynBinary.packageRoot.appendingPathComponent("Tests/SynEndToEndTests/Fixtures/journal_app.py")

  @Test func aScriptChecksWhatAnAppSentToSynServe() throws {
    let server = try ServedSimulator()
    defer { _ = server.stop() }
    let sent = try SynBinary.tool("python3", [Self.app.path, server.origin, server.synposterKey])
    #expect(sent.exitCode == 0, "\(sent.stderr)")
    #expect(sent.stdout.split(separator: "\n") == ["201", "201", "200"])

    let script = """
      mock requests
      expect .requests count == 3
      expect .requests[0].headers.idempotency-key exists
      expect .requests[1].headers.idempotency-key == "signup-app-1"
      expect .requests[0].headers.x-api-key == "sk_live_****"
      mock requests method=POST path=/v1/profiles
      expect .requests count == 2
      expect .requests[1].body.externalId == "app-1"
      expect .requests[1].status == 201
      mock requests method=GET
      expect .requests count == 1
      expect .requests[0].query.limit == "5"
      """
    let checked = try SynBinary.run(
      ["--backend", "live", "--base-url", server.origin, "--api-key", server.synposterKey], input: script)
    #expect(checked.exitCode == 0, "\(checked.stdout)\n\(checked.stderr)")
    #expect(!checked.stdout.contains(server.synposterKey))

    let failing = try SynBinary.run(
      ["--backend", "live", "--base-url", server.origin, "--api-key", server.synposterKey],
      input: "mock requests\nexpect .requests count == 4\n")
    #expect(failing.exitCode != 0, "a wrong count fails: \(failing.stdout)")
  }

  @Test func theJournalIsReadSinceASequenceNumberAndClearedOverHTTP() throws {
    let server = try ServedSimulator()
    defer { _ = server.stop() }
    _ = try SynBinary.tool("python3", [Self.app.path, server.origin, server.synposterKey])
    let key = ["-H", "x-api-key: \(server.synposterKey)"]

    let since = try SynBinary.tool("curl", ["-sS"] + key + ["\(server.origin)/_sim/requests?since=1&limit=1"])
    let entries = try #require(Self.requests(since.stdout))
    #expect(entries.map { $0["seq"] as? Int } == [3])
    #expect(entries.first?["method"] as? String == "GET")

    let bad = try SynBinary.tool(
      "curl", ["-sS", "-w", "\n%{http_code}"] + key + ["\(server.origin)/_sim/requests?limit=zero"])
    #expect(bad.stdout.hasSuffix("\n400"), "\(bad.stdout)")
    #expect(bad.stdout.contains("limit must be"))

    let cleared = try SynBinary.tool("curl", ["-sS", "-X", "POST"] + key + ["\(server.origin)/_sim/requests/clear"])
    #expect(cleared.stdout == #"{"cleared":3}"#)
    let after = try SynBinary.tool("curl", ["-sS"] + key + ["\(server.origin)/_sim/requests"])
    #expect(try #require(Self.requests(after.stdout)).isEmpty)
  }

  @Test func checkAndFmtKnowTheStatement() throws {
    let script = """
      mock requests method=POST path="/v1/profiles/{id}" since=2 limit=1
      expect .requests[0].headers.idempotency-key exists

      """
    let directory = try SynBinary.temporaryDirectory(with: ["sent.syn": script, "typo.syn": "mock requets\n"])
    let checked = try SynBinary.run(["check", "sent.syn"], in: directory)
    #expect(checked.exitCode == 0, "\(checked.stderr)")
    #expect(try SynBinary.run(["fmt", "--check", "sent.syn"], in: directory).exitCode == 0)
    let typo = try SynBinary.run(["check", "typo.syn"], in: directory)
    #expect(typo.exitCode == 2)
    #expect(typo.stderr.contains("typo.syn:1:6: error: unknown mock command 'requets'"), "\(typo.stderr)")
    #expect(typo.stderr.contains("did you mean 'requests'?"), "\(typo.stderr)")
  }

  private static func requests(_ text: String) -> [[String: Any]]? {
    let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    return object?["requests"] as? [[String: Any]]
  }
}
