import SynJSON
import Testing

@testable import SynSimulator

/// Uploads of more than 30 photos (synup-sections.md 4.1, 5.3, 5.6): a
/// request that finishes 60 s later, or at once by `mock finish`.
@Suite struct SynupPhotoRequestTests {
  /// Uploads 31 photos (`invalid` of them refused by their format) and returns the request's id.
  private static func bulkUpload(_ synup: SynupClient, _ location: String, invalid: Int = 0) throws -> String {
    let items =
      SynupClient.photoItems(31 - invalid)
      + (0..<invalid).map { ["photo": .string("https://example.com/x\($0).gif"), "type": "ADDITIONAL"] }
    let payload = try synup.data(synup.uploadPhotos(location, items), "addLocationPhotos")
    #expect(payload["success"] == true)
    #expect(payload["errors"] == nil as JSONValue)
    #expect(payload["photos"] == [])
    #expect(payload["request"]?["status"] == "PROCCESSING")
    return try #require(payload["request"]?["requestId"]?.stringValue)
  }

  private static func status(_ synup: SynupClient, _ request: String) -> Reply {
    synup.get("/locations/photos/requests/\(request)")
  }

  private static func photoCount(_ synup: SynupClient, _ location: String) throws -> Int? {
    try synup.data(synup.get("/locations/\(location)/photos"), "mediaFilesOfLocation").arrayValue?.count
  }

