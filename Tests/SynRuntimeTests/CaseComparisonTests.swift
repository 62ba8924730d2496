import SynJSON
import SynLanguage
import Testing

@testable import SynRuntime

/// How `--compare` matches the two runs of a case statement by statement, and the lines it prints.
@Suite struct CaseComparisonTests {
  private static let sides = ComparedSides(first: "live", second: "mock")

  private static func sent(_ line: Int, _ label: String, _ status: Int, _ body: String = "{}") throws -> SentRequest {
    SentRequest(
      location: SourceLocation(file: "p.syn", line: line, column: 3), label: label,
      answer: AnswerDiffer.Answer(status: status, body: try JSONValue(parsing: body)))
  }

  private static func step(_ line: Int, _ text: String, _ status: CaseTrace.StepStatus) -> CaseTrace.Step {
    CaseTrace.Step(location: SourceLocation(file: "p.syn", line: line, column: 3), text: text, status: status)
  }

  private static func lines(
    _ first: [SentRequest], _ second: [SentRequest], firstSteps: [CaseTrace.Step] = [],
    secondSteps: [CaseTrace.Step] = []
  ) -> [String] {
    let comparison = CaseComparison(
      sides: sides,
      first: .init(
        sent: first, trace: CaseTrace(steps: firstSteps), failed: firstSteps.contains { $0.status == .failed }),
      second: .init(
        sent: second, trace: CaseTrace(steps: secondSteps), failed: secondSteps.contains { $0.status == .failed }))
    return comparison.differences.map { $0.line(sides: sides) }
  }

  @Test func eachStatementIsComparedWithItself() throws {
    let lines = Self.lines(
      [
        try Self.sent(2, "create profile", 201, #"{"name":"A"}"#),
        try Self.sent(3, "get profile", 200, #"{"tier":"pro"}"#),
      ],
      [try Self.sent(2, "create profile", 422, #"{"error":"validation_error"}"#), try Self.sent(3, "get profile", 200)])
    #expect(
      lines == [
        "p.syn:2: create profile: status 201 (live) vs 422 validation_error (mock)",
        #"p.syn:3: get profile: .tier: "pro" (live) vs absent (mock)"#,
      ])
  }

  @Test func aLoopsRequestsAreMatchedInTurnAndNumbered() throws {
    let first = try (1...3).map { try Self.sent(4, "create post", 201, #"{"n":\#($0)}"#) }
    let second = try [1, 2, 4].map { try Self.sent(4, "create post", 201, #"{"n":\#($0)}"#) }
    #expect(Self.lines(first, second) == ["p.syn:4: create post [3]: .n: 3 (live) vs 4 (mock)"])
  }

  @Test func aRequestSentOnOneSideOnlyIsADifference() throws {
    let lines = Self.lines(
      [try Self.sent(2, "list profiles", 200)],
      [try Self.sent(2, "list profiles", 200), try Self.sent(5, "send GET /v1/me", 200)])
    #expect(lines == ["p.syn:5: send GET /v1/me: request not sent (live) vs sent (mock)"])
  }

  @Test func aStatementFailingOnOneSideIsOneLineNotOnePerUnsentRequest() throws {
    let lines = Self.lines(
      [try Self.sent(2, "create profile", 503, #"{"error":"service_unavailable"}"#)],
      [try Self.sent(2, "create profile", 201), try Self.sent(4, "get profile", 200)],
      firstSteps: [
        Self.step(2, "create profile", .passed), Self.step(3, "expect status 201", .failed),
        Self.step(4, "get profile", .notRun),
      ],
      secondSteps: [
        Self.step(2, "create profile", .passed), Self.step(3, "expect status 201", .passed),
        Self.step(4, "get profile", .passed),
      ])
    #expect(
      lines == [
        "p.syn:2: create profile: status 503 service_unavailable (live) vs 201 (mock)",
        "p.syn:3: expect status 201: outcome failed (live) vs passed (mock)",
      ])
  }

  @Test func theReportCountsTheDifferences() throws {
    let comparison = CaseComparison(
      sides: Self.sides, first: .init(sent: [try Self.sent(2, "get profile", 404)], trace: CaseTrace(), failed: false),
      second: .init(sent: [try Self.sent(2, "get profile", 200)], trace: CaseTrace(), failed: false))
    #expect(
      comparison.report == "differs from mock: 1 difference\n  p.syn:2: get profile: status 404 (live) vs 200 (mock)")
  }
}
