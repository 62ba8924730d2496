import Foundation
import Testing

/// The live backend against `syn serve`: retries, masking, transport errors, parity.
@Suite(.serialized) struct LiveBackendTests {
  func live(_ server: ServedSimulator) -> [String] {
    ["--backend", "live", "--base-url", server.origin]
  }

  @Test func retriesASafeRequestAfterFaults() throws {
    let server = try ServedSimulator()
    defer { _ = server.stop() }
    let script = """
      set retries 2
      mock fault 500 times 2 on create profile
      create profile name="Alice"
      expect status 201
      mock fault 503 times 2 on get usage
      get usage
      expect status 200
      """
    let result = try SynBinary.run(live(server), input: script)
    #expect(result.exitCode == 0, "\(result.stderr)")
  }

  @Test func neverRetriesAnUnsafePost() throws {
    let server = try ServedSimulator()
    defer { _ = server.stop() }
    let script = """
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
      """
    let result = try SynBinary.run(live(server), input: script)
    #expect(result.exitCode == 0, "\(result.stderr)")
  }

  @Test func verboseOutputMasksKeys() throws {
    let server = try ServedSimulator()
    defer { _ = server.stop() }
    let result = try SynBinary.run(
      ["-v", "--api-key", server.synposterKey] + live(server), input: "get usage\nexpect status 200\n")
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stderr.contains("> GET /v1/usage"))
    #expect(result.stderr.contains("\n< ") && result.stderr.contains("200"))
    #expect(!result.stderr.contains(server.synposterKey))
    #expect(!result.stdout.contains(server.synposterKey))
  }

  @Test func aTransportErrorIsARuntimeErrorNamingTheHost() throws {
    let port = try unusedPort()
    let result = try SynBinary.run(
      ["--backend", "live", "--base-url", "http://127.0.0.1:\(port)"], input: "get usage\n")
    #expect(result.exitCode == 3)
    #expect(result.stderr.contains("127.0.0.1:\(port)"), "\(result.stderr)")
    #expect(result.stderr.lowercased().contains("refused"), "\(result.stderr)")
  }

  @Test func theServerStopsOnSIGTERM() throws {
    let server = try ServedSimulator()
    #expect(server.stop() == 0)
  }

  /// Every example and test script gives the same outcomes in process and through `syn serve`.
  @Test func parityWithTheInProcessSimulator() throws {
    let server = try ServedSimulator()
    defer { _ = server.stop() }
    let inProcess = try SynBinary.run(["test", "--jobs", "1", "examples"])
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
