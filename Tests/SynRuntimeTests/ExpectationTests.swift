import SynRuntime
import Testing

/// Every subject and predicate of language.md section 4 holds where it should and fails where it should not.
@Suite struct ExpectationTests {
  static let setup = """
    create profile name="Alice's Brand" externalId=user-42 metadata={"tier": "pro", "n": 1.0, "tags": ["a", "b"]}
    """

  @Test(arguments: [
    "expect status 201", "expect status 2xx", "expect status in [200, 201]", "expect status != 200",
    "expect .name == \"Alice's Brand\"", "expect .metadata.n == 1",
    "expect .metadata == {\"n\": 1, \"tags\": [\"a\", \"b\"], \"tier\": \"pro\"}",
    "expect .name contains \"Brand\"", "expect .metadata.tags contains \"b\"",
    "expect .metadata contains {\"tier\": \"pro\"}",
    "expect .name startsWith \"Ali\"", "expect .name endsWith \"Brand\"", "expect .id matches /^[0-9a-f-]{36}$/",
    "expect .id matches \"^[0-9a-f]\"", "expect .externalId exists", "expect .nope not exists",
    "expect .id is uuid", "expect .createdAt is timestamp", "expect .metadata is object",
    "expect .metadata.tags is array",
    "expect .metadata.n is number", "expect .metadata.n is integer", "expect .name is string", "expect . is object",
    "expect .metadata.tags count == 2", "expect .name count > 5", "expect .metadata count >= 3",
    "expect .metadata.n < 2", "expect .metadata.n >= 1", "expect .createdAt <= .updatedAt",
    "expect .metadata.tier in [\"free\", \"pro\"]", "expect header content-type contains \"json\"",
    "expect header Content-Type startsWith \"application/json\"", "expect time < 60000",
    "expect body contains \"user-42\"",
    "expect not error external_id_conflict", "expect .name not == \"Bob\"", "expect .externalId != null",
    "expect $last.status == 201", "expect $last.body.name == .name",
  ])
  func holds(_ expectation: String) async throws {
    let harness = try await Harness.start()
    let stop = await harness.run(Self.setup + "\n" + expectation)
    #expect(stop == nil, "\(expectation): \(stop?.report ?? "")")
  }

  @Test(arguments: [
    "expect status 200", "expect status 4xx", "expect status in [400, 409]", "expect .name == \"Alice\"",
    "expect .metadata == {\"tier\": \"pro\"}", "expect .metadata.tags == [\"b\", \"a\"]",
    "expect .name contains \"Bob\"",
    "expect .metadata.tags contains \"c\"", "expect .metadata contains {\"tier\": \"free\"}",
    "expect .name startsWith \"Bob\"",
    "expect .name endsWith \"Alice\"", "expect .id matches /^x/", "expect .nope exists", "expect .id not exists",
    "expect .name is uuid", "expect .name is timestamp", "expect .metadata.tags is object", "expect .id is email",
    "expect .id is url", "expect .metadata.tags count == 3", "expect .metadata.n > 1", "expect .nope == null",
    "expect .externalId == null", "expect header x-nope exists", "expect error external_id_conflict",
    "expect .metadata.tier in [\"free\"]", "expect .nope count == 0", "expect .metadata.n is string",
  ])
  func fails(_ expectation: String) async throws {
    let harness = try await Harness.start()
    let stop = await harness.run(Self.setup + "\n" + expectation)
    #expect(stop?.isExpectationFailure == true, "\(expectation) should fail")
  }

  @Test func failureReportHasActualExpectedAndResponse() async throws {
    let harness = try await Harness.start()
    let stop = try #require(await harness.run("create profile name=Bob\nexpect .name == \"Alice\""))
    let lines = stop.report.split(separator: "\n").map(String.init)
    #expect(lines[0] == "test.syn:2:1: expectation failed: expect .name == \"Alice\"")
    #expect(lines[1] == "  actual:   \"Bob\"")
    #expect(lines[2] == "  expected: \"Alice\"")
    #expect(lines[3].hasPrefix("  response: 201 POST /v1/profiles ("))
    #expect(lines[3].hasSuffix(" ms)"))
  }

  @Test func missingIsReportedAsMissing() async throws {
    let harness = try await Harness.start()
    let stop = try #require(await harness.run("list profiles\nexpect .data[5].name == \"x\""))
    #expect(stop.report.contains("  actual:   missing\n"))
  }

  @Test func countFailureShowsTheCount() async throws {
    let harness = try await Harness.start()
    let stop = try #require(await harness.run("list profiles\nexpect .data count == 3"))
    #expect(stop.report.contains("  actual:   count 1: "))
    #expect(stop.report.contains("  expected: count == 3\n"))
  }

  @Test func errorCodesAreFoundInSynupShapes() async throws {
    let harness = try await Harness.start()
    await harness.run("use synup\nsend GET /api/v4/locations Authorization:\"API wrong\"")
    #expect(await harness.run("expect error SY90005") == nil)
    #expect(await harness.run("expect status 401") == nil)
  }

  @Test func orderingMismatchedTypesIsARuntimeError() async throws {
    let harness = try await Harness.start()
    let stop = await harness.run("create profile name=a\nexpect .name < 3")
    #expect(stop?.runtimeMessage == "cannot order string and number with <")
  }
}
