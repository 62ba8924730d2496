/// A proleptic Gregorian calendar date, converted to and from days since
/// 1970-01-01 with Howard Hinnant's `days_from_civil` algorithms.
struct CivilDate: Equatable, Sendable {
  var year: Int
  /// 1...12
  var month: Int
  /// 1...31
  var day: Int

  init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// The date `days` days after 1970-01-01 (negative: before it).
  init(daysSinceEpoch days: Int) {
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  }

  /// Days from 1970-01-01 to this date.
  var daysSinceEpoch: Int {
    let adjustedYear = month <= 2 ? year - 1 : year
    let era = (adjustedYear >= 0 ? adjustedYear : adjustedYear - 399) / 400
    let yearOfEra = adjustedYear - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  static func isLeapYear(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  static func daysInMonth(year: Int, month: Int) -> Int {
    switch month {
    case 2: isLeapYear(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// The same day `months` calendar months later (earlier when negative),
  /// clamped to the length of the target month: Jan 31 + 1 month = Feb 28 or 29.
  func addingMonths(_ months: Int) -> CivilDate {
    let monthIndex = year * 12 + (month - 1) + months
    let (targetYear, targetMonth) = monthIndex.quotientAndFlooredRemainder(dividingBy: 12)
    let clampedDay = min(day, CivilDate.daysInMonth(year: targetYear, month: targetMonth + 1))
    return CivilDate(year: targetYear, month: targetMonth + 1, day: clampedDay)
  }
}

extension Int {
  /// Division rounding toward negative infinity, with a remainder in `0..<divisor`.
  func quotientAndFlooredRemainder(dividingBy divisor: Int) -> (quotient: Int, remainder: Int) {
    let remainder = self % divisor
    return remainder < 0 ? (self / divisor - 1, remainder + divisor) : (self / divisor, remainder)
  }
}
