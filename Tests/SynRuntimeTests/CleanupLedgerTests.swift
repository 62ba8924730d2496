import SynCatalog
import SynHTTP
import SynJSON
import SynLanguage
import SynSimulator
import SynTestSupport
import Testing

@testable import SynRuntime

/// The cleanup ledger (docs/live.md): what a case made and left is removed after its `finally`, newest first.
/// Each case runs on a tenant signed up here, so what it left can be read afterwards.
@Suite struct CleanupLedgerTests {
  let simulator = Simulator()

  /// Runs the first case of `source` with `apiKey` (one of `tenant`'s keys) instead of its own tenant's.
  /// A script that does not parse, or has no case, fails the test that wrote it instead of the test process.
  private func run(_ source: String, key: String, cleanup: Bool = true) async throws -> CaseResult {
    var configuration = RunConfiguration(mockBackend: SimulatorBackend(simulator: simulator))
    configuration.apiKey = key
    configuration.cleanup = cleanup
    let parsed = parseScript(source, file: "t.syn")
    try #require(parsed.diagnostics.isEmpty, "the test's script does not parse: \(parsed.diagnostics.map(\.rendered))")
    let testCase = try #require(parsed.script.runnableCases.first, "the test's script has no case")
    let runner = ScriptRunner(configuration: configuration, output: CapturedOutput())
    return await runner.run(testCase, file: "t.syn")
  }

  private func get(_ path: String, query: [QueryItem] = [], key: String, api: APIName = .synposter) throws
    -> JSONValue
  {
    let header = Catalog.named(api).auth.header(for: key)
    let answer = simulator.handle(
      HTTPRequest(method: "GET", path: path, query: query, headers: HTTPHeaders([(header.name, header.value)])))
    #expect(answer.status == 200)
    return try JSONValue(parsing: answer.body)
  }

