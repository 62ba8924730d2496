import Foundation
import Testing

/// The live backend against a server syn did not write (`ForeignServer`): chunked answers, a connection closed
/// after every answer, slow answers. Without a control plane, syn uses the keys `syn serve` printed.
@Suite struct ForeignServerTests {
  /// The examples that run without the control plane (no `mock` statement), one test case each: `FILE:LINE` of
  /// its `test` line, or the file when it has none. Each case runs on a server of its own, because in process
  /// each case has a tenant of its own, and the foreign server offers only the one `syn serve` printed.
  static func casesWithoutMock() throws -> [String] {
    let folder = SynBinary.packageRoot.appendingPathComponent("examples")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".syn") }
    var cases: [String] = []
    for name in names.sorted() {
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      let firstWords = lines.map { $0.split(separator: " ", maxSplits: 1).first ?? "" }
      guard !firstWords.contains("mock") else { continue }
      let tests = firstWords.indices.filter { firstWords[$0] == "test" }
      cases += tests.isEmpty ? ["examples/\(name)"] : tests.map { "examples/\(name):\($0 + 1)" }
    }
    return cases
  }

  /// The PASS, FAIL and SKIP lines and the count, without timings: what a case printed (ids) differs by tenant.
  static func verdicts(_ output: String) -> [String] {
    LiveBackendTests.outcomes(output).filter { line in
      ["PASS", "FAIL", "SKIP"].contains { line.hasPrefix($0) } || line.contains(" passed, ")
    }
  }

  /// Runs `arguments` with the live backend through a foreign server in `mode`, in front of a fresh `syn serve`.
  static func runThroughForeignServer(_ mode: ForeignServer.Mode, _ arguments: [String], input: String = "") throws
    -> SynBinary.Result
  {
    let served = try ServedSimulator()
    defer { _ = served.stop() }
    let foreign = try ForeignServer(proxying: served, mode: mode)
    defer { foreign.stop() }
    return try SynBinary.run(
      ["--backend", "live", "--base-url", foreign.origin] + arguments, input: input,
      environment: ["SYNPOSTER_API_KEY": served.synposterKey, "SYNUP_API_KEY": served.synupKey])
  }

  @Test(arguments: ForeignServer.Mode.transports)
  func examplesWithoutMockGiveTheInProcessOutcomes(mode: ForeignServer.Mode) throws {
    let cases = try Self.casesWithoutMock()
    try #require(!cases.isEmpty, "no example in examples/ runs without a mock statement")
    for testCase in cases {
      // --cleanup: the live side cleans up by default, and its summary says so.
      let inProcess = try SynBinary.run(["test", "--cleanup", testCase])
      let foreign = try Self.runThroughForeignServer(mode, ["test", testCase])
      #expect(inProcess.exitCode == 0, "\(testCase): \(inProcess.stdout)")
      #expect(Self.verdicts(inProcess.stdout).contains { $0.hasPrefix("PASS") }, "\(testCase): \(inProcess.stdout)")
      #expect(foreign.exitCode == inProcess.exitCode, "\(testCase): \(foreign.stdout)\n\(foreign.stderr)")
      #expect(Self.verdicts(foreign.stdout) == Self.verdicts(inProcess.stdout), "\(testCase) in \(mode) mode")
    }
  }

  /// Create, list, get, update and delete a profile, then a Synup list, with retries on: a retry that must
  /// never happen here would send a create twice, or leave a connection the server closed in the pool.
  static let everyVerbWithRetries = """
    set retries 2
    create profile name="Alice" externalId=alice-1 as alice
    expect status 201
    list profiles externalId==alice-1
    expect .data count == 1
    get profile $alice.id
    expect .name == "Alice"
    update profile $alice.id name="Alice B"
    expect .name == "Alice B"
    delete profile $alice.id
    expect status 204
    get profile $alice.id
    expect status 404
    list profiles
    expect .data count == 1
    use synup
    list roles
    expect .data.fetchAccountRoles count == 4
    """

  @Test(arguments: ForeignServer.Mode.transports)
  func everyVerbWorksWithRetriesOn(mode: ForeignServer.Mode) throws {
    let result = try Self.runThroughForeignServer(mode, ["-v"], input: Self.everyVerbWithRetries)
    #expect(result.exitCode == 0, "\(result.stdout)\n\(result.stderr)")
    #expect(!result.stderr.contains("* retrying in "), "\(result.stderr)")
    // The answers really came back as the mode says.
    let headers = result.stderr.lowercased()
    let chunked = mode.rawValue.contains("chunked")
    #expect(headers.contains("< transfer-encoding: chunked") == chunked)
    #expect(headers.contains("< content-length: ") == !chunked)
    #expect(headers.contains("< connection: close") == mode.rawValue.contains("close"))
  }

  /// `/_sim` answers 404 through the foreign server: a case with a `mock` statement is skipped, as on a real API.
  @Test func theForeignServerHasNoControlPlane() throws {
    let folder = try SynBinary.temporaryDirectory(with: ["plan.syn": "mock plan growth\nget usage\n"])
    let result = try Self.runThroughForeignServer(.chunked, ["test", folder.appendingPathComponent("plan.syn").path])
    #expect(result.stdout.hasSuffix("0 passed, 0 failed, 1 skipped\n"), "\(result.stdout)")
  }
}
