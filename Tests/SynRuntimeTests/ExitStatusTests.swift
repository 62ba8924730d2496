import SynLanguage
import Testing

@testable import SynRuntime

/// The exit codes of language.md section 9, and how a run picks one.
@Suite struct ExitStatusTests {
  @Test func codesAreTheOnesTheLanguagePageGives() {
    #expect(ExitStatus.success.rawValue == 0)
    #expect(ExitStatus.usageError.rawValue == 1)
    #expect(ExitStatus.parseError.rawValue == 2)
    #expect(ExitStatus.runtimeError.rawValue == 3)
    #expect(ExitStatus.expectationFailed.rawValue == 4)
    #expect(ExitStatus.interrupted.rawValue == 130)
  }

  static let location = SourceLocation(file: "t.syn", line: 1, column: 1)

  func result(_ outcome: CaseResult.Outcome) -> CaseResult {
    CaseResult(file: "t.syn", name: "case", outcome: outcome, milliseconds: 0)
  }

  var expectationFailure: CaseResult {
    result(.failed(.expectationFailed(ExpectationFailure(location: Self.location, statement: "fail", details: []))))
  }

  var runtimeError: CaseResult {
    result(.failed(.runtimeError(Diagnostic(at: Self.location, "boom", sourceLine: ""))))
  }

  var parseError: CaseResult {
    result(.failed(.parseErrors([Diagnostic(at: Self.location, "bad", sourceLine: "")])))
  }

  @Test func aRunEndsWithItsGravestFailure() {
    let passed = result(.passed)
    let skipped = result(.skipped(reason: "later"))
    #expect([CaseResult]().exitStatus == .success)
    #expect([passed, skipped].exitStatus == .success)
    #expect([passed, expectationFailure].exitStatus == .expectationFailed)
    #expect([expectationFailure, runtimeError].exitStatus == .runtimeError)
    #expect([expectationFailure, parseError, runtimeError].exitStatus == .parseError)
  }
}
