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
    var bytes: [UInt8] = []
    bytes.reserveCapacity(20)
    if (0...9999).contains(date.year) {
      appendTwoDigits(date.year / 100, to: &bytes)
      appendTwoDigits(date.year % 100, to: &bytes)
    } else {
      bytes.append(contentsOf: String(date.year).utf8)
    }
    bytes.append(UInt8(ascii: "-"))
    appendTwoDigits(date.month, to: &bytes)
    bytes.append(UInt8(ascii: "-"))
    appendTwoDigits(date.day, to: &bytes)
    bytes.append(UInt8(ascii: "T"))
    appendTwoDigits(second / 3600, to: &bytes)
    bytes.append(UInt8(ascii: ":"))
    appendTwoDigits(second / 60 % 60, to: &bytes)
    bytes.append(UInt8(ascii: ":"))
    appendTwoDigits(second % 60, to: &bytes)
    bytes.append(UInt8(ascii: "Z"))
    return String(decoding: bytes, as: UTF8.self)
  }
}

private func appendTwoDigits(_ value: Int, to bytes: inout [UInt8]) {
  bytes.append(UInt8(ascii: "0") + UInt8(value / 10))
  bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
}
