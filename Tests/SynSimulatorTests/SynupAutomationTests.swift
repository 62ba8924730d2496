import SynJSON
import Testing

@testable import SynSimulator

/// `POST /automations/temporary-close-location-with-reopening-date`
/// (synup-sections.md 4.11, 5.5, 7 #27): the location shows
/// `temporarilyClosed: true` from the start until the end date, UTC.
@Suite struct SynupAutomationTests {
  private static let path = "/automations/temporary-close-location-with-reopening-date"

  private static func close(
    _ synup: SynupClient, _ location: String, start: String = "2026-01-02", time: String = "09:00:00",
    end: String = "2026-01-04", name: String = "Holiday"
  ) -> Reply {
    synup.post(
      path,
      input:
        #"{"name":"\#(name)","startDate":"\#(start)","startTime":"\#(time)","endDate":"\#(end)","locationId":"\#(location)"}"#
    )
  }

  private static func isClosed(_ synup: SynupClient, _ location: String) throws -> JSONValue? {
    try synup.data(synup.get("/locations-by-ids", [("ids", #"["\#(location)"]"#)]), "getLocationsByIds")[0]?[
      "temporarilyClosed"]
  }

  @Test func theClosureShowsFromItsStartUntilTheEndDate() throws {
    let synup = try SynupClient()
    try synup.control("/_sim/seed", #"{"seed":42}"#)
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let reply = Self.close(synup, location)
    let flow = try #require(try synup.data(reply, "createFlowFromRecipe")["flow"]?["id"]?.stringValue)
    #expect(reply.text == #"{"data":{"createFlowFromRecipe":{"success":true,"flow":{"id":"\#(flow)"}}}}"#)
    #expect(ResourceID(Substring(flow)) != nil)
    #expect(try Self.isClosed(synup, location) == false)
    try synup.control("/_sim/clock", #"{"set":"2026-01-02T08:59:59Z"}"#)
    #expect(try Self.isClosed(synup, location) == false)
    try synup.control("/_sim/clock", #"{"set":"2026-01-02T09:00:00Z"}"#)
    #expect(try Self.isClosed(synup, location) == true)
    try synup.control("/_sim/clock", #"{"set":"2026-01-03T23:59:59Z"}"#)
    #expect(try Self.isClosed(synup, location) == true)
    try synup.control("/_sim/clock", #"{"set":"2026-01-04T00:00:00Z"}"#)
    #expect(try Self.isClosed(synup, location) == false)
  }

  @Test func aPastStartIsActiveAtOnceAndABareNumberNamesTheLocation() throws {
    let synup = try SynupClient()
    let location = try synup.createLocation()
    let number = try #require(location["databaseId"]?.numberValue?.text)
    let reply = Self.close(synup, number, start: "2025-12-20", time: "00:00:00", end: "2026-01-10")
    #expect(try synup.data(reply, "createFlowFromRecipe")["success"] == true)
    #expect(try Self.isClosed(synup, try #require(location["id"]?.stringValue)) == true)
  }

  @Test(arguments: [
    ("2026-1-02", "09:00:00", "2026-01-04", "startDate"), ("2026-01-02", "9am", "2026-01-04", "startTime"),
    ("2026-01-02", "09:00:00", "2026-02-30", "endDate"), ("2026-01-02", "09:00:00", "2026-01-02", "endDate"),
  ])
  func badDatesAnswerSY30039(start: String, time: String, end: String, field: String) throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let payload = try synup.data(
      Self.close(synup, location, start: start, time: time, end: end), "createFlowFromRecipe")
    #expect(payload.objectValue?.keys == ["success", "flow", "errors"])
    #expect(payload["success"] == false)
    #expect(payload["flow"] == nil as JSONValue)
    #expect(payload["errors"]?[0]?["code"] == "SY30039")
    #expect(
      payload["errors"]?[0]?["message"]
        == "The date fields are not set up correctly. Please review the dates and try again.")
    #expect(payload["errors"]?[0]?["contextInfo"]?[0]?["key"] == .string(field))
    try synup.control("/_sim/clock", #"{"set":"2026-01-03T00:00:00Z"}"#)
    #expect(try Self.isClosed(synup, location) == false)
  }

  @Test func aBlankNameAndABadLocationAreRefused() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let blank = try synup.data(Self.close(synup, location, name: " "), "createFlowFromRecipe")
    #expect(blank["success"] == false)
    #expect(blank["errors"]?[0]?["contextInfo"]?[0]?["key"] == "name")
    #expect(
      Self.close(synup, "42").text
        == #"{"data":{"createFlowFromRecipe":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
  }
}
