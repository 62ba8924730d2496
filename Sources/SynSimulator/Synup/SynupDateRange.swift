/// The UTC days a Synup read covers (synup-sections.md 2.6): two dates as
/// `YYYY-MM-DD` (`fromDate`/`toDate`, or reviews' `startDate`/`endDate`), both
/// ends included. Every route of the sections that takes dates reads them
/// here, so each failure has one spelling.
struct SynupDateRange: Sendable, Equatable {
  /// What a missing date means.
  enum MissingDates: Sendable {
    /// Both dates are required: a missing one is `SY60103`.
    case invalid
    /// `toDate` is the day of `today`, `fromDate` the 29 days before `toDate`: 30 days.
    case lastThirtyDays(endingOn: Timestamp)
    /// A missing bound does not bound the range.
    case unbounded
    /// A missing bound is this day (days since 1970-01-01).
    case days(first: Int, last: Int)
    /// A missing bound lies the longest span allowed from the other one.
    case longestSpanFromTheOther
  }

  /// The longest range a request may name, to bound the work.
  static let longestSpan = 731

  /// Days since 1970-01-01 of the first and the last day (`Int.min`/`Int.max` when unbounded).
  let firstDay: Int
  let lastDay: Int

  init(fromDate: String?, toDate: String?, whenMissing rule: MissingDates) throws(SynupFailure) {
    let from = try fromDate.map { text throws(SynupFailure) in try Self.day(text) }
    let to = try toDate.map { text throws(SynupFailure) in try Self.day(text) }
    switch rule {
    case .invalid:
      guard let from, let to else { throw .invalidDate }
      firstDay = from
      lastDay = to
    case .lastThirtyDays(let today):
      lastDay = to ?? today.dayNumber
      firstDay = from ?? lastDay - 29
    case .unbounded:
      firstDay = from ?? .min
      lastDay = to ?? .max
    case .days(let first, let last):
      firstDay = from ?? first
      lastDay = to ?? last
    case .longestSpanFromTheOther:
      guard let known = from ?? to else { throw .invalidDate }
      firstDay = from ?? known - (Self.longestSpan - 1)
      lastDay = to ?? known + (Self.longestSpan - 1)
    }
    guard firstDay <= lastDay else { throw .resolver("SY60101: fromDate cannot be greater than toDate.") }
    if firstDay != .min, lastDay != .max, lastDay - firstDay + 1 > Self.longestSpan { throw .invalidDate }
  }

  /// The range reviews filter by: nil when neither date is given (no filter).
  static func optional(fromDate: String?, toDate: String?) throws(SynupFailure) -> SynupDateRange? {
    guard fromDate != nil || toDate != nil else { return nil }
    return try SynupDateRange(fromDate: fromDate, toDate: toDate, whenMissing: .longestSpanFromTheOther)
  }

  private init(firstDay: Int, lastDay: Int) {
    self.firstDay = firstDay
    self.lastDay = lastDay
  }

  /// The first day's midnight (a bounded range only).
  var start: Timestamp { Timestamp(dayNumber: firstDay) }

  /// The midnight after the last day (a bounded range only).
  var end: Timestamp { Timestamp(dayNumber: lastDay + 1) }

  /// The same number of days just before this range (review analytics' P).
  var previous: SynupDateRange {
    SynupDateRange(firstDay: 2 * firstDay - lastDay - 1, lastDay: firstDay - 1)
  }

  /// Whether `time` falls on one of the days.
  func contains(_ time: Timestamp) -> Bool {
    (firstDay...lastDay).contains(time.dayNumber)
  }

  /// The days up to and including the day of `now`, oldest first: dates after today are dropped.
  func days(through now: Timestamp) -> ClosedRange<Int>? {
    let last = min(lastDay, now.dayNumber)
    return firstDay <= last ? firstDay...last : nil
  }

  /// A `YYYY-MM-DD` day, or `SY60103: Invalid Date`.
  private static func day(_ text: String) throws(SynupFailure) -> Int {
    guard text.utf8.count == 10, let midnight = Timestamp(iso8601: text) else { throw .invalidDate }
    return midnight.dayNumber
  }
}

extension SynupFailure {
  static let invalidDate = SynupFailure.resolver("SY60103: Invalid Date")
}

extension Timestamp {
  /// Days since 1970-01-01 of this time's UTC day.
  var dayNumber: Int {
    secondsSinceEpoch.quotientAndFlooredRemainder(dividingBy: Timestamp.secondsPerDay).quotient
  }

  /// Midnight UTC of day `dayNumber`.
  init(dayNumber: Int) {
    self.init(secondsSinceEpoch: dayNumber * Timestamp.secondsPerDay)
  }
}
