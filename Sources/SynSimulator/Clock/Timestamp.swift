/// A point in simulated time: whole seconds since 1970-01-01T00:00:00Z.
///
/// Printed and parsed as ISO 8601 UTC (`2026-04-28T12:00:00Z`) without
/// Foundation: the formatter runs for every profile the simulator returns.
struct Timestamp: Comparable, Hashable, Sendable {
  var secondsSinceEpoch: Int

  static let secondsPerDay = 86_400

  /// Where every tenant's clock starts: 2026-01-01T00:00:00Z.
  static let simulationStart = Timestamp(secondsSinceEpoch: 1_767_225_600)

  /// The times a clock may be set to: years 0000 through 9999, the years the
  /// ISO 8601 form writes with four digits.
  static let supportedRange =
    Timestamp(
      date: CivilDate(year: 0, month: 1, day: 1), secondOfDay: 0)...Timestamp(
      date: CivilDate(year: 9999, month: 12, day: 31), secondOfDay: secondsPerDay - 1)

  init(secondsSinceEpoch: Int) {
    self.secondsSinceEpoch = secondsSinceEpoch
  }

  init(date: CivilDate, secondOfDay: Int) {
    secondsSinceEpoch = date.daysSinceEpoch * Timestamp.secondsPerDay + secondOfDay
  }

  static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
    lhs.secondsSinceEpoch < rhs.secondsSinceEpoch
  }

  var date: CivilDate {
    CivilDate(
      daysSinceEpoch: secondsSinceEpoch.quotientAndFlooredRemainder(dividingBy: Timestamp.secondsPerDay).quotient)
  }

  var secondOfDay: Int {
    secondsSinceEpoch.quotientAndFlooredRemainder(dividingBy: Timestamp.secondsPerDay).remainder
  }

  func adding(seconds: Int) -> Timestamp {
    Timestamp(secondsSinceEpoch: secondsSinceEpoch + seconds)
  }

  /// The same time of day `months` calendar months later, the day clamped to
  /// the target month's length (Jan 31 + 1 month = Feb 28, or 29 in a leap year).
  func addingMonths(_ months: Int) -> Timestamp {
    Timestamp(date: date.addingMonths(months), secondOfDay: secondOfDay)
  }

  /// `YYYY-MM-DDTHH:MM:SSZ` (a year outside 0000...9999 prints with as many digits as it needs).
  var iso8601: String {
    let date = date
    let second = secondOfDay
    // Written straight into the string's storage: every profile the simulator answers with spells two.
    // Room for the longest year an Int holds (20 characters) and the 16 after it.
    return String(unsafeUninitializedCapacity: 36) { buffer in
      var text = ByteWriter(buffer: buffer)
      if (0...9999).contains(date.year) {
        text.appendTwoDigits(date.year / 100)
        text.appendTwoDigits(date.year % 100)
      } else {
        for byte in String(date.year).utf8 { text.append(byte) }
      }
      text.append(UInt8(ascii: "-"))
      text.appendTwoDigits(date.month)
      text.append(UInt8(ascii: "-"))
      text.appendTwoDigits(date.day)
      text.append(UInt8(ascii: "T"))
      text.appendTwoDigits(second / 3600)
      text.append(UInt8(ascii: ":"))
      text.appendTwoDigits(second / 60 % 60)
      text.append(UInt8(ascii: ":"))
      text.appendTwoDigits(second % 60)
      text.append(UInt8(ascii: "Z"))
      return text.count
    }
  }
}
