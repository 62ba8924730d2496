import Foundation
import Testing

/// `syn test --backend live` against `syn serve` standing in for a real account: the cleanup
/// ledger leaves the tenant as it found it, and the reports name what it could not delete (docs/live.md).
@Suite(.serialized) struct LiveCleanupTests {
  /// Two profiles, an account on each, posts scheduled to one and to both, and a profile the case deletes
  /// itself: everything here can be deleted. The cases check nothing of cleanup.
  static let createsAndDeletes = """
    mock clock "2026-04-28T12:00:00Z"

    test "profiles, accounts and scheduled posts"
    create profile name=alice as alice
    connect account twitter profileId=$alice.id
    mock authorize handle=@alice
    let a = .accountId
    create profile name=bob as bob
    connect account twitter profileId=$bob.id
    mock authorize handle=@bob
    let b = .accountId
    create post accountIds=[$a, $b] text=later scheduledAt="2026-05-01T09:00:00Z"
    expect status 201
    create post accountIds=$b text="later too" scheduledAt="2026-05-02T09:00:00Z"
    expect status 201

    test "a profile the case deletes itself"
    create profile name=carol as carol
    delete profile $carol.id
    expect status 204
    """

  /// A post published at once, which the API refuses to delete (409).
  static let publishes = """
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

  /// The server's own tenant as `syn -c` prints it: its profiles, each profile's accounts, its posts.
  private func tenantState(_ server: ServedSimulator) throws -> String {
    let result = try SynBinary.run(
      live(server) + ["-c", "list profiles\nfor p in .data {\n  list accounts profileId=$p.id\n}\nlist posts"])
    #expect(result.exitCode == 0, "\(result.stderr)")
    return result.stdout
  }

  /// The options that send to `server`'s printed tenant, so its state can be read afterwards.
  private func live(_ server: ServedSimulator) -> [String] {
    ["--backend", "live", "--base-url", server.origin, "--api-key", server.synposterKey]
  }

  @Test func cleanupOnLiveLeavesTheTenantAsItWasFound() throws {
    let server = try ServedSimulator()
    defer { _ = server.stop() }
    let before = try tenantState(server)
    let directory = try SynBinary.temporaryDirectory(with: ["suite.syn": Self.createsAndDeletes])
    // Cleanup is on by default with --backend live.
    let result = try SynBinary.run(["test"] + live(server) + ["suite.syn"], in: directory)
    #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
    // Newest first: each post before the accounts it went to, each account before its profile.
    let order = /\n    cleanup: deleted post \S+, post \S+, account \S+, profile \S+, account \S+, profile \S+\n/
    #expect(result.stdout.contains(order), "\(result.stdout)")
    #expect(result.stdout.matches(of: /cleanup:/).count == 2, "the case that deleted its own profile has no line")
    #expect(result.stdout.contains("2 passed, 0 failed; cleanup: 6 deleted\n"), "\(result.stdout)")
    #expect(try tenantState(server) == before)
  }

  @Test func theReportsNameThePublishedPostItCouldNotDelete() throws {
    let server = try ServedSimulator()
    defer { _ = server.stop() }
    let before = try tenantState(server)
    let directory = try SynBinary.temporaryDirectory(with: ["posts.syn": Self.publishes])
    let result = try SynBinary.run(
      ["test"] + live(server) + [
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
    #expect(after.contains("\"id\": \"\(postID)\""), "the post the reports name is the one left")
    #expect(
      junit.contains("<system-out>cleanup not deleted: post \(postID) (delete post: 409 post_already_published ("))
    let lint = try SynBinary.tool("xmllint", ["--noout", "out.xml"], in: directory)
    #expect(lint.exitCode == 0, "\(lint.stderr)")
    let tap = try String(contentsOf: directory.appendingPathComponent("out.tap"), encoding: .utf8)
    #expect(tap.contains("# cleanup not deleted: post \(postID) (delete post: 409 post_already_published ("))
  }

  @Test func noCleanupLeavesWhatTheCasesMade() throws {
    let server = try ServedSimulator()
    defer { _ = server.stop() }
    let directory = try SynBinary.temporaryDirectory(with: ["suite.syn": Self.createsAndDeletes])
    let result = try SynBinary.run(["test"] + live(server) + ["--no-cleanup", "suite.syn"], in: directory)
    #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
    #expect(!result.stdout.contains("cleanup"))
    #expect(profiles(in: try tenantState(server)) == ["Default", "alice", "bob"])
  }

  /// `syn FILE` is `syn run FILE`: cleanup is off unless asked, and `syn --cleanup FILE` asks.
  @Test func anImplicitRunCleansUpWhenAsked() throws {
    let server = try ServedSimulator()
    defer { _ = server.stop() }
    let before = try tenantState(server)
    let directory = try SynBinary.temporaryDirectory(with: ["suite.syn": Self.createsAndDeletes])
    let cleaned = try SynBinary.run(live(server) + ["--cleanup", "suite.syn"], in: directory)
    #expect(cleaned.exitCode == 0, "\(cleaned.stdout)\(cleaned.stderr)")
    #expect(cleaned.stderr.contains("suite.syn: profiles, accounts and scheduled posts: cleanup: deleted post "))
    #expect(try tenantState(server) == before)

    let kept = try SynBinary.run(live(server) + ["suite.syn"], in: directory)
    #expect(kept.exitCode == 0, "\(kept.stdout)\(kept.stderr)")
    #expect(!kept.stderr.contains("cleanup"))
    #expect(profiles(in: try tenantState(server)) == ["Default", "alice", "bob"])
  }

  @Test func cleanupIsRefusedWhereNothingWouldBeCleanedUp() throws {
    let result = try SynBinary.run(["--cleanup", "-c", "create profile name=a"])
    #expect(result.exitCode == 1)
    #expect(result.stderr.contains("--cleanup and --no-cleanup go with files"))
    #expect(!result.stdout.contains("HTTP 201"), "nothing was sent")
  }

  @Test func theHelpOfTestAndRunNamesTheFlags() throws {
    for command in ["test", "run"] {
      let help = try SynBinary.run(["help", command])
      #expect(help.stdout.contains("--cleanup/--no-cleanup"), "syn help \(command)")
      #expect(help.stdout.contains("docs/live.md"), "syn help \(command)")
    }
  }

  /// The `name` of every profile `list profiles` printed.
  private func profiles(in output: String) -> [String] {
    output.matches(of: /"name": "([^"]*)"/).map { String($0.output.1) }
  }
}
