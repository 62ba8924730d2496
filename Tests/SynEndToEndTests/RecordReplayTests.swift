import Foundation
import Testing

/// `--record` and `--backend replay` end to end: the examples recorded on `syn serve`
/// replay offline to the same results, a HAR reader reads the file, an edited request is refused.
@Suite struct RecordReplayTests {
  static let readHAR = SynBinary.packageRoot.appendingPathComponent("Tests/HAR/read_har.py")

  /// `N passed, N failed` and each case's outcome, without timings.
  static func results(_ output: String) -> [String] {
    LiveBackendTests.outcomes(output).filter {
      $0.hasPrefix("PASS") || $0.hasPrefix("FAIL") || $0.contains(" passed, ")
    }
  }

  @Test func examplesRecordedOnALiveServerReplayOfflineToTheSameResults() throws {
    let directory = try SynBinary.temporaryDirectory(with: [:])
    let cassette = directory.appendingPathComponent("examples.har").path
    let server = try ServedSimulator()
    let recorded = try SynBinary.run(
      ["test", "examples", "--backend", "live", "--base-url", server.origin, "--record", cassette])
    _ = server.stop()
    #expect(recorded.stdout.contains(" passed, 0 failed"), "\(recorded.stdout)\n\(recorded.stderr)")
    let replayed = try SynBinary.run(["test", "examples", "--backend", "replay", "--cassette", cassette])
    #expect(replayed.exitCode == recorded.exitCode, "\(replayed.stdout)\n\(replayed.stderr)")
    #expect(Self.results(replayed.stdout).sorted() == Self.results(recorded.stdout).sorted())
    // The served keys never reach the file.
    let text = try String(contentsOfFile: cassette, encoding: .utf8)
    #expect(!text.contains(server.synposterKey) && !text.contains(server.synupKey))
    #expect(text.firstMatch(of: /sk_(live|test)_[A-Za-z0-9]/) == nil)
  }

  static let script = """
    test "creates Alice"
      create profile name="Alice" externalId=user-42
      expect status 201
      get profile $last.body.id
      expect .name == "Alice"
    """

  @Test func anEditedRequestFailsWithTheNearestRecordedOne() throws {
    let directory = try SynBinary.temporaryDirectory(with: ["alice.syn": Self.script])
    let recorded = try SynBinary.run(["test", "alice.syn", "--record", "alice.har"], in: directory)
    #expect(recorded.exitCode == 0, "\(recorded.stdout)\n\(recorded.stderr)")
    let again = try SynBinary.run(
      ["test", "alice.syn", "--backend", "replay", "--cassette", "alice.har"], in: directory)
    #expect(again.exitCode == 0, "\(again.stdout)\n\(again.stderr)")
    try Data(Self.script.replacing("name=\"Alice\"", with: "name=\"Alicia\"").utf8)
      .write(to: directory.appendingPathComponent("alice.syn"))
    let edited = try SynBinary.run(
      ["run", "alice.syn", "--backend", "replay", "--cassette", "alice.har"], in: directory)
    #expect(edited.exitCode == 3, "\(edited.stdout)\n\(edited.stderr)")
    #expect(edited.stderr.contains("alice.syn:2:"), "\(edited.stderr)")
    #expect(edited.stderr.contains("POST /v1/profiles failed: no request recorded in alice.har matches it"))
    #expect(edited.stderr.contains("(sent by alice.syn:2 `create profile name=\"Alice\" externalId=user-42`)"))
    #expect(edited.stderr.contains(#"body .name: recorded "Alice", sent "Alicia""#), "\(edited.stderr)")
  }