  @Test func aBulkRequestIsProcessingThenDoneAfterSixtySeconds() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let request = try Self.bulkUpload(synup, location)
    let processing = #"{"requestId":"\#(request)","status":"PROCESSING"}"#
    #expect(
      Self.status(synup, request).text
        == #"{"data":{"getLocationPhotosUploadStatus":\#(processing),"bulkImageProcessingStatus":\#(processing)}}"#)
    try synup.control("/_sim/clock", #"{"advance":"+59s"}"#)
    #expect(try Self.photoCount(synup, location) == 0)
    try synup.control("/_sim/clock", #"{"advance":"+1s"}"#)
    let done = #"{"requestId":"\#(request)","status":"SUCCESS"}"#
    #expect(
      Self.status(synup, request).text
        == #"{"data":{"getLocationPhotosUploadStatus":\#(done),"bulkImageProcessingStatus":\#(done)}}"#)
    let photos = try synup.data(synup.get("/locations/\(location)/photos"), "mediaFilesOfLocation")
    #expect(photos.arrayValue?.count == 31)
    #expect(photos[0]?["uploadedAt"] == "2026-01-01T00:01:00.000000")
  }

  @Test func theInvalidPhotosOfARequestAreSkippedAndNoneValidIsAnError() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let partly = try Self.bulkUpload(synup, location, invalid: 2)
    let wholly = try Self.bulkUpload(synup, location, invalid: 31)
    try synup.control("/_sim/clock", #"{"advance":"+2m"}"#)
    #expect(try synup.data(Self.status(synup, partly), "bulkImageProcessingStatus")["status"] == "SUCCESS")
    #expect(try synup.data(Self.status(synup, wholly), "getLocationPhotosUploadStatus")["status"] == "ERROR")
    #expect(try Self.photoCount(synup, location) == 29)
  }

  @Test func aBulkRequestStillRefusesTwoLogos() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let items = SynupClient.photoItems(29) + SynupClient.photoItems(2, type: "LOGO")
    let reply = synup.uploadPhotos(location, items)
    #expect(
      reply.text
        == #"{"data":{"addLocationPhotos":{"success":false,"errors":{"message":"SY10060: Can only upload one logo"}}}}"#
    )
  }

  @Test func mockFinishCompletesPendingRequestsNow() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let first = try Self.bulkUpload(synup, location)
    let second = try Self.bulkUpload(synup, location)
    let finished = try synup.control(
      "/_sim/synup/finish", #"{"kind":"photo-upload","id":"\#(second)","outcome":"error"}"#)
    #expect(finished == ["finished": [["kind": "photo-upload", "id": .string(second), "status": "ERROR"]]])
    #expect(try Self.photoCount(synup, location) == 0)
    let rest = try synup.control("/_sim/synup/finish", "{}")
    #expect(rest == ["finished": [["kind": "photo-upload", "id": .string(first), "status": "SUCCESS"]]])
    #expect(try synup.data(Self.status(synup, first), "getLocationPhotosUploadStatus")["status"] == "SUCCESS")
    #expect(try Self.photoCount(synup, location) == 31)
    try synup.control("/_sim/clock", #"{"advance":"+5m"}"#)
    #expect(try Self.photoCount(synup, location) == 31, "a finished request is never applied again")
    #expect(try synup.control("/_sim/synup/finish", #"{"kind":"photo-upload"}"#) == ["finished": []])
  }

  @Test func theSameDataSeedGivesTheSameIds() throws {
    let simulator = Simulator()
    let answers = try (0..<2).map { _ in
      let synup = try SynupClient(simulator: simulator)
      try synup.control("/_sim/seed", #"{"seed":99}"#)
      let location = try #require(try synup.createLocation()["id"]?.stringValue)
      let request = try Self.bulkUpload(synup, location)
      let photo = try synup.uploadPhoto(location)
      return [request, photo.compactText]
    }
    #expect(answers[0] == answers[1])
    let other = try SynupClient(simulator: simulator)
    try other.control("/_sim/seed", #"{"seed":100}"#)
    let location = try #require(try other.createLocation()["id"]?.stringValue)
    #expect(try Self.bulkUpload(other, location) != answers[0][0])
  }

  @Test func unknownAndMalformedRequestIds() throws {
    let synup = try SynupClient()
    #expect(
      Self.status(synup, "nope").text
        == #"{"data":{"getLocationPhotosUploadStatus":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
    #expect(
      Self.status(synup, "6f1c2a7e-8a4b-4c3d-9e2f-0123456789ab").text
        == #"{"data":{"getLocationPhotosUploadStatus":null},"errors":[{"message":"SY90007: Resource Not Found"}]}"#)
  }

  @Test func mockFinishRefusesBadItems() throws {
    let synup = try SynupClient()
    for (body, field) in [
      (#"{"kind":"photos"}"#, "kind"), (#"{"outcome":"maybe"}"#, "outcome"), (#"{"id":"nothing-pending"}"#, "id"),
    ] {
      let reply = synup.tenant.send("POST", "/_sim/synup/finish", body: body)
      #expect(reply.status == 400, "\(body)")
      #expect(try reply.json()["error"] == "validation_error")
      #expect(try reply.json()["field"] == .string(field))
    }
  }
}

extension SynupPhotoRequestTests {
  @Test func photosPendingRequestsAndClosuresSurviveSaveAndLoad() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let photo = try synup.uploadPhoto(location)
    let request = try Self.bulkUpload(synup, location)
    let closure = synup.post(
      "/automations/temporary-close-location-with-reopening-date",
      input:
        #"{"name":"Off","startDate":"2026-01-01","startTime":"00:00:00","endDate":"2026-02-01","locationId":"\#(location)"}"#
    )
    #expect(try synup.data(closure, "createFlowFromRecipe")["success"] == true)
    let saved = synup.tenant.send("GET", "/_sim/tenant-state")
    try synup.control("/_sim/reset", "{}")
    #expect(synup.tenant.send("PUT", "/_sim/tenant-state", body: saved.text).status == 200)
    let list = try synup.data(synup.get("/locations/\(location)/photos"), "mediaFilesOfLocation")
    #expect(list[0]?["url"] == photo["url"])
    #expect(try synup.data(Self.status(synup, request), "bulkImageProcessingStatus")["status"] == "PROCESSING")
    let read = try synup.data(synup.get("/locations-by-ids", [("ids", #"["\#(location)"]"#)]), "getLocationsByIds")
    #expect(read[0]?["temporarilyClosed"] == true)
    #expect(read[0]?["locationPhotos"]?.arrayValue?.count == 1)
    try synup.control("/_sim/clock", #"{"advance":"+1m"}"#)
    #expect(try Self.photoCount(synup, location) == 32)
  }

  @Test func resetClearsPhotosAndClosures() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    _ = try synup.uploadPhoto(location)
    try synup.control("/_sim/reset", "{}")
    let again = try #require(try synup.createLocation()["id"]?.stringValue)
    #expect(again == location)
    #expect(try Self.photoCount(synup, again) == 0)
  }
}