  private func profileNames(key: String) throws -> [String] {
    try get("/v1/profiles", key: key)["data"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
  }

  @Test func whatTheCaseLeftIsDeletedNewestFirstAndNothingElse() async throws {
    let tenant = try NewTenant(signingUpOn: simulator)
    let result = try await run(
      """
      test "t"
      create profile name=a as a
      create profile name=b as b
      create profile name=c as c
      delete profile $b.id
      send DELETE /v1/profiles/$c.id
      create profile name=d as d
      create profile name=""
      expect status 400
      """, key: tenant.synposterKey)
    #expect(!result.outcome.isFailure)
    // b and c were deleted by the case itself, the refused create made nothing.
    #expect(result.cleanup.map(\.resource) == ["profile", "profile"])
    #expect(result.cleanup.map(\.outcome) == [.deleted, .deleted])
    #expect(result.cleanup.map(\.operation) == ["delete profile", "delete profile"])
    #expect(result.cleanup.map(\.status) == [204, 204])
    #expect(try profileNames(key: tenant.synposterKey) == ["Default"])
    let line = try #require(result.cleanup.line)
    #expect(line.hasPrefix("cleanup: deleted profile "))
  }

  @Test func withoutCleanupTheCaseLeavesWhatItMade() async throws {
    let tenant = try NewTenant(signingUpOn: simulator)
    let result = try await run("test \"t\"\ncreate profile name=kept", key: tenant.synposterKey, cleanup: false)
    #expect(result.cleanup.isEmpty)
    #expect(try profileNames(key: tenant.synposterKey) == ["Default", "kept"])
  }

  /// The `finally` block still finds the profile: the cleanup deletes it afterwards.
  @Test func cleanupRunsAfterFinally() async throws {
    let tenant = try NewTenant(signingUpOn: simulator)
    let result = try await run(
      """
      test "t"
      create profile name=a as a
      finally {
        get profile $a.id
        expect status 200
      }
      """, key: tenant.synposterKey)
    #expect(!result.outcome.isFailure)
    #expect(result.cleanup.map(\.outcome) == [.deleted])
  }

  /// Not a statement, yet not silent: `$last` stays the case's own last response, and `-v` prints the teardown.
  @Test func theTeardownIsNotTheLastResponseButVerboseShowsIt() async throws {
    var configuration = RunConfiguration.simulated()
    configuration.cleanup = true
    configuration.verbose = true
    let session = try await Session.start(configuration: configuration)
    let output = CapturedOutput()
    let interpreter = Interpreter(session: session, output: output)
    try await interpreter.run(parseStatements("create profile name=a\nget usage", file: "t.syn").statements)
    let records = await interpreter.cleanUp()
    #expect(records.map(\.outcome) == [.deleted])
    #expect(session.last?.request.path == "/v1/usage")
    let id = try #require(records.first?.id)
    #expect(output.error.contains("> DELETE /v1/profiles/\(id)\n"), "\(output.error)")
    #expect(output.error.contains("< HTTP 204"), "\(output.error)")
  }

  /// On the simulator: a suite of profiles, accounts and posts leaves no profile but the Default, no account, no post.
  @Test func profilesAccountsAndPostsAreAllGoneAfterwards() async throws {
    let tenant = try NewTenant(signingUpOn: simulator)
    let key = tenant.synposterKey
    let result = try await run(
      """
      test "t"
      mock clock "2026-04-28T12:00:00Z"
      create profile name=alice as alice
      connect account twitter profileId=$alice.id
      mock authorize handle=@alice
      let acct = .accountId
      connect account twitter
      mock authorize handle=@on_default
      let other = .accountId
      create post accountIds=[$acct, $other] text=later scheduledAt="2026-05-01T09:00:00Z"
      create post accountIds=$other text="later too" scheduledAt="2026-05-02T09:00:00Z"
      """, key: key)
    #expect(!result.outcome.isFailure)
    #expect(result.cleanup.map(\.resource) == ["post", "post", "account", "account", "profile"])
    #expect(result.cleanup.allSatisfy { $0.outcome == .deleted })
    #expect(try profileNames(key: key) == ["Default"])
    let profiles = try get("/v1/profiles", key: key)["data"]?.arrayValue
    let defaultID = try #require(profiles?.first?["id"]?.stringValue)
    let accounts = try get("/v1/accounts", query: [QueryItem(name: "profileId", value: defaultID)], key: key)
    #expect(accounts["data"]?.arrayValue?.isEmpty == true)
    #expect(try get("/v1/posts", key: key)["data"]?.arrayValue?.isEmpty == true)
  }

  @Test func aPublishedPostIsReportedNotDeletedWithItsReason() async throws {
    let tenant = try NewTenant(signingUpOn: simulator)
    let result = try await run(
      """
      test "t"
      connect account twitter
      mock authorize handle=@alice
      create post accountIds=.accountId text="published now" as post
      """, key: tenant.synposterKey)
    #expect(!result.outcome.isFailure, "a failed cleanup does not fail the case")
    let post = try #require(result.cleanup.first)
    #expect(post.resource == "post")
    #expect(post.outcome == .notDeleted)
    #expect(post.status == 409)
    #expect(post.reason?.hasPrefix("409 post_already_published") == true)
    #expect(result.cleanup.line?.contains("could not delete post \(post.id): 409 post_already_published") == true)
  }

  /// The same X user approved twice on one profile keeps its account; an idempotent replay answers the same post.
  @Test func anIDAnsweredTwiceIsRemovedOnce() async throws {
    let tenant = try NewTenant(signingUpOn: simulator)
    let result = try await run(
      """
      test "t"
      mock clock "2026-04-28T12:00:00Z"
      connect account twitter
      mock authorize handle=@alice
      connect account twitter
      mock authorize handle=@alice
      let acct = .accountId
      create post accountIds=$acct text=later scheduledAt="2026-05-01T09:00:00Z" Idempotency-Key:k1
      create post accountIds=$acct text=later scheduledAt="2026-05-01T09:00:00Z" Idempotency-Key:k1
      """, key: tenant.synposterKey)
    #expect(!result.outcome.isFailure, "\(result.outcome)")
    #expect(result.cleanup.map(\.resource) == ["post", "account"])
    #expect(result.cleanup.allSatisfy { $0.outcome == .deleted })
  }

  @Test func whatWentWithItsProfileIsAlreadyGone() async throws {
    let tenant = try NewTenant(signingUpOn: simulator)
    let result = try await run(
      """
      test "t"
      create profile name=a as a
      connect account twitter profileId=$a.id
      mock authorize handle=@alice
      delete profile $a.id
      """, key: tenant.synposterKey)
    #expect(result.cleanup.map(\.resource) == ["account"])
    #expect(result.cleanup.map(\.outcome) == [.alreadyGone])
    #expect(result.cleanup.first?.status == 404)
  }

  @Test func synupLocationsAreArchivedAndFoldersDeleted() async throws {
    let tenant = try NewTenant(signingUpOn: simulator)
    let result = try await run(
      """
      test "t"
      use synup
      let about = "\(String(repeating: "A cafe on Main Street. ", count: 10))"
      create location name="Cafe One" street="1 Main St" city=Austin postalCode=78701 phone="(512) 555-0100" \\
        stateIso=TX countryIso=US subCategoryId="U3ViQ2F0ZWdvcnk6MjA=" storeId=c1 description=$about
      create location name="Cafe Two" street="2 Main St" city=Austin postalCode=78701 phone="(512) 555-0101" \\
        stateIso=TX countryIso=US subCategoryId="U3ViQ2F0ZWdvcnk6MjA=" storeId=c2 description=$about
      archive location .data.createLocation.location.id
      create folder "Spring Menus"
      create folder "Spring Menus"
      """, key: tenant.synupKey)
    #expect(!result.outcome.isFailure)
    // The second folder create is Synup's refusal at 200 (the name is taken): nothing to remove.
    #expect(result.cleanup.map(\.resource) == ["folder", "location"])
    #expect(result.cleanup.map(\.id).first == "spring menus")
    #expect(result.cleanup.map(\.operation) == ["delete folder", "archive location"])
    #expect(result.cleanup.allSatisfy { $0.outcome == .deleted })
    let folders = try get("/api/v4/folders/flat", key: tenant.synupKey, api: .synup)
    #expect(!folders.compactText.lowercased().contains("spring menus"), "\(folders.compactText)")
    let locations = try get("/api/v4/locations", key: tenant.synupKey, api: .synup)
    // Synup archives at the billing cycle's end: both locations stay listed, each with its archival scheduled.
    let text = locations.compactText
    #expect(text.matches(of: /"archivalScheduledAt":"/).count == 2, "\(text)")
    #expect(!text.contains("\"archivalScheduledAt\":null"), "\(text)")
  }
}
