import SynLanguage
import SynRuntime
import Testing

/// `syn check` beyond parsing: operations are looked up wherever they stand,
/// against the API active where they run.
@Suite struct StaticCheckerTests {
  /// The checker's findings for `source` (which must parse) as `line:col: message`.
  func findings(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String] {
    let parsed = parseScript(source, file: "t.syn")
    #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.map(\.rendered))", sourceLocation: sourceLocation)
    return StaticChecker.check(parsed.script).map { "\($0.location.line):\($0.location.column): \($0.message)" }
  }

  static let misspeltVerb = "unknown verb 'crate' for synposter; did you mean 'create'?"

  @Test func misspeltOperationAtTheTopLevel() {
    #expect(findings("list profiles\ncrate profile name=a") == ["2:1: \(Self.misspeltVerb)"])
  }

  @Test func misspeltOperationInsideARepeat() {
    #expect(findings("repeat 2 crate profile name=a") == ["1:10: \(Self.misspeltVerb)"])
    #expect(findings("repeat 2 {\n  crate profile name=a\n}") == ["2:3: \(Self.misspeltVerb)"])
  }

  @Test func misspeltOperationInsideAFor() {
    let source = """
      for name in ["a", "b"] {
        create profile name=$name
        crate profile name=$name
      }
      """
    #expect(findings(source) == ["3:3: \(Self.misspeltVerb)"])
  }

  @Test func misspeltOperationInsideAFinally() {
    let inPrelude = "finally {\n  crate profile name=a\n}\nlist profiles"
    #expect(findings(inPrelude) == ["2:3: \(Self.misspeltVerb)"])
    let inCase = "test \"cleans up\"\ncreate profile name=a\nfinally {\n  delete profil $last.id\n}"
    #expect(findings(inCase) == ["4:10: unknown noun 'profil' for 'delete' in synposter; did you mean 'profile'?"])
  }

  @Test func misspeltOperationInNestedBlocksOfATestCase() {
    let source = """
      test "nested"
      repeat 2 {
        for name in ["a"] {
          repeat 2 for tier in ["pro"] {
            crate profile name=$name
          }
        }
      }
      """
    #expect(findings(source) == ["5:7: \(Self.misspeltVerb)"])
  }

  @Test func faultTargetsAreCheckedInsideBlocksToo() {
    #expect(findings("repeat 2 {\n  mock fault 500 on crate profile\n}") == ["2:21: \(Self.misspeltVerb)"])
  }

  @Test func unknownFieldsAreWarnedInsideBlocks() {
    let diagnostics = StaticChecker.check(
      parseScript("for x in [1] {\n  create profile name=a nmae=b\n}", file: "t.syn").script)
    #expect(diagnostics.map(\.severity) == [.warning])
    #expect(diagnostics.first?.location.line == 2)
  }

  @Test func useInsideABlockHoldsAfterItAndAfterTheBlock() {
    let source = """
      for x in [1] {
        list roles
        use synup
        list roles
      }
      list roles
      """
    #expect(findings(source) == ["2:8: unknown noun 'roles' for 'list' in synposter"])
  }

  @Test func finallyRunsAfterTheCaseSoSeesItsLastAPI() {
    let source = """
      test "cleans up in Synup"
      finally {
        list roles
      }
      use synup
      list roles
      """
    #expect(findings(source).isEmpty)
  }

  @Test func eachCaseStartsFromThePreludesAPI() {
    let source = """
      use synup
      test "switches back"
      use synposter
      list profiles
      test "still on Synup"
      list roles
      """
    #expect(findings(source).isEmpty)
  }

  @Test func preludeProblemsAreReportedOnceAndItsFinallyInEveryCase() {
    let source = """
      crate profile name=a
      finally {
        list roles
      }
      test "on Synup"
      use synup
      test "on Synposter"
      test "also on Synposter"
      """
    #expect(
      findings(source) == [
        "1:1: \(Self.misspeltVerb)", "3:8: unknown noun 'roles' for 'list' in synposter",
      ])
  }
}
