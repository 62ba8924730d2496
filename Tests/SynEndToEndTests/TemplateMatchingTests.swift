import Foundation
import Testing

/// `matches` templates through the binary (language.md section 4.1): a failure lists every
/// mismatch under the statement's file:line:col and exits 4; `syn check` accepts the new forms
/// and locates a misspelt marker.
@Suite struct TemplateMatchingEndToEndTests {
  static let script = """
    create profile name="Alice" externalId=user-42
    expect . matches {"id": #uuid, "name": #string, "externalId": #string?, "metadata": #object?, \\
      "createdAt": #timestamp, "updatedAt": #timestamp, ...}
    list profiles
    expect .data each matches {"id": #uuid, "name": #string, ...}
    expect .data[*].name contains "Alice"
    expect .data[1] matches {"id": #uuid, "name": "Bob", "externalId": #number, "createdAt": "yesterday", \\
      "nickname": #string?, "email": #email}
    """

  @Test func aFailingMatchListsEveryMismatchAndExitsFour() throws {
    let directory = try SynBinary.temporaryDirectory(with: ["users.syn": Self.script])
    let result = try SynBinary.run(["run", "users.syn"], in: directory)
    #expect(result.exitCode == 4, "stderr: \(result.stderr)")
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(lines.first == "users.syn:7:1: expectation failed: expect .data[1] matches {...}", "\(result.stderr)")
    #expect(lines.contains(#"  .data[1].name: expected "Bob", actual "Alice""#))
    #expect(lines.contains(#"  .data[1].externalId: expected #number, actual "user-42""#))
    #expect(lines.contains { $0.hasPrefix(#"  .data[1].createdAt: expected "yesterday", actual "20"#) })
    #expect(lines.contains("  .data[1].email: expected #email, actual missing"))
    #expect(lines.contains("  .data[1].metadata: not in the template"))
    #expect(lines.contains("  .data[1].updatedAt: not in the template"))
    #expect(!lines.contains { $0.contains("nickname") }, "an optional key may be missing")
    #expect(lines.last?.hasPrefix("  response: 200 GET /v1/profiles") == true)
  }

  @Test func checkAcceptsTemplatesAndLocatesAMisspeltMarker() throws {
    let good = try SynBinary.temporaryDirectory(with: ["users.syn": Self.script])
    let accepted = try SynBinary.run(["check", "users.syn"], in: good)
    #expect(accepted.exitCode == 0, "stderr: \(accepted.stderr)")
    let bad = try SynBinary.temporaryDirectory(with: [
      "bad.syn": "list profiles\nexpect .data each matches {\"id\": #uuid, \"name\": #strng, ...}\n"
    ])
    let rejected = try SynBinary.run(["check", "bad.syn"], in: bad)
    #expect(rejected.exitCode == 2)
    #expect(rejected.stderr.hasPrefix("bad.syn:2:49: error: unknown marker #strng: did you mean #string?\n"))
  }
}
