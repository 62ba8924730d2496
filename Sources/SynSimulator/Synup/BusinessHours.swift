import SynJSON

/// One day of a location's opening hours: a weekday, or a `SPECIAL` date.
/// Times are kept as Synup prints them, `09:00am`.
struct BusinessHours: Sendable {
  static let weekdays = ["SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"]
  static let special = "SPECIAL"
  static let maximumSlots = 2

  let day: String
  let isOpen: Bool
  let slots: [(start: String, end: String)]
  /// `YYYY-MM-DD` for a `SPECIAL` day; nil for weekdays.
  let specialDate: String?

  /// `{"day","slots","specialDate","type"}`; a closed day has `slots: null`.
  var json: JSONValue {
    [
      "day": .string(day),
      "slots": isOpen ? .array(slots.map { ["start": .string($0.start), "end": .string($0.end)] }) : .null,
      "specialDate": specialDate.map(JSONValue.string) ?? .null,
      "type": isOpen ? "OPEN" : "CLOSED",
    ]
  }

  /// The input type of one entry of `businessHours`.
  static let inputType = SynupInputType(
    "BusinessHoursInput",
    [
      .required("day", .enumeration("BusinessDay", weekdays + [special])),
      .required("type", .enumeration("BusinessHoursType", ["OPEN", "CLOSED"])),
      .optional(
        "slots",
        .list(.object(SynupInputType("TimeSlotInput", [.required("start", .string), .required("end", .string)])))),
      .optional("specialDate", .string),
    ])

  /// Reads coerced `businessHours` entries and checks the rules of spec 4:
  /// every weekday once (SY10031), `hh:mmam` times (SY10033), 1–2 slots on
  /// open days only (SY10073), start before end (SY10075), not closed all
  /// week (SY10092), a valid date on special days (SY10091). The result is
  /// ordered Sunday to Saturday, then special days by date.
  static func parse(_ entries: [JSONValue]) -> Result<[BusinessHours], RuleViolations> {
    var errors: [SynupFieldError] = []
    var days: [BusinessHours] = []
    for entry in entries {
      switch parse(entry) {
      case .success(let day): days.append(day)
      case .failure(let violations): errors += violations.errors
      }
    }
    let named = entries.compactMap { $0["day"]?.stringValue }
    let missing = weekdays.filter { day in named.filter { $0 == day }.count != 1 }
    if !missing.isEmpty {
      errors.append(
        SynupFieldError(
          "SY10031", "All days of the week should be included in business hours, each once", key: "businessHours",
          value: missing.joined(separator: ", ")))
    } else if errors.isEmpty && days.allSatisfy({ $0.specialDate != nil || !$0.isOpen }) {
      errors.append(
        SynupFieldError(
          "SY10092", "Business hours cannot be closed on all days of the week", key: "businessHours", value: "CLOSED"))
    }
    guard errors.isEmpty else { return .failure(RuleViolations(errors: errors)) }
    return .success(
      days.sorted { ($0.order, $0.specialDate ?? "") < ($1.order, $1.specialDate ?? "") })
  }

  private static func parse(_ entry: JSONValue) -> Result<BusinessHours, RuleViolations> {
    let day = entry["day"]?.stringValue ?? ""
    let isOpen = entry["type"]?.stringValue == "OPEN"
    let slotValues = entry["slots"]?.arrayValue ?? []
    var errors: [SynupFieldError] = []
    var specialDate: String?
    if day == special {
      specialDate = entry["specialDate"]?.stringValue
      if specialDate.flatMap({ Timestamp(iso8601: $0) }) == nil || specialDate?.count != 10 {
        errors.append(
          SynupFieldError(
            "SY10091", "Special hours need a specialDate such as 2026-12-25", key: "specialDate",
            value: specialDate ?? ""))
      }
    }
    if isOpen ? !(1...maximumSlots).contains(slotValues.count) : !slotValues.isEmpty {
      let message = isOpen ? "Open days should have 1 or 2 time slots" : "Closed days cannot have time slots"
      errors.append(SynupFieldError("SY10073", message, key: "businessHours", value: day))
    }
    var slots: [(start: String, end: String)] = []
    for slot in slotValues {
      let startText = slot["start"]?.stringValue ?? ""
      let endText = slot["end"]?.stringValue ?? ""
      let times = [startText, endText].map { ($0, ClockTime($0)) }
      for (text, time) in times where time == nil {
        errors.append(
          SynupFieldError(
            "SY10033", "Time should be in 12 hour format (hh:mmam)", key: "businessHours", value: "\(day) \(text)"))
      }
      guard let start = times[0].1, let end = times[1].1 else { continue }
      if start.minuteOfDay >= end.minuteOfDay {
        errors.append(
          SynupFieldError(
            "SY10075", "Start time should be before end time", key: "businessHours",
            value: "\(day) \(startText)-\(endText)"))
      }
      slots.append((start.text, end.text))
    }
    guard errors.isEmpty else { return .failure(RuleViolations(errors: errors)) }
    return .success(BusinessHours(day: day, isOpen: isOpen, slots: isOpen ? slots : [], specialDate: specialDate))
  }

  /// Sunday first, special days last.
  private var order: Int {
    BusinessHours.weekdays.firstIndex(of: day) ?? BusinessHours.weekdays.count
  }
}

/// A 12-hour clock time: `09:00am`, also read as `9:00 AM` or `09:00 am`.
private struct ClockTime {
  let hour: Int
  let minute: Int
  let isAfternoon: Bool

  init?(_ text: String) {
    let compact = text.lowercased().filter { $0 != " " }
    guard compact.hasSuffix("am") || compact.hasSuffix("pm") else { return nil }
    let parts = compact.dropLast(2).split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let hour = Int(parts[0]), let minute = Int(parts[1]), (1...12).contains(hour), (0...59).contains(minute)
    else { return nil }
    self.hour = hour
    self.minute = minute
    isAfternoon = compact.hasSuffix("pm")
  }

  var minuteOfDay: Int {
    (hour % 12 + (isAfternoon ? 12 : 0)) * 60 + minute
  }

  /// `09:00am`.
  var text: String {
    (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)" + (isAfternoon ? "pm" : "am")
  }
}