  @Test func aHARReaderReadsTheRecording() throws {
    let probe = try SynBinary.tool("python3", ["-c", "import haralyzer"])
    try #require(probe.exitCode == 0, "haralyzer is missing: run scripts/setup-test-tools (\(probe.stderr))")
    let directory = try SynBinary.temporaryDirectory(with: ["alice.syn": Self.script])
    let recorded = try SynBinary.run(["run", "alice.syn", "--record", "alice.har"], in: directory)
    #expect(recorded.exitCode == 0, "\(recorded.stderr)")
    let read = try SynBinary.tool("python3", [Self.readHAR.path, directory.appendingPathComponent("alice.har").path])
    try #require(read.exitCode == 0, "\(read.stdout)\n\(read.stderr)")
    let summary = try #require(try JSONSerialization.jsonObject(with: Data(read.stdout.utf8)) as? [String: Any])
    #expect(summary["version"] as? String == "1.2")
    #expect(summary["creator"] as? String == "syn")
    let pages = try #require(summary["pages"] as? [[String: Any]])
    #expect(pages.map { $0["id"] as? String } == ["alice.syn"])
    let entries = try #require(pages.first?["entries"] as? [[String: Any]])
    // The sign-up, the seeding, then the two statements' requests.
    #expect(entries.map { $0["status"] as? Int } == [201, 200, 201, 200])
    let create = entries[2]
    #expect(create["method"] as? String == "POST")
    #expect(create["url"] as? String == "https://api.synposter.com/v1/profiles")
    #expect((create["requestText"] as? String)?.contains("\"Alice\"") == true)
    #expect(create["statusText"] as? String == "Created")
    #expect((create["mimeType"] as? String)?.hasPrefix("application/json") == true)
    #expect(create["size"] as? Int == (create["text"] as? String)?.utf8.count)
    #expect(create["statement"] as? String == #"create profile name="Alice" externalId=user-42"#)
    #expect(create["source"] as? String == "alice.syn:2")
    #expect(create["wait"] as? Double == create["time"] as? Double)
  }

  /// The run sends one request, then waits on a server that takes the connection and never answers.
  @Test func aRunStoppedBySIGINTStillLeavesItsRecording() throws {
    let silent = Process()
    silent.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    silent.arguments = [
      "python3", "-c",
      "import socket, time; s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(8); "
        + "print(s.getsockname()[1], flush=True); time.sleep(120)",
    ]
    let port = Pipe()
    silent.standardOutput = port
    try silent.run()
    defer { silent.terminate() }
    let portNumber = String(decoding: port.fileHandleForReading.availableData, as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let script = """
      create profile name="Alice"
      backend live "http://127.0.0.1:\(portNumber)"
      """
    let directory = try SynBinary.temporaryDirectory(with: ["stuck.syn": script])
    let run = Process()
    run.executableURL = SynBinary.executable
    run.arguments = ["run", "stuck.syn", "--record", "stuck.har"]
    run.currentDirectoryURL = directory
    run.standardOutput = FileHandle.nullDevice
    run.standardError = FileHandle.nullDevice
    try run.run()
    Thread.sleep(forTimeInterval: 3)
    #expect(run.isRunning, "the run did not wait on the silent server")
    run.interrupt()
    run.waitUntilExit()
    #expect(run.terminationStatus == 130)
    let recording = try String(contentsOf: directory.appendingPathComponent("stuck.har"), encoding: .utf8)
    #expect(recording.contains(#""_statement": "create profile name=\"Alice\"""#), "\(recording)")
  }

  @Test func replayNeedsACassetteThatIsAHARFile() throws {
    let directory = try SynBinary.temporaryDirectory(with: ["a.syn": "get me\n", "bad.har": #"{"log": {}}"#])
    let missing = try SynBinary.run(["run", "a.syn", "--backend", "replay"], in: directory)
    #expect(missing.exitCode == 1)
    #expect(missing.stderr.contains("--backend replay needs --cassette FILE"), "\(missing.stderr)")
    let stray = try SynBinary.run(["run", "a.syn", "--cassette", "bad.har"], in: directory)
    #expect(stray.exitCode == 1)
    #expect(stray.stderr.contains("--cassette needs --backend replay"), "\(stray.stderr)")
    let bad = try SynBinary.run(["run", "a.syn", "--backend", "replay", "--cassette", "bad.har"], in: directory)
    #expect(bad.exitCode == 1)
    #expect(bad.stderr.contains("error: --cassette: bad.har: not a HAR file: it has no log.entries array"))
    let absent = try SynBinary.run(["run", "a.syn", "--backend", "replay", "--cassette", "none.har"], in: directory)
    #expect(absent.exitCode == 1)
    #expect(absent.stderr.contains("error: --cassette: cannot read none.har"), "\(absent.stderr)")
  }
}
