import SynJSON
import Testing

@testable import SynRuntime

/// `--compare`'s comparison of two answers to one request: each kind of
/// difference, and the generated values it does not count.
@Suite struct AnswerDifferTests {
  private static func answer(_ status: Int, _ body: String?) throws -> AnswerDiffer.Answer {
    AnswerDiffer.Answer(status: status, body: try body.map { try JSONValue(parsing: $0) })
  }

  /// Each difference as `subject: first | second (kind)`, for readable expectations.
  private static func lines(_ first: AnswerDiffer.Answer, _ second: AnswerDiffer.Answer) -> [String] {
    AnswerDiffer.differences(between: first, and: second).map {
      "\($0.subject): \($0.first) | \($0.second) (\($0.kind.rawValue))"
    }
  }

  @Test func identicalAnswersDoNotDiffer() throws {
    let body = #"{"name":"Alice","tags":["a","b"],"metadata":{"tier":"pro"},"active":true,"score":1.5}"#
    #expect(Self.lines(try Self.answer(200, body), try Self.answer(200, body)).isEmpty)
  }

  @Test func generatedValuesOfTheSameKindAreNotDifferences() throws {
    let live =
      #"{"id":"3f2a1c4e-9b7d-4e2f-8a1b-0c9d8e7f6a5b","createdAt":"2026-03-01T10:00:00Z","#
      + #""accountId":17,"authUrl":"https://x.com/oauth?state=abc","apiKey":"sk_live_aaaa","#
      + #""node":"TG9jYXRpb246MQ=="}"#
    let mock =
      #"{"id":"0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d","createdAt":"2026-01-01T00:00:00Z","#
      + #""accountId":3,"authUrl":"http://127.0.0.1/mock/oauth?state=zzz","apiKey":"sk_live_bbbb","#
      + #""node":"TG9jYXRpb246Mg=="}"#
    #expect(Self.lines(try Self.answer(201, live), try Self.answer(201, mock)).isEmpty)
  }

  @Test func idsAndTimesQuotedInsideTextAreNotDifferencesButTheRestOfTheTextIs() throws {
    let live = #"{"message":"No profile with id 3f2a1c4e-9b7d-4e2f-8a1b-0c9d8e7f6a5b before 2026-03-01T10:00:00Z"}"#
    let mock = #"{"message":"No profile with id 0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d before 2026-01-01T00:00:00Z"}"#
    #expect(Self.lines(try Self.answer(404, live), try Self.answer(404, mock)).isEmpty)
    let other = #"{"message":"No post with id 0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d before 2026-01-01T00:00:00Z"}"#
    #expect(Self.lines(try Self.answer(404, live), try Self.answer(404, other)).count == 1)
  }

  @Test func aGeneratedValueOfAnotherKindIsADifference() throws {
    let lines = Self.lines(
      try Self.answer(200, #"{"id":"3f2a1c4e-9b7d-4e2f-8a1b-0c9d8e7f6a5b"}"#), try Self.answer(200, #"{"id":7}"#))
    #expect(lines == [#".id: "3f2a1c4e-9b7d-4e2f-8a1b-0c9d8e7f6a5b" | 7 (type)"#])
  }

  @Test func aDifferentStatusIsReportedAloneWithItsErrorCode() throws {
    let lines = Self.lines(
      try Self.answer(503, #"{"error":"service_unavailable","message":"try later"}"#),
      try Self.answer(201, #"{"name":"Alice"}"#))
    #expect(lines == ["status: 503 service_unavailable | 201 (status)"])
  }

  @Test func anotherErrorCodeAtTheSameStatusIsReportedAlone() throws {
    let lines = Self.lines(
      try Self.answer(200, #"{"data":null,"errors":[{"message":"SY90006: Internal error"}]}"#),
      try Self.answer(200, #"{"data":null,"errors":[{"message":"SY90002: Invalid Id"}]}"#))
    #expect(lines == ["error code: SY90006 | SY90002 (error code)"])
    let oneSided = Self.lines(
      try Self.answer(400, #"{"error":"validation_error"}"#), try Self.answer(400, #"{"message":"bad"}"#))
    #expect(oneSided == ["error code: validation_error | none (error code)"])
  }

  @Test func aFieldOnOneSideOnlyIsAbsentOnTheOther() throws {
    let lines = Self.lines(
      try Self.answer(200, #"{"name":"A","metadata":{"tier":"pro"}}"#),
      try Self.answer(200, #"{"name":"A","metadata":{},"extra":null}"#))
    #expect(lines == [#".metadata.tier: "pro" | absent (absent)"#, ".extra: absent | null (absent)"])
  }

  @Test func differentLiteralsAndTypes() throws {
    let lines = Self.lines(
      try Self.answer(200, #"{"name":"Alice","count":3,"active":true,"note":null}"#),
      try Self.answer(200, #"{"name":"Bob","count":"3","active":false,"note":"x"}"#))
    #expect(
      lines == [
        #".name: "Alice" | "Bob" (literal)"#, #".count: 3 | "3" (type)"#, ".active: true | false (literal)",
        #".note: null | "x" (type)"#,
      ])
  }

  @Test func arraysAreComparedByPositionAndLength() throws {
    let lines = Self.lines(
      try Self.answer(200, #"{"data":[{"name":"a"},{"name":"b"},{"name":"c"}]}"#),
      try Self.answer(200, #"{"data":[{"name":"a"},{"name":"B"}]}"#))
    #expect(lines == [".data: 3 items | 2 items (length)", #".data[1].name: "b" | "B" (literal)"#])
  }

  @Test func nestedDifferencesNameTheirWholePath() throws {
    let lines = Self.lines(
      try Self.answer(200, #"{"data":{"createLocation":{"location":{"address":{"city":"Austin","zip":"78701"}}}}}"#),
      try Self.answer(200, #"{"data":{"createLocation":{"location":{"address":{"city":"Dallas","zip":78701}}}}}"#))
    #expect(
      lines == [
        #".data.createLocation.location.address.city: "Austin" | "Dallas" (literal)"#,
        #".data.createLocation.location.address.zip: "78701" | 78701 (type)"#,
      ])
  }

  @Test func aKeyIsNeverShown() throws {
    let lines = Self.lines(try Self.answer(200, #"{"apiKey":"sk_live_secret123"}"#), try Self.answer(200, "{}"))
    #expect(lines == [#".apiKey: "****" | absent (absent)"#])
  }

  @Test func bodiesThatAreNotJSONCompareAsText() throws {
    let first = AnswerDiffer.Answer(status: 502, body: .string("Bad gateway"))
    let second = AnswerDiffer.Answer(status: 502, body: nil)
    #expect(Self.lines(first, second) == [#".: "Bad gateway" | absent (absent)"#])
  }
}
