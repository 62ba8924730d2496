/// A `startDate`…`endDate` query (synup-sections.md 2.6): UTC days, both ends
/// included. Kept private to reviews and campaigns until it is merged with the
/// rankings section's helper, which follows the same rules.
struct ReviewDateRange: Sendable {
  /// The first day's midnight.
  let start: Timestamp
  /// The midnight after the last day: a time is in the range when `start <= t < end`.
  let end: Timestamp

  static let maximumDays = 731

  /// Reads the two parameters, each defaulting to `defaults` when absent.
  init(_ query: SynupQueryParameters, defaults: (start: CivilDate, end: CivilDate)) throws(SynupFailure) {
    let first = try Self.day(query.string("startDate")) ?? defaults.start
    let last = try Self.day(query.string("endDate")) ?? defaults.end
    guard first.daysSinceEpoch <= last.daysSinceEpoch else {
      throw .resolver("SY60101: fromDate cannot be greater than toDate.")
    }
    guard last.daysSinceEpoch - first.daysSinceEpoch < Self.maximumDays else { throw Self.invalidDate }
    start = Timestamp(date: first, secondOfDay: 0)
    end = Timestamp(date: last.adding(days: 1), secondOfDay: 0)
  }

  /// Reads only the parameters sent; nil when neither is (no filter). A
  /// missing end lies the longest range allowed from the one given.
  static func optional(_ query: SynupQueryParameters) throws(SynupFailure) -> ReviewDateRange? {
    let span = maximumDays - 1
    switch (try day(query.string("startDate")), try day(query.string("endDate"))) {
    case (nil, nil): return nil
    case (let first?, let last?): return try ReviewDateRange(query, defaults: (first, last))
    case (let first?, nil): return try ReviewDateRange(query, defaults: (first, first.adding(days: span)))
    case (nil, let last?): return try ReviewDateRange(query, defaults: (last.adding(days: -span), last))
    }
  }

  var days: Int { (end.secondsSinceEpoch - start.secondsSinceEpoch) / Timestamp.secondsPerDay }

  func contains(_ time: Timestamp) -> Bool {
    start <= time && time < end
  }

  /// The same number of days just before this range (analytics' P).
  var previous: ReviewDateRange {
    ReviewDateRange(start: start.adding(seconds: -days * Timestamp.secondsPerDay), end: start)
  }

  private init(start: Timestamp, end: Timestamp) {
    self.start = start
    self.end = end
  }

  private static let invalidDate = SynupFailure.resolver("SY60103: Invalid Date")

  private static func day(_ text: String?) throws(SynupFailure) -> CivilDate? {
    guard let text else { return nil }
    guard text.count == 10, let time = Timestamp(iso8601: text) else { throw invalidDate }
    return time.date
  }
}

extension CivilDate {
  fileprivate func adding(days: Int) -> CivilDate {
    CivilDate(daysSinceEpoch: daysSinceEpoch + days)
  }
}
