/// The weeks keyword rankings and grid cells follow (synup-sections.md 4.8, G3, G9).
enum RankingCalendar {
  /// Rankings are taken every Monday at 03:00:00 UTC.
  static let rankingSecondOfDay = 3 * 3600

  /// The Mondays among `days` (day numbers), oldest first.
  static func mondays(in days: ClosedRange<Int>) -> [Int] {
    let first = days.lowerBound + (7 - daysSinceMonday(days.lowerBound)) % 7
    return Array(stride(from: first, through: days.upperBound, by: 7))
  }

  /// When the ranking of Monday `monday` is taken.
  static func rankingTime(of monday: Int) -> Timestamp {
    Timestamp(dayNumber: monday).adding(seconds: rankingSecondOfDay)
  }

  /// 0 on Mondays … 6 on Sundays (1970-01-01, day 0, was a Thursday).
  static func daysSinceMonday(_ day: Int) -> Int {
    (day + 3).quotientAndFlooredRemainder(dividingBy: 7).remainder
  }

  /// The ISO 8601 week of `time`, written `2026-W01`: the week belongs to the year of its Thursday.
  static func isoWeek(of time: Timestamp) -> String {
    let day = time.dayNumber
    let thursday = day - daysSinceMonday(day) + 3
    let year = CivilDate(daysSinceEpoch: thursday).year
    let week = (thursday - CivilDate(year: year, month: 1, day: 1).daysSinceEpoch) / 7 + 1
    return "\(year)-W\(week < 10 ? "0" : "")\(week)"
  }
}
