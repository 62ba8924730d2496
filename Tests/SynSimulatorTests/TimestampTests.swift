import SynCatalog
import Testing

@testable import SynSimulator

@Suite struct TimestampTests {
  @Test func civilDatesRoundTripAcrossCenturies() {
    for days in stride(from: -800_000, through: 3_000_000, by: 997) {
      #expect(CivilDate(daysSinceEpoch: days).daysSinceEpoch == days)
    }
    #expect(CivilDate(daysSinceEpoch: 0) == CivilDate(year: 1970, month: 1, day: 1))
    #expect(CivilDate(year: 2000, month: 3, day: 1).daysSinceEpoch == 11_017)
    #expect(CivilDate(daysSinceEpoch: -1) == CivilDate(year: 1969, month: 12, day: 31))
  }

  @Test func formatsISO8601WithZ() {
    #expect(Timestamp.simulationStart.iso8601 == "2026-01-01T00:00:00Z")
    #expect(Timestamp(secondsSinceEpoch: 1_777_377_600).iso8601 == "2026-04-28T12:00:00Z")
    #expect(Timestamp(secondsSinceEpoch: 951_782_399).iso8601 == "2000-02-28T23:59:59Z")
    #expect(Timestamp.supportedRange.lowerBound.iso8601 == "0000-01-01T00:00:00Z")
    #expect(Timestamp.supportedRange.upperBound.iso8601 == "9999-12-31T23:59:59Z")
    #expect(Timestamp.supportedRange.upperBound.adding(seconds: 1).iso8601 == "10000-01-01T00:00:00Z")
    #expect(Timestamp(date: CivilDate(year: -1, month: 12, day: 31), secondOfDay: 61).iso8601 == "-1-12-31T00:01:01Z")
  }

  @Test(arguments: [
    ("2026-04-28T12:00:00Z", 1_777_377_600), ("2026-04-28t12:00:00z", 1_777_377_600),
    ("2026-04-28T12:00:00.999Z", 1_777_377_600), ("2026-04-28T14:30:00+02:30", 1_777_377_600),
    ("2026-04-28T07:00:00-05:00", 1_777_377_600), ("2026-04-28", 1_777_334_400),
    ("2024-02-29T00:00:00Z", 1_709_164_800),
  ])
  func parsesISO8601(text: String, seconds: Int) {
    #expect(Timestamp(iso8601: text)?.secondsSinceEpoch == seconds)
  }

  @Test(arguments: [
    "", "2026-4-28", "2026-04-28T12:00Z", "2026-04-28T12:00:00", "2026-02-29T00:00:00Z", "2026-13-01",
    "2026-04-28T24:00:00Z", "2026-04-28T12:00:00.Z", "2026-04-28T12:00:00+0200", "2026-04-28T12:00:00Zjunk",
    "２０２６-04-28",
  ])
  func refusesMalformedTimes(text: String) {
    #expect(Timestamp(iso8601: text) == nil)
  }

  @Test func monthArithmeticClampsTheDay() throws {
    let january31 = try #require(Timestamp(iso8601: "2026-01-31T10:00:00Z"))
    #expect(january31.addingMonths(1).iso8601 == "2026-02-28T10:00:00Z")
    #expect(january31.addingMonths(2).iso8601 == "2026-03-31T10:00:00Z")
    #expect(january31.addingMonths(-2).iso8601 == "2025-11-30T10:00:00Z")
    #expect(january31.addingMonths(12 * 2 + 1).iso8601 == "2028-02-29T10:00:00Z")
    #expect(january31.addingMonths(-1).iso8601 == "2025-12-31T10:00:00Z")
  }

  @Test(arguments: [
    ("+31d", 31 * 86_400), ("31d", 31 * 86_400), ("90s", 90), ("+2m", 120), ("3h", 10_800), ("1d12h", 129_600),
    ("0s", 0),
  ])
  func parsesClockAdvances(text: String, seconds: Int) {
    #expect(parseClockAdvance(text) == seconds)
  }

  @Test(arguments: ["", "+", "d", "5", "5w", "-1d", "1.5h", "1d 2h", "99999999999999999999s"])
  func refusesMalformedAdvances(text: String) {
    #expect(parseClockAdvance(text) == nil)
  }
}

@Suite struct IdentifierTests {
  @Test func splitMix64MatchesTheReferenceStream() {
    var random = SplitMix64(seed: 0)
    #expect(random.next() == 0xE220_A839_7B1D_CDAF)
    #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
  }

  @Test func resourceIDsRoundTripThroughText() throws {
    var generator = IDGenerator(seed: 7)
    for _ in 0..<100 {
      let id = generator.next()
      #expect(isLowercaseUUIDv4(id.text))
      #expect(ResourceID(Substring(id.text)) == id)
    }
  }

  @Test(arguments: [
    "", "0f8fad5b-d9cb-469f-a165-70867728950", "0f8fad5bd9cb-469f-a165-70867728950e0",
    "0f8fad5b-d9cb-469f-a165-70867728950g",
  ])
  func malformedIDsDoNotParse(text: String) {
    #expect(ResourceID(Substring(text)) == nil)
  }

  @Test func generatorsAreAPureFunctionOfTheSeed() {
    var first = IDGenerator(seed: 42)
    var second = IDGenerator(seed: 42)
    var other = IDGenerator(seed: 43)
    let firstIDs = (0..<10).map { _ in first.next() }
    #expect(firstIDs == (0..<10).map { _ in second.next() })
    #expect(firstIDs != (0..<10).map { _ in other.next() })
  }
}

@Suite struct PathTests {
  @Test(arguments: [
    ("/v1/profiles", ["v1", "profiles"]), ("/v1/profiles/", ["v1", "profiles", ""]), ("/", [""]), ("", []),
    ("v1/profiles", ["profiles"]), ("//x", ["", "x"]), ("/é/ü", ["é", "ü"]),
  ])
  func splitsPathsIntoSegments(path: String, segments: [String]) {
    #expect(pathSegments(path).map(String.init) == segments)
  }

  @Test func templatesMatchOneSegmentPerParameter() {
    let template = PathTemplate("/v1/profiles/{id}")
    #expect(template.match(pathSegments("/v1/profiles/abc")) == ["abc"])
    #expect(template.match(pathSegments("/v1/profiles/")) == nil)
    #expect(template.match(pathSegments("/v1/profiles/a/b")) == nil)
    #expect(template.match(pathSegments("/v1/profiles")) == nil)
  }
}
