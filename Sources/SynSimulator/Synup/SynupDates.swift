/// The three ways Synup prints a time, all read from the tenant's clock.
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

  /// The first instant of the next calendar month (UTC): when Synup's billing
  /// cycle ends and a scheduled archival takes effect.
  var startOfNextMonth: Timestamp {
    let date = date
    return Timestamp(date: CivilDate(year: date.year, month: date.month, day: 1).addingMonths(1), secondOfDay: 0)
  }
}
