import SynRuntime
import Testing

/// `matches` and `contains` templates, `each` and `[*]` (language.md section 4.1), run as scripts
/// against values bound with `let`, so the parser, the substitution and the matcher are all in the way.
@Suite struct TemplateMatchingTests {
  /// Runs `let v = VALUE` then `expect $v PREDICATE`; nil when it held.
  func check(_ value: String, _ predicate: String) async throws -> Interruption? {
    let harness = try await Harness.start()
    return await harness.run("let v = \(value)\nexpect $v \(predicate)")
  }

  /// Runs `expect $v PREDICATE` on `value` and checks that it held, or that it failed as an expectation.
  func expectOutcome(_ value: String, _ predicate: String, holds: Bool) async throws {
    let stop = try await check(value, predicate)
    if holds {
      #expect(stop == nil, "\(value) \(predicate): \(stop?.report ?? "")")
    } else {
      #expect(stop?.isExpectationFailure == true, "\(value) \(predicate) should fail")
    }
  }

  static let uuid = #""7f0c1a52-4a5e-4c3b-9d2e-0a1b2c3d4e5f""#

  /// Each marker against a value it accepts and one it does not (none for `#ignore`), as the
  /// value of key "k"; `absent` stands for no key "k" at all.
  @Test(
    arguments: [
      ("#string", #""x""#, "1"), ("#number", "1.5", #""1""#), ("#integer", "3", "3.5"), ("#integer", "3.0", "null"),
      ("#boolean", "false", #""false""#), ("#object", "{}", "[]"), ("#array", "[]", "{}"), ("#null", "null", "0"),
      ("#uuid", uuid, #""7f0c1a52""#), ("#timestamp", #""2026-04-28T12:00:00Z""#, #""yesterday""#),
      ("#email", #""a@example.com""#, #""a@""#), ("#url", #""https://x.com/a""#, #""x.com""#),
      ("#any", "null", "absent"), ("#regex /^ab+$/", #""abb""#, #""abc""#), ("#regex /^1/", #""12""#, "12"),
      ("#string?", "null", "2"), ("#string?", "absent", "[]"), ("#ignore", "[1]", nil), ("#ignore", "absent", nil),
      ("#absent", "absent", "null"),
    ] as [(String, String, String?)])
  func markerAcceptsAndRejects(marker: String, accepted: String, rejected: String?) async throws {
    func object(_ value: String) -> String { value == "absent" ? "{}" : #"{"k": \#(value)}"# }
    let template = #"matches {"k": \#(marker)}"#
    #expect(try await check(object(accepted), template) == nil, "\(marker) should accept \(accepted)")
    guard let rejected else { return }
    let stop = try await check(object(rejected), template)
    #expect(stop?.isExpectationFailure == true, "\(marker) should reject \(rejected)")
  }

  @Test(arguments: [
    // Optional and absent keys: a TYPE? marker, #ignore and #absent let the key be missing; others do not.
    (#"{}"#, #"matches {"a": #string?, "b": #ignore, "c": #absent}"#, true),
    (#"{"a": "x", "b": null}"#, #"matches {"a": #string?, "b": #ignore, "c": #absent}"#, true),
    (#"{"c": 1}"#, #"matches {"c": #absent}"#, false), (#"{}"#, #"matches {"a": #any}"#, false),
    (#"{}"#, #"matches {"a": #string}"#, false), (#"{}"#, #"matches {"a": null}"#, false),
    // Exact keys, unless the template ends with `...`.
    (#"{"a": 1, "b": 2}"#, #"matches {"a": 1}"#, false), (#"{"a": 1, "b": 2}"#, #"matches {"a": 1, ...}"#, true),
    (#"{"b": 2, "a": 1}"#, #"matches {"a": #number, "b": #number}"#, true), (#"{"b": 2}"#, "matches {...}", true),
    (#"[1]"#, "matches {...}", false),
    // Arrays element by element, same length; nested arrays and objects.
    (#"[1, "a", {"b": [true]}]"#, #"matches [#integer, #string, {"b": [#boolean]}]"#, true),
    (#"[1, "a"]"#, "matches [#integer]", false), (#"[1]"#, "matches [#integer, #integer]", false),
    (#"[1, 2]"#, "matches [2, 1]", false),
    (#"{"p": {"q": [{"r": "s", "t": 1}]}}"#, #"matches {"p": {"q": [{"r": #string, ...}]}}"#, true),
    (#"{"p": {"q": [{"r": 5}]}}"#, #"matches {"p": {"q": [{"r": #string}]}}"#, false),
    // Numbers by exact value, big integers included.
    (#"{"n": 1}"#, #"matches {"n": 1.0}"#, true), (#"{"n": 1e2}"#, #"matches {"n": 100}"#, true),
    (#"{"n": 123456789012345678901234567890}"#, #"matches {"n": 123456789012345678901234567890.0}"#, true),
    (#"{"n": 123456789012345678901234567890}"#, #"matches {"n": 123456789012345678901234567891}"#, false),
    (#"{"n": 9007199254740993}"#, #"matches {"n": 9007199254740992}"#, false),
    // A value bound to a variable is a template without markers: matched exactly.
    (#"{"a": 1}"#, "matches $v", true),
    // A regex or a string after `matches` keeps its meaning.
    (#""abc""#, "matches /^a/", true), (#""abc""#, #"matches "c$""#, true), (#""abc""#, "matches /^b/", false),
    // `contains`: a recursive subset, markers included.
    (#"{"a": 1, "m": {"t": "pro", "u": 2}}"#, #"contains {"m": {"t": #string}}"#, true),
    (#"{"a": 1, "m": {"t": "pro"}}"#, #"contains {"m": {"t": #number}}"#, false),
    (#"{"a": 1}"#, #"contains {"b": #string?}"#, true), (#"{"a": 1}"#, #"contains {"a": #absent}"#, false),
    (#"{"tags": ["x", "y", "z"]}"#, #"contains {"tags": ["z", "x"]}"#, true),
    (#"{"tags": ["x"]}"#, #"contains {"tags": ["w"]}"#, false),
    (#"[{"id": 1, "n": "a"}, {"id": 2, "n": "b"}]"#, #"contains {"n": "b"}"#, true),
    (#"[{"id": 1, "n": "a"}]"#, #"contains {"n": #number}"#, false),
    (#"[1, 2.0]"#, "contains 2", true), (#""abc""#, #"contains "bc""#, true), (#""abc""#, #"contains "x""#, false),
    (#"{"n": 2}"#, #"contains {"n": 2.00}"#, true),
    (#"{"a": 1}"#, #"not matches {"a": #string}"#, true), (#"{"a": 1}"#, #"not contains {"a": 1}"#, false),
  ])
  func templateHoldsOrFails(value: String, predicate: String, holds: Bool) async throws {
    try await expectOutcome(value, predicate, holds: holds)
  }

  @Test func variablesAndPathsAreReplacedBeforeMatching() async throws {
    let harness = try await Harness.start()
    let stop = await harness.run(
      """
      create profile name=Alice metadata={"tier": "pro"}
      let tier = "pro"
      expect . matches {"id": .id, "name": .name, "metadata": {"tier": $tier}, ...}
      expect . contains {"metadata": $last.body.metadata}
      """)
    #expect(stop == nil, "\(stop?.report ?? "")")
    let missing = await harness.run(#"expect . matches {"id": $nope, ...}"#)
    #expect(missing?.runtimeMessage?.hasPrefix("undefined variable $nope") == true, "\(missing?.report ?? "")")
  }

  @Test func everyMismatchIsReportedWithItsPathAndBothSides() async throws {
    let harness = try await Harness.start()
    let stop = try #require(
      await harness.run(
        """
        let v = {"createdAt": "yesterday", "metadata": {"tier": "team"}, "nickname": "al", "tags": [1]}
        expect $v.metadata matches {"tier": "pro"}
        """))
    #expect(
      stop.report == """
        test.syn:2:1: expectation failed: expect $v.metadata matches {...}
          $v.metadata.tier: expected "pro", actual "team"
        """)
    let whole = try #require(
      await harness.run(
        #"expect $v matches {"createdAt": #timestamp, "metadata": {"tier": "pro"}, "email": #email, "tags": [1, 2]}"#))
    #expect(
      whole.report.split(separator: "\n").map(String.init) == [
        "test.syn:1:1: expectation failed: expect $v matches {...}",
        #"  $v.createdAt: expected #timestamp, actual "yesterday""#,
        #"  $v.metadata.tier: expected "pro", actual "team""#,
        "  $v.email: expected #email, actual missing",
        "  $v.tags: expected 2 elements, actual [1]",
        "  $v.nickname: not in the template",
      ])
  }

  @Test func mismatchesUnderAResponsePathAndLongValuesElided() async throws {
    let harness = try await Harness.start()
    let long = String(repeating: "x", count: 100)
    let stop = try #require(
      await harness.run("create profile name=\(long)\nexpect . matches {\"name\": #number, ...}"))
    let lines = stop.report.split(separator: "\n").map(String.init)
    #expect(lines[1] == "  .name: expected #number, actual \"" + String(repeating: "x", count: 56) + "...")
    #expect(lines[2].hasPrefix("  response: 201 POST /v1/profiles ("))
  }

  @Test func apiKeysInMismatchesAreMasked() async throws {
    let key = "sk_live_" + String(repeating: "a", count: 32)
    let stop = try #require(try await check(#"{"k": "\#(key)"}"#, #"matches {"k": #number}"#))
    #expect(!stop.report.contains(key), "\(stop.report)")
  }

  // MARK: - each

  @Test(arguments: [
    (#"[{"s": "x"}, {"s": "x"}]"#, #"each .s == "x""#, true), (#"[{"s": "x"}, {"s": "y"}]"#, #"each .s == "x""#, false),
    (#"[{"a": 1}, {}]"#, "each is object", true), (#"[{"a": 1}, 2]"#, "each is object", false),
    (#"[{"a": 1}, {"a": 2, "b": 3}]"#, #"each matches {"a": #integer, ...}"#, true),
    (#"[{"a": 1}, {"a": "2"}]"#, #"each matches {"a": #integer}"#, false),
    (#"[{"a": 1}, {"b": 1}]"#, "each .a not exists", false), (#"[{"b": 1}]"#, "each .a not exists", true),
    (#"[{"s": "p"}, {"s": "q"}]"#, #"each .s in ["p", "q"]"#, true),
    ("[]", "each is string", true), ("[]", #"each matches {"a": 1}"#, true),
  ])
  func eachAppliesThePredicateToEveryElement(value: String, predicate: String, holds: Bool) async throws {
    try await expectOutcome(value, predicate, holds: holds)
  }

  @Test(arguments: [("{}", "object {}"), (#""x""#, #"string "x""#), ("null", "null null")])
  func eachOnANonArrayIsARuntimeError(value: String, found: String) async throws {
    let stop = try await check(value, "each is object")
    #expect(stop?.runtimeMessage == "'each' needs an array, but $v is \(found)")
    #expect(stop?.exitStatus == .runtimeError)
  }

  @Test func eachOnAMissingSubjectIsARuntimeError() async throws {
    let harness = try await Harness.start()
    let stop = await harness.run("list profiles\nexpect .nope each is object")
    #expect(stop?.runtimeMessage == "'each' needs an array, but .nope is missing")
  }

  @Test func eachReportsEveryFailingElement() async throws {
    let harness = try await Harness.start()
    let stop = try #require(
      await harness.run(
        """
        let v = {"data": [{"s": "published", "id": 1}, {"s": "draft", "id": "x"}, {"id": 2}]}
        expect $v.data each matches {"s": "published", "id": #integer}
        """))
    #expect(
      stop.report.split(separator: "\n").map(String.init) == [
        "test.syn:2:1: expectation failed: expect $v.data each matches {...}",
        #"  $v.data[1].s: expected "published", actual "draft""#,
        #"  $v.data[1].id: expected #integer, actual "x""#,
        #"  $v.data[2].s: expected "published", actual missing"#,
      ])
    let simple = try #require(await harness.run(#"expect $v.data each .s == "published""#))
    #expect(
      simple.report.split(separator: "\n").map(String.init) == [
        #"test.syn:1:1: expectation failed: expect $v.data each .s == "published""#,
        #"  $v.data[1].s: expected "published", actual "draft""#,
        #"  $v.data[2].s: expected "published", actual missing"#,
      ])
  }

  // MARK: - [*]

  @Test(arguments: [
    // A field of every element, in order; elements without it are left out.
    (#"{"d": [{"n": "a"}, {"n": "b"}]}"#, "$v.d[*].n", #"["a","b"]"#),
    (#"{"d": [{"n": "a"}, {}, {"n": null}, 3]}"#, "$v.d[*].n", #"["a",null]"#),
    (#"{"d": [{}, {}]}"#, "$v.d[*].n", "[]"), (#"{"d": []}"#, "$v.d[*].n", "[]"),
    (#"{"d": [1, 2]}"#, "$v.d[*]", "[1,2]"),
    // A later [*] flattens into the same array.
    (#"{"d": [{"t": [1, 2]}, {"t": [3]}, {}]}"#, "$v.d[*].t[*]", "[1,2,3]"),
    (#"{"d": [{"t": [{"x": 1}, {}]}, {"t": [{"x": 2}]}]}"#, "$v.d[*].t[*].x", "[1,2]"),
  ])
  func wildcardCollectsEveryElementsField(value: String, path: String, collected: String) async throws {
    let harness = try await Harness.start()
    let stop = await harness.run("let v = \(value)\nexpect \(path) == \(collected)")
    #expect(stop == nil, "\(stop?.report ?? "")")
  }

  @Test func wildcardOnANonArrayIsMissing() async throws {
    let harness = try await Harness.start()
    #expect(await harness.run(#"let v = {"d": {"n": 1}}"# + "\nexpect $v.d[*].n not exists") == nil)
    #expect(await harness.run(#"let v = {"d": "text"}"# + "\nexpect $v.d[*] not exists") == nil)
  }

  @Test func wildcardOverAResponse() async throws {
    let harness = try await Harness.start()
    let stop = await harness.run(
      """
      create profile name=Alice
      create profile name=Bob
      list profiles
      expect .data[*].name contains "Alice"
      expect .data[*].id count == 3
      expect .data[*].id each is uuid
      """)
    #expect(stop == nil, "\(stop?.report ?? "")")
  }
}
