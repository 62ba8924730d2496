import Testing

@testable import SynSimulator

/// The date parameters of synup-sections.md 2.6, read once for every route.
@Suite struct SynupDateRangeTests {
  static let today = Timestamp(iso8601: "2026-01-31T15:00:00Z")!

  @Test func bothEndsAreIncludedAndTheDefaultIsThirtyDays() throws {
    let range = try SynupDateRange(fromDate: nil, toDate: nil, whenMissing: .lastThirtyDays(endingOn: Self.today))
    #expect(range.lastDay - range.firstDay + 1 == 30)
    #expect(Timestamp(dayNumber: range.firstDay).synupDay == "2026-01-02")
    #expect(range.contains(Self.today))
    let ending = try SynupDateRange(
      fromDate: nil, toDate: "2026-01-10", whenMissing: .lastThirtyDays(endingOn: Self.today))
    #expect(Timestamp(dayNumber: ending.firstDay).synupDay == "2025-12-12")
  }

  @Test func sevenHundredThirtyOneDaysIsTheLongestRange() throws {
    #expect(throws: Never.self) {
      try SynupDateRange(fromDate: "2024-01-01", toDate: "2025-12-31", whenMissing: .invalid)
    }
    #expect(throws: SynupFailure.self) {
      try SynupDateRange(fromDate: "2024-01-01", toDate: "2026-01-01", whenMissing: .invalid)
    }
  }

  @Test func anUnboundedEndDoesNotBoundTheRange() throws {
    let range = try SynupDateRange(fromDate: "2026-01-05", toDate: nil, whenMissing: .unbounded)
    #expect(range.contains(Timestamp(iso8601: "9999-01-01T00:00:00Z")!))
    #expect(!range.contains(Timestamp(iso8601: "2026-01-04T23:59:59Z")!))
  }

  @Test(arguments: ["2026-1-05", "2026-01-05T00:00:00Z", "2026-02-29", "", "tomorrow"])
  func onlyRealDaysInYYYYMMDDAreDates(text: String) {
    #expect(throws: SynupFailure.self) { try SynupDateRange(fromDate: text, toDate: nil, whenMissing: .unbounded) }
  }
}
