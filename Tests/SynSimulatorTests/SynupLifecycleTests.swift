import SynJSON
import Testing

@testable import SynSimulator

/// Archive (scheduled until the billing cycle ends), cancel and activate
/// (spec 4, decision 5).
@Suite struct SynupLifecycleTests {
  static func result(_ id: String, _ status: String?, error: String? = nil) -> String {
    let errors = error.map { #"["\#($0)"]"# } ?? "null"
    let statusText = status.map { #""\#($0)""# } ?? "null"
    return #"{"errors":\#(errors),"locationId":"\#(id)","status":\#(statusText),"success":\#(error == nil)}"#
  }

  static func envelope(_ field: String, _ results: [String]) -> String {
    #"{"data":{"\#(field)":{"bulkEditTaskId":null,"clientMutationId":null,"errors":null,"result":[\#(results.joined(separator: ","))],"success":null}}}"#
  }

  @Test func archiveSchedulesAndCancelRestores() throws {
    let synup = try SynupClient()
    try synup.control("/_sim/clock", #"{"set":"2026-01-20T10:00:00Z"}"#)
    let ids = try synup.createLocations(2)
    let missing = RelayID(.location, 9).text
    let archived = synup.post("/locations/archive", input: #"{"locationIds":["\#(ids[0])","\#(missing)"]}"#)
    #expect(
      archived.text
        == Self.envelope(
          "archiveLocations",
          [Self.result(ids[0], "ARCHIVE_SCHEDULED"), Self.result(missing, nil, error: "Location Does Not Exist")]))
    let location = try #require(
      try synup.data(synup.get("/locations-by-ids", [("ids", #"["\#(ids[0])"]"#)]), "getLocationsByIds").arrayValue?
        .first)
    #expect(location["archived"] == false)
    #expect(location["archivalScheduledAt"] == "2026-01-20T10:00:00.000Z")
    #expect(location["archivedAt"] == .null)
    let again = synup.post("/locations/archive", input: #"{"locationIds":["\#(ids[0])"]}"#)
    #expect(
      again.text
        == Self.envelope(
          "archiveLocations",
          [Self.result(ids[0], "ARCHIVE_SCHEDULED", error: "Location is already scheduled for archival")]))
    let activate = synup.post("/locations/activate", input: #"{"locationIds":["\#(ids[0])","\#(ids[1])"]}"#)
    #expect(
      activate.text
        == Self.envelope(
          "activateLocations",
          [
            Self.result(ids[0], "ARCHIVE_SCHEDULED", error: "Location is not archived"),
            Self.result(ids[1], "ACTIVE", error: "Location is not archived"),
          ]))
    let cancel = synup.post(
      "/locations/cancel_archive",
      input: #"{"locationIds":["\#(ids[0])","\#(ids[1])"],"selectionType":"SELECTED","changedBy":"me"}"#)
    #expect(
      cancel.text
        == Self.envelope(
          "cancelLocationsArchive",
          [
            Self.result(ids[0], "ACTIVE"),
            Self.result(ids[1], "ACTIVE", error: "Location is not scheduled for archival"),
          ]))
    let restored = try synup.data(synup.get("/locations-by-ids", [("ids", #"["\#(ids[0])"]"#)]), "getLocationsByIds")
    #expect(restored.arrayValue?.first?["archivalScheduledAt"] == .null)
  }

  @Test func archivalTakesEffectWhenTheBillingCycleEndsThenActivateRestores() throws {
    let synup = try SynupClient()
    try synup.control("/_sim/clock", #"{"set":"2026-01-20T10:00:00Z"}"#)
    let id = try #require(try synup.createLocation()["id"]?.stringValue)
    _ = synup.post("/locations/archive", input: #"{"locationIds":["\#(id)"]}"#)
    try synup.control("/_sim/clock", #"{"set":"2026-01-31T23:59:59Z"}"#)
    let getLocation = { () throws -> JSONValue in
      try #require(
        try synup.data(synup.get("/locations-by-ids", [("ids", #"["\#(id)"]"#)]), "getLocationsByIds").arrayValue?.first
      )
    }
    #expect(try getLocation()["archived"] == false)
    try synup.control("/_sim/clock", #"{"set":"2026-02-01T00:00:00Z"}"#)
    #expect(try getLocation()["archived"] == true)
    #expect(try getLocation()["archivedAt"] == "2026-02-01T00:00:00.000Z")
    let cancel = synup.post("/locations/cancel_archive", input: #"{"locationIds":["\#(id)"]}"#)
    #expect(
      cancel.text
        == Self.envelope(
          "cancelLocationsArchive", [Self.result(id, "ARCHIVED", error: "Location is not scheduled for archival")]))
    let archiveAgain = synup.post("/locations/archive", input: #"{"locationIds":["\#(id)"]}"#)
    #expect(
      archiveAgain.text
        == Self.envelope("archiveLocations", [Self.result(id, "ARCHIVED", error: "Location is already archived")]))
    let activate = synup.post("/locations/activate", input: #"{"locationIds":["\#(id)"]}"#)
    #expect(activate.text == Self.envelope("activateLocations", [Self.result(id, "ACTIVE")]))
    let location = try getLocation()
    #expect(location["archived"] == false)
    #expect(location["archivedAt"] == .null)
    #expect(location["updatedAt"] == "2026-02-01T00:00:00.000Z")
  }

  @Test func archivedAndScheduledLocationsRefuseUpdatesSY90003() throws {
    let synup = try SynupClient()
    let id = try #require(try synup.createLocation()["id"]?.stringValue)
    _ = synup.post("/locations/archive", input: #"{"locationIds":["\#(id)"]}"#)
    let expected =
      #"{"data":{"updateLocation":{"clientMutationId":null,"errors":[{"code":"SY90003","message":"Archived locations cannot be updated","contextInfo":[{"key":"id","value":"\#(id)"}]}],"location":null,"success":false,"warnings":null}}}"#
    #expect(synup.post("/locations/update", input: #"{"id":"\#(id)","city":"X"}"#).text == expected)
    try synup.control("/_sim/clock", #"{"advance":"+40d"}"#)
    #expect(synup.post("/locations/update", input: #"{"id":"\#(id)","city":"X"}"#).text == expected)
  }

  @Test func aMalformedIdFailsTheWholeCall() throws {
    let synup = try SynupClient()
    let id = try #require(try synup.createLocation()["id"]?.stringValue)
    let reply = synup.post("/locations/archive", input: #"{"locationIds":["\#(id)","oops"]}"#)
    #expect(reply.text == #"{"data":{"archiveLocations":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
    let location = try synup.data(synup.get("/locations-by-ids", [("ids", #"["\#(id)"]"#)]), "getLocationsByIds")
    #expect(location.arrayValue?.first?["archivalScheduledAt"] == .null)
  }
}
