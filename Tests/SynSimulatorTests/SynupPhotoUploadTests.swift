import SynJSON
import Testing

@testable import SynSimulator

/// `POST /locations/photos` and `GET /locations/{id}/photos` (synup-sections.md 4.1).
@Suite struct SynupPhotoUploadTests {
  @Test func anUploadAnswersThePhotosInTheEvidencedForm() throws {
    let synup = try SynupClient()
    try synup.control("/_sim/seed", #"{"seed":42}"#)
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let reply = synup.uploadPhotos(
      location,
      [
        ["photo": "https://example.com/logo.png", "type": "LOGO"],
        ["photo": "https://example.com/b", "type": "ADDITIONAL", "starred": true],
      ])
    let payload = try synup.data(reply, "addLocationPhotos")
    #expect(payload.objectValue?.keys == ["success", "errors", "photos", "request", "clientMutationId"])
    #expect(payload["success"] == true)
    #expect(payload["errors"] == nil as JSONValue)
    #expect(payload["request"] == ["requestId": nil, "status": nil])
    let logo = try #require(payload["photos"]?[0])
    #expect(
      logo.objectValue?.keys
        == ["databaseId", "fileSize", "id", "name", "starred", "thumbnailUrl", "type", "url", "publisherOverride"])
    #expect(logo["databaseId"] == 1)
    #expect(logo["id"] == "TWVkaWFGaWxlOjE=")
    #expect(logo["type"] == "LOGO")
    #expect(logo["starred"] == nil as JSONValue)
    #expect(logo["publisherOverride"] == "")
    let url = try #require(logo["url"]?.stringValue)
    #expect(
      url.wholeMatch(
        of: /https:\/\/sy-media-store\.s3-us-west-2\.amazonaws\.com\/[0-9a-f]{32}\/[0-9a-f]{32}\/[0-9a-f-]{36}\.png/)
        != nil)
    let thumbnail = try #require(logo["thumbnailUrl"]?.stringValue)
    #expect(thumbnail == url.replacing(/\/([0-9a-f-]{36})\.png$/) { "/thumbnail_\($0.1).jpg" })
    #expect(ResourceID(Substring(try #require(logo["name"]?.stringValue))) != nil)
    let size = try #require(logo["fileSize"]?.numberValue?.intValue)
    #expect((20_000..<500_000).contains(size))
    let additional = try #require(payload["photos"]?[1])
    #expect(additional["starred"] == true)
    #expect(additional["url"]?.stringValue?.hasSuffix(".jpg") == true)
  }

  @Test(
    arguments: [
      ([JSONValue](), "SY10066: Photo cannot be blank"),
      ([["photo": " ", "type": "ADDITIONAL"]], "SY10066: Photo cannot be blank"),
      (
        [["photo": "https://x/a.jpg", "type": "LOGO"], ["photo": "https://x/b.jpg", "type": "LOGO"]],
        "SY10060: Can only upload one logo"
      ),
      (
        [["photo": "https://x/a.jpg", "type": "COVER"], ["photo": "https://x/b.jpg", "type": "COVER"]],
        "SY10061: Can only upload one cover image"
      ),
      (
        [["photo": "https://x/a.gif?size=2", "type": "ADDITIONAL"]],
        "SY10065: Invalid Photo format (jpeg or png allowed)"
      ),
      (
        [["photo": "https://x/a.webp", "type": "LOGO"], ["photo": "https://x/b.jpg", "type": "LOGO"]],
        "SY10060: Can only upload one logo"
      ),
    ] as [([JSONValue], String)])
  func aBrokenRuleAnswersErrorsAsOneObjectAndStoresNothing(photos: [JSONValue], message: String) throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let reply = synup.uploadPhotos(location, photos)
    #expect(reply.status == 200)
    #expect(reply.text == #"{"data":{"addLocationPhotos":{"success":false,"errors":{"message":"\#(message)"}}}}"#)
    #expect(try synup.data(synup.get("/locations/\(location)/photos"), "mediaFilesOfLocation") == [])
  }

  @Test func aTypeOutsideTheEnumIsShape4() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let reply = synup.uploadPhotos(location, [["photo": "https://x/a.jpg", "type": "BANNER"]])
    #expect(reply.status == 200)
    #expect(reply.text.hasPrefix(#"{"errors":[{"message":"Variable \"$input\" got invalid value"#))
    #expect(reply.text.contains("Expected type LocationPhotoType at value.photos[0].type."))
  }

  @Test func anUnknownOrArchivedLocationFailsTheWholeRequest() throws {
    let synup = try SynupClient()
    let unknown = synup.uploadPhotos("TG9jYXRpb246OTk=", SynupClient.photoItems(1))
    #expect(unknown.text == #"{"data":{"addLocationPhotos":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    _ = synup.post("/locations/archive", input: #"{"locationIds":["\#(location)"]}"#)
    try synup.control("/_sim/clock", #"{"set":"2026-02-01T00:00:00Z"}"#)
    let archived = synup.uploadPhotos(location, SynupClient.photoItems(1))
    #expect(
      archived.text
        == #"{"data":{"addLocationPhotos":null},"errors":[{"message":"SY00008: Location is in archived state"}]}"#)
  }

  @Test func theListShowsLivePhotosNewestFirstInTheEvidencedForm() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    #expect(try synup.data(synup.get("/locations/\(location)/photos"), "mediaFilesOfLocation") == [])
    let logo = try synup.uploadPhoto(location, type: "LOGO")
    try synup.control("/_sim/clock", #"{"advance":"+1m"}"#)
    let cover = try synup.uploadPhoto(location, type: "COVER", url: "https://example.com/c.png")
    let additional = try synup.uploadPhoto(location)
    let list = try #require(
      try synup.data(synup.get("/locations/\(location)/photos"), "mediaFilesOfLocation").arrayValue)
    #expect(list.map { $0["id"] } == [additional["id"], cover["id"], logo["id"]])
    let item = list[1]
    #expect(
      item.objectValue?.keys == [
        "id", "url", "uploadedBy", "fileName", "fileSize", "fileType", "fileExtension", "archived", "accountId",
        "thumbnailUrl", "starred", "category", "mediaLabels", "fileDimensions", "uploadedAt", "locationId",
        "publisherOverride",
      ])
    #expect(item["url"] == cover["url"])
    #expect(item["fileName"] == .string(try #require(cover["name"]?.stringValue) + ".png"))
    #expect(item["fileSize"] == .string(String(try #require(cover["fileSize"]?.numberValue?.intValue))))
    #expect(item["fileType"] == "image")
    #expect(item["fileExtension"] == ".png")
    #expect(item["archived"] == false)
    #expect(item["accountId"] == 1)
    #expect(item["uploadedBy"] == nil as JSONValue)
    #expect(item["mediaLabels"] == [])
    #expect(item["uploadedAt"] == "2026-01-01T00:01:00.000000")
    #expect(item["locationId"] == .string(location))
    #expect(
      list.map { $0["category"] } == [
        ["name": "Uncategorised", "id": nil], ["name": "Cover", "id": 3], ["name": "Logo", "id": 4],
      ])
    let width = try #require(item["fileDimensions"]?["width"]?.numberValue?.intValue)
    let height = try #require(item["fileDimensions"]?["height"]?.numberValue?.intValue)
    #expect((800..<2_400).contains(width) && (600..<2_000).contains(height))
  }

  @Test func aNewLogoReplacesTheOldOne() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let old = try synup.uploadPhoto(location, type: "LOGO")
    let new = try synup.uploadPhoto(location, type: "LOGO")
    let list = try synup.data(synup.get("/locations/\(location)/photos"), "mediaFilesOfLocation")
    #expect(list.arrayValue?.map { $0["id"] } == [new["id"]])
    #expect(old["id"] != new["id"])
  }

  @Test func theLocationObjectListsItsPhotosLogoCoverThenNewestFirst() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let first = try synup.uploadPhoto(location)
    let cover = try synup.uploadPhoto(location, type: "COVER")
    let logo = try synup.uploadPhoto(location, type: "LOGO")
    try synup.control("/_sim/clock", #"{"advance":"+1s"}"#)
    let second = try synup.uploadPhoto(location)
    let read = try synup.data(synup.get("/locations-by-ids", [("ids", #"["\#(location)"]"#)]), "getLocationsByIds")
    let photos = try #require(read[0]?["locationPhotos"]?.arrayValue)
    #expect(photos.map { $0["id"] } == [logo["id"], cover["id"], second["id"], first["id"]])
    var withoutOverride = try #require(logo.objectValue)
    withoutOverride["publisherOverride"] = nil
    #expect(photos[0] == .object(withoutOverride))
  }

  @Test func anotherLocationsPhotosStayApart() throws {
    let synup = try SynupClient()
    let locations = try synup.createLocations(2)
    _ = try synup.uploadPhoto(locations[0])
    #expect(try synup.data(synup.get("/locations/\(locations[1])/photos"), "mediaFilesOfLocation") == [])
    let malformed = synup.get("/locations/nope/photos")
    #expect(malformed.text == #"{"data":{"mediaFilesOfLocation":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
  }
}
