import Foundation
import Testing

/// `syn test --backend live` against `syn serve` standing in for a real account: the cleanup
/// ledger leaves the tenant as it found it, and the reports name what it could not delete (docs/live.md).
@Suite(.serialized) struct LiveCleanupTests {
  /// Profiles, accounts and posts, the last one published (409 when deleted); the cases check nothing of cleanup.
  static let suite = """
    mock clock "2026-04-28T12:00:00Z"
    create profile name=alice as alice
    connect account twitter profileId=$alice.id
    mock authorize handle=@alice
    let acct = .accountId

    test "a scheduled post"
    create post accountIds=$acct text=later scheduledAt="2026-05-01T09:00:00Z"
    expect status 201

    test "a published post"
    create post accountIds=$acct text="right now" as now
    expect .status == "published"
    """

  /// The server's own tenant's profiles, posts and the Default profile's accounts, as `syn -c` prints them.
  private func tenantState(_ server: ServedSimulator) throws -> String {
    let result = try SynBinary.run(
      [
        "--backend", "live", "--base-url", server.origin, "--api-key", server.synposterKey, "-c",
        "list profiles\nlist posts",
      ])
    #expect(result.exitCode == 0, "\(result.stderr)")
    return result.stdout
  }

  @Test func theTenantIsAsItWasFoundAndTheReportsNameThePublishedPost() throws {
    let server = try ServedSimulator()
    defer { _ = server.stop() }
    let before = try tenantState(server)
    let directory = try SynBinary.temporaryDirectory(with: ["posts.syn": Self.suite])
    // The server's printed tenant, so its state can be read afterwards; cleanup is on by default on live.
    let result = try SynBinary.run(
      [
        "test", "--backend", "live", "--base-url", server.origin, "--api-key", server.synposterKey,
        "--report", "json=out.json", "--report", "junit=out.xml", "--report", "tap=out.tap", "posts.syn",
      ], in: directory)
    #expect(result.exitCode == 0, "a failed cleanup fails no case: \(result.stdout)\(result.stderr)")
    #expect(result.stdout.contains("cleanup: deleted post "))
    #expect(result.stdout.contains(": 409 post_already_published ("))
    #expect(result.stdout.contains("2 passed, 0 failed; cleanup: 5 deleted, 1 not deleted"), "\(result.stdout)")
    let after = try tenantState(server)
    // Only the published post stays: the API refuses to delete it.
    #expect(after.components(separatedBy: "\"text\": ").count == 2)
    #expect(after.contains("\"text\": \"right now\""))
    #expect(profiles(in: after) == profiles(in: before))

    let report = try JSONSerialization.jsonObject(
      with: Data(contentsOf: directory.appendingPathComponent("out.json")))
    let cases = try #require((report as? [String: Any])?["cases"] as? [[String: Any]])
    let published = try #require(cases.first { $0["name"] as? String == "a published post" })
    let cleanup = try #require(published["cleanup"] as? [[String: Any]])
    let post = try #require(cleanup.first)
    #expect(post["resource"] as? String == "post")
    #expect(post["operation"] as? String == "delete post")
    #expect(post["status"] as? Int == 409)
    #expect(post["outcome"] as? String == "notDeleted")
    #expect((post["reason"] as? String)?.hasPrefix("409 post_already_published (") == true)
    #expect(cleanup.dropFirst().map { $0["outcome"] as? String } == ["deleted", "deleted"])
    let counts = try #require((report as? [String: Any])?["cleanup"] as? [String: Int])
    #expect(counts == ["deleted": 5, "alreadyGone": 0, "notDeleted": 1])

    let junit = try String(contentsOf: directory.appendingPathComponent("out.xml"), encoding: .utf8)
    let postID = try #require(post["id"] as? String)
    #expect(junit.contains("<system-out>"))
    #expect(junit.contains("cleanup not deleted: post \(postID) (delete post: 409 post_already_published ("))
    let lint = try SynBinary.tool("xmllint", ["--noout", "out.xml"], in: directory)
    #expect(lint.exitCode == 0, "\(lint.stderr)")
    let tap = try String(contentsOf: directory.appendingPathComponent("out.tap"), encoding: .utf8)
    #expect(tap.contains("# cleanup not deleted: post \(postID) (delete post: 409 post_already_published ("))
  }

  @Test func noCleanupLeavesWhatTheCasesMade() throws {
    let server = try ServedSimulator()
    defer { _ = server.stop() }
    let directory = try SynBinary.temporaryDirectory(with: ["posts.syn": Self.suite])
    let result = try SynBinary.run(
      [
        "test", "--backend", "live", "--base-url", server.origin, "--api-key", server.synposterKey, "--no-cleanup",
        "posts.syn",
      ], in: directory)
    #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
    #expect(!result.stdout.contains("cleanup"))
    #expect(profiles(in: try tenantState(server)).filter { $0 == "alice" }.count == 2)
  }

  /// The `name` of every profile `list profiles` printed.
  private func profiles(in output: String) -> [String] {
    output.matches(of: /"name": "([^"]*)"/).map { String($0.output.1) }
  }
}
