import Foundation
import Testing

/// Wrong scripts get precise diagnostics and the exit codes of language.md section 9.
@Suite struct DiagnosticsTests {
  @Test func parseErrorIsLocatedWithCaretAndExitsTwo() throws {
    let directory = try SynBinary.temporaryDirectory(with: ["bad.syn": "list profiles\nexpect .name ==\n"])
    let result = try SynBinary.run(["run", "bad.syn"], in: directory)
    #expect(result.exitCode == 2)
    #expect(result.stderr.hasPrefix("bad.syn:2:"))
    #expect(result.stderr.contains(": error: "))
    #expect(result.stderr.contains("    expect .name ==\n"))
    #expect(result.stderr.contains("^"))
    #expect(result.stdout.isEmpty, "nothing runs when the script does not parse")
  }

  @Test func checkReportsEveryErrorNotJustTheFirst() throws {
    let script = """
      create profile name="unterminated
      expect .x is colour
      repeat 3 {
      list profiles
      """
    let directory = try SynBinary.temporaryDirectory(with: ["three.syn": script])
    let result = try SynBinary.run(["check", "three.syn"], in: directory)
    #expect(result.exitCode == 2)
    let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("three.syn:") }
    #expect(errors.count >= 3, "stderr: \(result.stderr)")
    #expect(result.stderr.contains("three.syn:1:"))
    #expect(result.stderr.contains("three.syn:2:"))
    #expect(result.stderr.contains("did you mean 'boolean'") || result.stderr.contains("colour"))
  }

  @Test func checkFindsUnknownOperationsWithSuggestions() throws {
    let directory = try SynBinary.temporaryDirectory(with: ["ops.syn": "crate profile name=a\ncreate profil name=b\n"])
    let result = try SynBinary.run(["check", "ops.syn"], in: directory)
    #expect(result.exitCode == 2)
    #expect(result.stderr.contains("ops.syn:1:1: error: unknown verb 'crate' for synposter; did you mean 'create'?"))
    #expect(
      result.stderr.contains(
        "ops.syn:2:8: error: unknown noun 'profil' for 'create' in synposter; did you mean 'profile'?"))
  }

  @Test func checkOfAGoodFileExitsZero() throws {
    let result = try SynBinary.run(["check", "examples/quickstart.syn", "examples/profiles.syn"])
    #expect(result.exitCode == 0, "stderr: \(result.stderr)")
  }

  @Test func unknownVerbRefusesTheRunBeforeAnythingIsSent() throws {
    let directory = try SynBinary.temporaryDirectory(with: ["verb.syn": "list profiles\nshow\ncrate profile name=a\n"])
    let result = try SynBinary.run(["run", "verb.syn"], in: directory)
    #expect(result.exitCode == 2)
    #expect(result.stderr.contains("verb.syn:3:1: error: unknown verb 'crate' for synposter; did you mean 'create'?"))
    #expect(result.stdout.isEmpty, "nothing ran: \(result.stdout)")
  }

  @Test func undefinedVariableSuggestsTheNearestName() throws {
    let directory = try SynBinary.temporaryDirectory(with: [
      "vars.syn": "create profile name=a as alice\nget profile $alce.id\n"
    ])
    let result = try SynBinary.run(["run", "vars.syn"], in: directory)
    #expect(result.exitCode == 2)
    #expect(result.stderr.contains("vars.syn:2:13: error: undefined variable '$alce'"), "\(result.stderr)")
    #expect(result.stderr.contains("did you mean 'alice'?"), "\(result.stderr)")
  }

  @Test func failedExpectationPrintsActualExpectedAndResponse() throws {
    let directory = try SynBinary.temporaryDirectory(with: [
      "fail.syn": "create profile name=Bob\nexpect status 201\nexpect .name == \"Alice\"\nprint \"not reached\"\n"
    ])
    let result = try SynBinary.run(["run", "fail.syn"], in: directory)
    #expect(result.exitCode == 4)
    #expect(!result.stdout.contains("not reached"))
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(lines.count == 4, "stderr: \(result.stderr)")
    #expect(lines[0] == "fail.syn:3:1: expectation failed: expect .name == \"Alice\"")
    #expect(lines[1] == "  actual:   \"Bob\"")
    #expect(lines[2] == "  expected: \"Alice\"")
    #expect(lines[3].hasPrefix("  response: 201 POST /v1/profiles ("))
  }

  @Test func usageErrorExitsOne() throws {
    let result = try SynBinary.run(["run", "--no-such-option", "x.syn"])
    #expect(result.exitCode == 1)
    #expect(result.stderr.contains("--no-such-option"))
  }

  @Test func missingFileIsReported() throws {
    let result = try SynBinary.run(["run", "does-not-exist.syn"])
    // A usage error since issue 20: the command line named the file, the script is not at fault.
    #expect(result.exitCode == 1)
    #expect(result.stderr.contains("does-not-exist.syn: error: no such file"))
  }

  @Test func includeCycleIsReportedWithTheChain() throws {
    let directory = try SynBinary.temporaryDirectory(with: [
      "a.syn": "include \"lib/b.syn\"\n",
      "lib/b.syn": "include \"../a.syn\"\n",
    ])
    let result = try SynBinary.run(["run", "a.syn"], in: directory)
    #expect(result.exitCode == 3)
    #expect(result.stderr.contains("include cycle: "), "stderr: \(result.stderr)")
    #expect(result.stderr.contains("a.syn -> "))
    #expect(result.stderr.contains("b.syn -> "))
  }
}
