import Foundation
import Testing

/// `expect body conforms` through the binary on the live backend: the answers
/// of `syn serve` conform; a server whose answers drifted fails, exit 4, naming the path.
@Suite struct BodyConformanceEndToEndTests {
  static let script = """
    create profile name="Alice" as alice
    expect body conforms
    get profile $alice.id
    expect body conforms
    send GET /v1/profiles/$alice.id
    expect body conforms
    delete profile $alice.id
    expect body conforms
    use synup
    list roles
    expect body conforms
    """

  func runScript(_ arguments: [String], environment: [String: String] = [:]) throws -> SynBinary.Result {
    let folder = try SynBinary.temporaryDirectory(with: ["conforms.syn": Self.script])
    return try SynBinary.run(
      ["run", folder.appendingPathComponent("conforms.syn").path] + arguments, environment: environment)
  }

  @Test func checkAcceptsIt() throws {
    let folder = try SynBinary.temporaryDirectory(with: ["conforms.syn": Self.script])
    let result = try SynBinary.run(["check", folder.appendingPathComponent("conforms.syn").path])
    #expect(result.exitCode == 0, "\(result.stdout)\n\(result.stderr)")
  }

  @Test func theAnswersOfSynServeConform() throws {
    let server = try ServedSimulator()
    defer { _ = server.stop() }
    let result = try runScript(["--backend", "live", "--base-url", server.origin])
    #expect(result.exitCode == 0, "\(result.stdout)\n\(result.stderr)")
  }

  @Test func anAnswerThatDriftedFailsNamingThePath() throws {
    let served = try ServedSimulator()
    defer { _ = served.stop() }
    let foreign = try ForeignServer(proxying: served, mode: .drift)
    defer { foreign.stop() }
    let result = try runScript(
      ["--backend", "live", "--base-url", foreign.origin],
      environment: ["SYNPOSTER_API_KEY": served.synposterKey, "SYNUP_API_KEY": served.synupKey])
    #expect(result.exitCode == 4, "\(result.stdout)\n\(result.stderr)")
    let output = result.stdout + result.stderr
    #expect(output.contains("conforms.syn:2:1: expectation failed: expect body conforms"), "\(output)")
    #expect(output.contains(".id:") && output.contains("expected string, actual 42"), "\(output)")
    #expect(!output.contains(served.synposterKey))
  }
}
