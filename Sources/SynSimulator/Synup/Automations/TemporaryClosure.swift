import SynJSON

/// `POST /automations/temporary-close-location-with-reopening-date`
/// (synup-sections.md 4.11): from `startDate startTime` until `endDate`
/// 00:00, UTC, the location shows `temporarilyClosed: true`. A start in the
/// past is accepted, and the closure is active at once.
extension SynupAccount {
  mutating func closeTemporarily(_ input: SynupInput, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    let location = try location(
      named: input.string("locationId") ?? "", acceptingNumber: true, startingWork: true, at: now)
    let name = input.string("name") ?? ""
    guard !name.allSatisfy(\.isWhitespace) else {
      return flowFailure(SynupFieldError(nil, "Name cannot be blank", key: "name", value: name))
    }
    let period: (start: Timestamp, end: Timestamp)
    do {
      period = try ClosurePeriod.read(input)
    } catch {
      return flowFailure(error)
    }
    let id = mintUUID("flow")
    flows.add(.init(id: id, locationNumber: location.number, name: name, start: period.start, end: period.end))
    return ["success": true, "flow": ["id": .string(id.text)]]
  }

  private func flowFailure(_ error: SynupFieldError) -> JSONValue {
    ["success": false, "flow": nil, "errors": [error.json]]
  }
}

/// Reads a closure's start and end; S3's SY30039 covers every date problem.
private enum ClosurePeriod {
  static func read(_ input: SynupInput) throws(SynupFieldError) -> (start: Timestamp, end: Timestamp) {
    let startDate = try day(input, "startDate")
    let startTime = input.string("startTime") ?? ""
    guard startTime.utf8.count == 8, let time = Timestamp(iso8601: "1970-01-01T\(startTime)Z") else {
      throw invalid("startTime", startTime)
    }
    let start = Timestamp(secondsSinceEpoch: startDate.secondsSinceEpoch + time.secondsSinceEpoch)
    let end = try day(input, "endDate")
    guard end > start else { throw invalid("endDate", input.string("endDate") ?? "") }
    return (start, end)
  }

  /// Midnight UTC of the `YYYY-MM-DD` day in `field`.
  private static func day(_ input: SynupInput, _ field: String) throws(SynupFieldError) -> Timestamp {
    let text = input.string(field) ?? ""
    guard text.utf8.count == 10, let day = Timestamp(iso8601: text) else { throw invalid(field, text) }
    return day
  }

  private static func invalid(_ field: String, _ value: String) -> SynupFieldError {
    SynupFieldError(
      "SY30039", "The date fields are not set up correctly. Please review the dates and try again.", key: field,
      value: value)
  }
}
