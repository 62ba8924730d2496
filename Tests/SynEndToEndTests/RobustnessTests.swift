import Foundation
import Testing

/// No input text crashes, hangs or exhausts syn: it answers with a clear error.
@Suite struct RobustnessTests {
  private func check(_ source: String) throws -> SynBinary.Result {
    let directory = try SynBinary.temporaryDirectory(with: ["input.syn": source])
    return try SynBinary.run(["check", "input.syn"], in: directory)
  }

  @Test func garbageGivesDiagnosticsNotACrash() throws {
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<20_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
    let result = try check(String(decoding: bytes, as: UTF8.self))
    #expect(result.exitCode == 2, "stderr: \(result.stderr.prefix(500))")
    #expect(result.stderr.contains("input.syn:1:"))
  }

  @Test func tenMegabyteLineIsHandled() throws {
    let line = "print \"" + String(repeating: "x", count: 10 * 1024 * 1024) + "\"\n"
    let directory = try SynBinary.temporaryDirectory(with: ["big.syn": line])
    let result = try SynBinary.run(["run", "big.syn"], in: directory)
    #expect(result.exitCode == 0)
    #expect(result.stdout.utf8.count == 10 * 1024 * 1024 + 1)
  }

  @Test func tenMegabyteUnterminatedLineIsAnError() throws {
    let result = try check("print \"" + String(repeating: "y", count: 10 * 1024 * 1024))
    #expect(result.exitCode == 2)
    #expect(result.stderr.contains("input.syn:1:"))
  }

  @Test func deepNestingIsAnErrorNotAStackOverflow() throws {
    let result = try check("send POST /v1/profiles body " + String(repeating: "[", count: 200_000))
    #expect(result.exitCode == 2)
    #expect(result.stderr.contains("input.syn:1:"))
  }

  @Test func deepButLegalNestingRuns() throws {
    let depth = 100
    let json = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    let directory = try SynBinary.temporaryDirectory(with: [
      "deep.syn": "create profile name=a metadata:='{\"x\": \(json)}'\nexpect status 201\n"
    ])
    let result = try SynBinary.run(["run", "deep.syn"], in: directory)
    #expect(result.exitCode == 0, "stderr: \(result.stderr)")
  }
}
