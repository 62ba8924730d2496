extension Timestamp {
  /// Parses ISO 8601 as the API and the control plane accept it:
  /// `YYYY-MM-DD` (midnight UTC), or `YYYY-MM-DDTHH:MM:SS` with an optional
  /// fraction (dropped: time is kept in whole seconds) and a zone, `Z` or `±HH:MM`.
  init?(iso8601 text: String) {
    var cursor = ByteCursor(text)
    guard let year = cursor.number(digits: 4), cursor.skip("-"),
      let month = cursor.number(digits: 2), (1...12).contains(month), cursor.skip("-"),
      let day = cursor.number(digits: 2), (1...CivilDate.daysInMonth(year: year, month: month)).contains(day)
    else { return nil }
    let date = CivilDate(year: year, month: month, day: day)
    if cursor.isAtEnd {
      self.init(date: date, secondOfDay: 0)
      return
    }
    guard cursor.skip("T") || cursor.skip("t"),
      let hour = cursor.number(digits: 2), hour < 24, cursor.skip(":"),
      let minute = cursor.number(digits: 2), minute < 60, cursor.skip(":"),
      let second = cursor.number(digits: 2), second < 60
    else { return nil }
    if cursor.skip(".") {
      guard cursor.skipDigits() > 0 else { return nil }
    }
    guard let offset = cursor.zoneOffsetSeconds(), cursor.isAtEnd else { return nil }
    self.init(date: date, secondOfDay: hour * 3600 + minute * 60 + second - offset)
  }
}

/// Reads ASCII fields from the UTF-8 bytes of a string, left to right.
private struct ByteCursor {
  private let bytes: [UInt8]
  private var position = 0

  init(_ text: String) {
    bytes = Array(text.utf8)
  }

  var isAtEnd: Bool { position == bytes.count }

  /// Consumes `character` when it comes next.
  mutating func skip(_ character: Unicode.Scalar) -> Bool {
    guard position < bytes.count, bytes[position] == UInt8(ascii: character) else { return false }
    position += 1
    return true
  }

  /// Consumes exactly `digits` decimal digits and returns their value.
  mutating func number(digits: Int) -> Int? {
    guard position + digits <= bytes.count else { return nil }
    var value = 0
    for byte in bytes[position..<position + digits] {
      guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    position += digits
    return value
  }

  /// Consumes a run of decimal digits and returns how many there were.
  mutating func skipDigits() -> Int {
    let start = position
    while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
      position += 1
    }
    return position - start
  }

  /// Consumes `Z` or `±HH:MM` and returns the zone's offset east of UTC.
  mutating func zoneOffsetSeconds() -> Int? {
    if skip("Z") || skip("z") { return 0 }
    let sign: Int
    if skip("+") {
      sign = 1
    } else if skip("-") {
      sign = -1
    } else {
      return nil
    }
    guard let hours = number(digits: 2), hours < 24, skip(":"), let minutes = number(digits: 2), minutes < 60 else {
      return nil
    }
    return sign * (hours * 3600 + minutes * 60)
  }
}
