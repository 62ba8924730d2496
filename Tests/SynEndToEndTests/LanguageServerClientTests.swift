import Foundation
import Testing

/// `syn lsp` end to end: a real LSP client (PyPI's pytest-lsp) drives the built
/// binary through Tests/LSP/test_syn_lsp.py, and the exit codes of the lifecycle.
@Suite struct LanguageServerClientTests {
  static let pythonTests = SynBinary.packageRoot.appendingPathComponent("Tests/LSP")

  @Test func aRealLSPClientDrivesTheServer() throws {
    let probe = try SynBinary.tool("python3", ["-c", "import pytest_lsp"])
    try #require(
      probe.exitCode == 0, "pytest-lsp is missing: run scripts/setup-test-tools (\(probe.stderr))")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-m", "pytest", "-q", "-p", "no:cacheprovider", Self.pythonTests.path]
    process.currentDirectoryURL = Self.pythonTests
    var environment = ProcessInfo.processInfo.environment
    environment["SYN_BINARY"] = SynBinary.executable.path
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let report = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(report)")
    #expect(report.contains("7 passed"), "\(report)")
  }

  @Test func endOfInputWithoutShutdownExitsWithOne() throws {
    #expect(try SynBinary.run(["lsp"], input: "").exitCode == 1)
  }

  @Test func shutdownThenExitExitsWithZeroAfterAnsweringGarbage() throws {
    let messages = [
      "{not json", #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#,
      #"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#, #"{"jsonrpc":"2.0","method":"exit"}"#,
    ]
    let input = messages.map { "Content-Length: \($0.utf8.count)\r\n\r\n\($0)" }.joined()
    let result = try SynBinary.run(["lsp"], input: input)
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stdout.contains(#""code":-32700"#))
    #expect(result.stdout.contains(#""id":2,"result":null"#))
  }
}
