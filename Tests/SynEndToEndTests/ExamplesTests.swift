import Foundation
import Testing

/// The README's promises: the quick start runs, every example passes.
@Suite struct ExamplesTests {
  @Test func quickstartPrintsItsOutputAndExitsZero() throws {
    let result = try SynBinary.run(["run", "examples/quickstart.syn"])
    #expect(result.exitCode == 0, "stderr: \(result.stderr)")
    #expect(result.stderr.isEmpty)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "HTTP 201 Created (POST /v1/profiles)")
    #expect(result.stdout.contains("\"name\": \"Alice's Brand\""))
    #expect(result.stdout.contains("  \"metadata\": {\n    \"tier\": \"pro\"\n  },"))
    let found = try #require(lines.first { $0.hasPrefix("found ") })
    #expect(found.hasPrefix("found Alice's Brand as "))
    #expect(lines.last?.hasPrefix("second user-42 refused: ") == true)
  }

  @Test func everyExamplePasses() throws {
    let result = try SynBinary.run(["test", "examples"])
    #expect(result.exitCode == 0, "stdout: \(result.stdout)\nstderr: \(result.stderr)")
    let last = try #require(result.stdout.split(separator: "\n").last)
    #expect(last.hasSuffix(" passed, 0 failed"))
    #expect(!result.stdout.contains("FAIL"))
  }

  @Test func profilesExampleCoversEveryRuleAsItsOwnCase() throws {
    let result = try SynBinary.run(["test", "examples/profiles.syn"])
    #expect(result.exitCode == 0, "stdout: \(result.stdout)")
    let passed = result.stdout.split(separator: "\n").filter { $0.hasPrefix("PASS") }
    #expect(passed.count >= 25)
    #expect(result.stdout.contains("402 on the 10th Starter profile, counting Default"))
  }
}
