import SynLanguage
import SynRuntime
import Testing

/// What `syn run` and `syn test` check before anything is sent: variables
/// nothing can bind are errors (with the caret under them), required fields
/// left out are warnings.
@Suite struct PreRunCheckTests {
  func findings(_ source: String, defined: Set<String> = []) -> [String] {
    let parsed = parseScript(source, file: "t.syn")
    #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.map(\.rendered))")
    return StaticChecker.check(parsed.script, definedVariables: defined).map {
      "\($0.location.line):\($0.location.column): \($0.severity == .error ? "error" : "warning"): \($0.message)"
    }
  }

  @Test func aVariableNothingBindsIsAnErrorUnderTheVariable() {
    let found = findings("list profiles\nget profile $alice.id")
    #expect(
      found == ["2:13: error: undefined variable '$alice': nothing in this script binds it (let, as, for, --var)"])
  }

  @Test func theNearestBoundNameIsSuggested() {
    let found = findings("create profile name=a as alice\nget profile $alcie.id")
    #expect(found.count == 1)
    #expect(found.first?.hasSuffix("did you mean 'alice'?") == true, "\(found)")
  }

  @Test func everyBinderBindsWhereverItStands() {
    let source = """
      let a = 1
      create profile name=$a as b
      for c in [1] {
        print $c
      }
      repeat 2 print $i
      print $b.id $token $env.HOME $last
      """
    #expect(findings(source, defined: ["token"]).isEmpty)
    // Bound later in the file still counts: the check is conservative, the run reports the real order.
    #expect(findings("print $late\nlet late = 1").isEmpty)
  }

  @Test func variablesInsideStringsJSONAndExpectationsAreChecked() {
    let source = """
      create profile name="p-$who" metadata={"owner": $owner}
      expect .name == $expected
      """
    let found = findings(source)
    #expect(found.map { String($0.prefix(4)) } == ["1:24", "1:49", "2:17"], "\(found)")
  }

  @Test func variablesInMockStatementsAreChecked() {
    let source = """
      mock clock $when
      mock review locationId=$loc rating=2
      mock finish kind=photo-upload id=$job
      mock listing locationId=$loc site=yelp.com status=FAILED
      mock webhook url=$hook
      """
    let found = findings(source)
    #expect(found.map { String($0.prefix(5)) } == ["1:12:", "2:24:", "3:34:", "4:25:", "5:18:"], "\(found)")
  }

  @Test func aScriptThatIncludesAFileIsNotCheckedForVariables() {
    #expect(findings("include \"setup.syn\"\nget profile $fromSetup.id").isEmpty)
  }

  @Test func withoutDefinedVariablesTheVariableCheckIsOff() {
    let parsed = parseScript("get profile $alice.id", file: "t.syn")
    #expect(StaticChecker.check(parsed.script).isEmpty)
  }

  @Test func missingRequiredFieldsAreAWarningListingThem() {
    #expect(
      findings("create profile externalId=x") == [
        "1:1: warning: create profile needs the field name: none given (sent without)"
      ])
    #expect(findings("create profile name=a").isEmpty)
  }

  @Test func missingRequiredSynupFieldsAreListedToo() {
    let found = findings("use synup\ncreate location name=Bakery")
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("2:1: warning: create location needs the fields ") == true, "\(found)")
    #expect(found.first?.contains("name,") == false, "\(found)")
  }

  @Test func positionalsFillTheirFields() {
    // `get user ID…` fills `userIds` from its positionals (Synup's ids travel in the query).
    #expect(findings("use synup\nget user VXNlcjox").isEmpty)
  }
}
