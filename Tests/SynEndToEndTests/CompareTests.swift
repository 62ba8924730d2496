import Foundation
import Testing

/// `syn test --backend live --compare mock` against `syn serve` as the live
/// side: identical simulators agree, and a fault on one route is exactly one line.
@Suite(.serialized) struct CompareTests {
  private static let differing = """
    test "differs on purpose"
      create profile name="Alice"
      create profile name="Bob"
      expect status 201

    """

  private func compare(_ server: ServedSimulator, _ extra: [String]) throws -> SynBinary.Result {
    try SynBinary.run(["test", "--backend", "live", "--base-url", server.origin, "--compare", "mock"] + extra)
  }

  /// A server whose ready tenant answers its next `create profile` with a 503, and the options that send there.
  private func faultedServer() throws -> (ServedSimulator, [String]) {
    let server = try ServedSimulator()
    let keyed = ["--backend", "live", "--base-url", server.origin, "--api-key", server.synposterKey]
    let fault = try SynBinary.run(keyed, input: "mock fault 503 times 1 on create profile\n")
    #expect(fault.exitCode == 0, "\(fault.stderr)")
    return (server, ["--api-key", server.synposterKey])
  }

  @Test func theExamplesAgreeWithTheSimulatorTheyRanOn() throws {
    let server = try ServedSimulator()
    defer { _ = server.stop() }
    let result = try compare(server, ["examples"])
    #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
    #expect(!result.stdout.contains("differs from mock"))
    #expect(result.stdout.contains(" passed, 0 failed"))
  }

  @Test func aFaultOnOneRouteIsExactlyOneDifferenceLine() throws {
    let (server, options) = try faultedServer()
    defer { _ = server.stop() }
    let directory = try SynBinary.temporaryDirectory(with: ["p.syn": Self.differing])
    let result = try SynBinary.run(
      ["test", "--backend", "live", "--base-url", server.origin, "--compare", "mock"] + options + ["p.syn"],
      in: directory)
    #expect(result.exitCode == 4, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    #expect(lines.contains { $0.hasPrefix("FAIL  p.syn › differs on purpose") })
    #expect(
      lines.filter { $0.hasPrefix("p.syn:") } == [
        "p.syn:2: create profile: status 503 service_unavailable (live) vs 201 (mock)"
      ])
    #expect(lines.contains("differs from mock: 1 difference"))
    // The summary line, whatever the cleanup after it says (the live side's cleanup deletes Bob).
    #expect(lines.last?.hasPrefix("0 passed, 1 failed") == true)
    #expect(!result.stdout.contains(server.synposterKey))
  }

  @Test func theJSONReportListsEachDifference() throws {
    let (server, options) = try faultedServer()
    defer { _ = server.stop() }
    let directory = try SynBinary.temporaryDirectory(with: ["p.syn": Self.differing])
    let result = try SynBinary.run(
      ["test", "--backend", "live", "--base-url", server.origin, "--compare", "mock", "--report", "json=out.json"]
        + options + ["p.syn"], in: directory)
    #expect(result.exitCode == 4)
    let data = try Data(contentsOf: directory.appendingPathComponent("out.json"))
    let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let cases = try #require(report["cases"] as? [[String: Any]])
    #expect(cases.first?["status"] as? String == "failed")
    let differences = try #require(cases.first?["differences"] as? [[String: Any]])
    #expect(differences.count == 1)
    let difference = try #require(differences.first)
    #expect(difference["file"] as? String == "p.syn")
    #expect(difference["line"] as? Int == 2)
    #expect(difference["statement"] as? String == "create profile")
    #expect(difference["kind"] as? String == "status")
    #expect(difference["live"] as? String == "503 service_unavailable")
    #expect(difference["mock"] as? String == "201")
  }

  @Test func aRecordingAgreesWithTheServerItWasMadeOnAndAFaultIsOneLine() throws {
    let directory = try SynBinary.temporaryDirectory(with: ["p.syn": Self.differing])
    let clean = try ServedSimulator()
    defer { _ = clean.stop() }
    let live = ["test", "--backend", "live", "--base-url", clean.origin]
    let recorded = try SynBinary.run(live + ["--record", "p.har", "p.syn"], in: directory)
    #expect(recorded.exitCode == 0, "\(recorded.stdout)\(recorded.stderr)")
    let replay = ["--compare", "replay", "--cassette", "p.har", "p.syn"]
    let agreed = try SynBinary.run(live + replay, in: directory)
    #expect(agreed.exitCode == 0, "\(agreed.stdout)\(agreed.stderr)")
    #expect(agreed.stdout.contains("\n1 passed, 0 failed"))

    let (faulted, options) = try faultedServer()
    defer { _ = faulted.stop() }
    let differed = try SynBinary.run(
      ["test", "--backend", "live", "--base-url", faulted.origin] + options + replay, in: directory)
    #expect(differed.exitCode == 4, "\(differed.stdout)\(differed.stderr)")
    #expect(
      differed.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { $0.hasPrefix("p.syn:") } == [
          "p.syn:2: create profile: status 503 service_unavailable (live) vs 201 (replay)"
        ])
  }

  @Test func comparingWithAReplayNeedsItsRecording() throws {
    let directory = try SynBinary.temporaryDirectory(with: ["p.syn": Self.differing])
    let result = try SynBinary.run(
      ["test", "--backend", "live", "--base-url", "http://127.0.0.1:9", "--compare", "replay", "p.syn"],
      in: directory)
    #expect(result.exitCode == 1)
    #expect(result.stderr.contains("--compare replay needs --cassette FILE"))
    let stray = try SynBinary.run(["run", "--cassette", "p.har", "p.syn"], in: directory)
    #expect(stray.exitCode == 1)
    #expect(stray.stderr.contains("--cassette needs --backend replay"))
  }

  @Test func comparingTheSimulatorWithItselfIsRefused() throws {
    let directory = try SynBinary.temporaryDirectory(with: ["p.syn": Self.differing])
    let result = try SynBinary.run(["test", "--compare", "mock", "p.syn"], in: directory)
    #expect(result.exitCode == 1)
    #expect(result.stderr.contains("--compare mock needs --backend live"))
  }
}
