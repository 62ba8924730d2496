/// The ways Synup prints a time (synup-sections.md 2.6 names them), all read from the tenant's clock.
extension Timestamp {
  private static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
  ]

  /// `2026-01-01 00:00:00 UTC`: users, roles and folders.
  var synupDateTime: String {
    String(iso8601.dropLast()).replacing("T", with: " ") + " UTC"
  }

  /// `January 1, 2026`: a location's `createdDate` and `lastUpdatedDate`.
  var synupLongDate: String {
    let date = date
    return "\(Timestamp.monthNames[date.month - 1]) \(date.day), \(date.year)"
  }

  /// `2026-01-01T00:00:00.000Z`: a location's `updatedAt` and lifecycle times
  /// (the clock keeps whole seconds, so the milliseconds are always `000`).
  var synupMilliseconds: String {
    String(iso8601.dropLast()) + ".000Z"
  }

  /// `2026-01-05T09:30:00`: the base of the section 2.6 forms below.
  private var isoWithoutZone: String {
    String(iso8601.dropLast())
  }

  /// T-off, `2026-01-05T09:30:00+00:00`: an interaction's `date`, analytics' `startTime`.
  var synupOffset: String {
    isoWithoutZone + "+00:00"
  }

  /// T-offµ, `2026-01-05T09:30:00.000000+00:00`: response dates.
  var synupOffsetMicroseconds: String {
    isoWithoutZone + ".000000+00:00"
  }

  /// T-naiveµ, `2026-01-05T09:30:00.000000`: a keyword's `rankedAt`, a photo's `uploadedAt`.
  var synupNaiveMicroseconds: String {
    isoWithoutZone + ".000000"
  }

  /// T-spaceµ, `2026-01-05 09:30:00.000000`: a widget's `createdAt`.
  var synupSpacedMicroseconds: String {
    synupSpaced + ".000000"
  }

  /// T-space, `2026-01-05 09:30:00`: campaign message times.
  var synupSpaced: String {
    isoWithoutZone.replacing("T", with: " ")
  }

  /// epoch-ms, `"1767605400000"`: a grid report's `createdAt`.
  var synupEpochMilliseconds: String {
    String(secondsSinceEpoch) + "000"
  }

  /// `2026-01-05`: every `…Date` parameter and output date.
  var synupDay: String {
    String(iso8601.prefix(10))
  }

  /// The first instant of the next calendar month (UTC): when Synup's billing
  /// cycle ends and a scheduled archival takes effect.
  var startOfNextMonth: Timestamp {
    let date = date
    return Timestamp(date: CivilDate(year: date.year, month: date.month, day: 1).addingMonths(1), secondOfDay: 0)
  }
}
