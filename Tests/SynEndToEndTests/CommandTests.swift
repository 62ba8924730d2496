import Foundation
import SynHTTP
import Testing

/// `syn test`, `syn run` and standard input, end to end.
@Suite struct CommandTests {
  @Test func testRunsEveryCaseInAFreshSessionAndEndsWithTheSummary() throws {
    let script = """
      create profile name=prelude as p

      test "passes"
      expect $p.name == "prelude"
      list profiles
      expect .data count == 2

      test "fails, and the next case still runs"
      expect status 500

      test "is skipped"
      skip "not today"

      test "sees only its own account"
      list profiles
      expect .data count == 2
      """
    let directory = try SynBinary.temporaryDirectory(with: ["suite.syn": script])
    let result = try SynBinary.run(["test", "."], in: directory)
    #expect(result.exitCode == 4)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.last == "2 passed, 1 failed, 1 skipped")
    #expect(lines.contains { $0.hasPrefix("PASS  ./suite.syn › passes") })
    #expect(lines.contains { $0.hasPrefix("FAIL  ./suite.syn › fails, and the next case still runs") })
    #expect(lines.contains("SKIP  ./suite.syn › is skipped: not today"))
    #expect(lines.contains { $0.hasPrefix("PASS  ./suite.syn › sees only its own account") })
  }

  @Test func fileWithoutTestLinesIsOneCaseNamedAfterIt() throws {
    let directory = try SynBinary.temporaryDirectory(with: ["smoke.syn": "get usage\nexpect status 200\n"])
    let result = try SynBinary.run(["test", "smoke.syn"], in: directory)
    #expect(result.exitCode == 0, "stdout: \(result.stdout)")
    #expect(result.stdout.contains("PASS  smoke.syn › smoke"))
    #expect(result.stdout.hasSuffix("1 passed, 0 failed\n"))
  }

  @Test func standardInputIsReadAsAScript() throws {
    let result = try SynBinary.run([], input: "create profile name=piped\nprint .name\nexpect status 201\n")
    #expect(result.exitCode == 0, "stderr: \(result.stderr)")
    #expect(result.stdout == "piped\n")
  }

  @Test func standardInputFailureUsesRunExitCodes() throws {
    let result = try SynBinary.run([], input: "list profiles\nexpect status 404\n")
    #expect(result.exitCode == 4)
    #expect(result.stderr.hasPrefix("<stdin>:2:1: expectation failed: expect status 404"))
  }

  @Test func varDefinesStringVariables() throws {
    let result = try SynBinary.run(["--var", "who=world", "--var", "n=42"], input: "print \"hello\" $who $n\n")
    #expect(result.stdout == "hello world 42\n", "stderr: \(result.stderr)")
  }

  @Test func verboseShowsRequestsWithTheKeyMasked() throws {
    let result = try SynBinary.run(["-v"], input: "list profiles\n")
    #expect(result.exitCode == 0)
    #expect(result.stderr.contains("> GET /v1/profiles"))
    #expect(result.stderr.contains("> x-api-key: sk_live_****"))
    #expect(result.stderr.contains("< HTTP 200 OK"))
    let keyPattern = try Regex("sk_live_[a-z0-9]{32}")
    #expect(result.stderr.firstMatch(of: keyPattern) == nil, "the tenant's key must never be printed")
  }

  @Test func includeRunsInTheSameSessionRelativeToTheFile() throws {
    let directory = try SynBinary.temporaryDirectory(with: [
      "main.syn": "include \"shared/setup.syn\"\nget profile $made.id\nexpect .name == \"from include\"\n",
      "shared/setup.syn": "create profile name=\"from include\" as made\n",
    ])
    let result = try SynBinary.run(["run", "main.syn"], in: directory)
    #expect(result.exitCode == 0, "stderr: \(result.stderr)")
  }
}
