import Foundation
import Testing

/// `backend live URL` in a script, and servers with and without the `/_sim` control plane.
@Suite(.serialized) struct ControlPlaneTests {
  @Test func theBackendStatementSwitchesToAServerAndBack() throws {
    let server = try ServedSimulator()
    defer { _ = server.stop() }
    let script = """
      backend live "\(server.origin)"
      mock plan growth
      get usage
      expect status 200
      expect .plan == "growth"
      backend mock
      get usage
      expect status 200
      """
    let result = try SynBinary.run([], input: script)
    #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
  }

  @Test func casesUsingMockAreSkippedOnAServerWithoutTheControlPlane() throws {
    let server = try ServedSimulator(["--no-control-plane"])
    defer { _ = server.stop() }
    let directory = try SynBinary.temporaryDirectory(with: [
      "plain.syn": """
      test "uses mock"
      mock plan starter
      test "needs no control plane"
      print "hello"
      """
    ])
    let result = try SynBinary.run(
      ["test", "plain.syn", "--backend", "live", "--base-url", server.origin], in: directory)
    #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.contains("SKIP  plain.syn › uses mock"))
    #expect(result.stdout.hasSuffix("1 passed, 0 failed, 1 skipped\n"))
  }

  @Test func aServerWithoutTheControlPlaneSaysSoAtStartAndAtItsRoot() throws {
    let server = try ServedSimulator(["--no-control-plane"])
    defer { _ = server.stop() }
    #expect(
      server.banner.hasSuffix("(Synposter /v1, Synup /api/v4, no control plane, /openapi.json)"), "\(server.banner)")
    let index = try SynBinary.tool("curl", ["-sS", server.origin + "/"])
    #expect(
      index.stdout
        == #"{"server":"syn serve","apis":{"synposter":"/v1","synup":"/api/v4"},"openapi":"/openapi.json","controlPlane":null}"#
    )
  }
}
