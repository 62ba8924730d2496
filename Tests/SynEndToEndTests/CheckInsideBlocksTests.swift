import Foundation
import Testing

/// `syn check` finds a misspelt operation wherever it stands: in `for`,
/// `finally` and `repeat` blocks and in blocks nested in a test case.
@Suite struct CheckInsideBlocksTests {
  static let script = """
    for name in ["a", "b"] {
      crate profile name=$name
    }
    repeat 2 {
      lst profiles
    }
    test "cleans up"
    create profile name=kept as kept
    repeat 2 {
      for tier in ["pro"] {
        get profil $kept.id
      }
    }
    finally {
      delet profile $kept.id
    }

    """

  @Test func checkReportsEachOneAtItsLineAndColumn() throws {
    let directory = try SynBinary.temporaryDirectory(with: ["blocks.syn": Self.script])
    let result = try SynBinary.run(["check", "blocks.syn"], in: directory)
    #expect(result.exitCode == 2)
    let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("blocks.syn:") }
    #expect(
      errors == [
        "blocks.syn:2:3: error: unknown verb 'crate' for synposter; did you mean 'create'?",
        "blocks.syn:5:3: error: unknown verb 'lst' for synposter; did you mean 'list'?",
        "blocks.syn:11:9: error: unknown noun 'profil' for 'get' in synposter; did you mean 'profile'?",
        "blocks.syn:15:3: error: unknown verb 'delet' for synposter; did you mean 'delete'?",
      ], "stderr: \(result.stderr)")
    #expect(result.stderr.hasSuffix("4 errors\n"))
  }

  @Test func runRefusesTheSameFileBeforeSendingAnything() throws {
    let directory = try SynBinary.temporaryDirectory(with: ["blocks.syn": Self.script])
    let result = try SynBinary.run(["run", "blocks.syn"], in: directory)
    #expect(result.exitCode == 2)
    #expect(result.stdout.isEmpty, "nothing ran: \(result.stdout)")
    #expect(result.stderr.hasPrefix("blocks.syn:2:3: error: unknown verb 'crate'"), "stderr: \(result.stderr)")
  }
}
