import SynJSON
import Testing

@testable import SynSimulator

/// `POST /locations/photos/star` and `/remove` (synup-sections.md 4.1, 7 #19): all or nothing.
@Suite struct SynupPhotoStarAndRemoveTests {
  private static func ids(_ ids: [String]) -> String {
    JSONValue.array(ids.map(JSONValue.string)).compactText
  }

  private static func star(
    _ synup: SynupClient, _ location: String, _ ids: [String], key: String = "photoIds", starred: Bool = true
  ) -> Reply {
    synup.post(
      "/locations/photos/star",
      input: #"{"locationId":"\#(location)","\#(key)":\#(Self.ids(ids)),"starred":\#(starred)}"#)
  }

  private static func remove(_ synup: SynupClient, _ location: String, _ ids: [String]) -> Reply {
    synup.post("/locations/photos/remove", input: #"{"locationId":"\#(location)","photoIds":\#(Self.ids(ids))}"#)
  }

  @Test func starringAnswersTheTargetedPhotosInRequestOrderAfterTheChange() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let photos = try synup.uploadAdditionalPhotos(location, count: 2)
    let payload = try synup.data(Self.star(synup, location, [photos[1], photos[0]]), "starUnstarLocationPhotos")
    #expect(payload.objectValue?.keys == ["success", "error", "photos"])
    #expect(payload["success"] == true)
    #expect(payload["error"] == nil as JSONValue)
    #expect(payload["photos"]?.arrayValue?.map { $0["id"] } == [.string(photos[1]), .string(photos[0])])
    #expect(payload["photos"]?.arrayValue?.map { $0["starred"] } == [true, true])
    let unstarred = try synup.data(
      Self.star(synup, location, [photos[0]], key: "mediaIds", starred: false), "starUnstarLocationPhotos")
    #expect(unstarred["photos"]?[0]?["starred"] == false)
    let list = try synup.data(synup.get("/locations/\(location)/photos"), "mediaFilesOfLocation")
    #expect(list.arrayValue?.map { $0["starred"] } == [true, false])
  }

  @Test func theLogoCannotBeStarred() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let additional = try synup.uploadAdditionalPhotos(location, count: 1)
    let logo = try #require(try synup.uploadPhoto(location, type: "LOGO")["id"]?.stringValue)
    let reply = Self.star(synup, location, [additional[0], logo])
    #expect(
      reply.text
        == #"{"data":{"starUnstarLocationPhotos":{"success":false,"error":{"message":"SY15013: Only additional photo "#
        + #"types can be starred or unstarred","contextInfo":[{"key":null,"value":null}],"code":"SY15013"},"#
        + #""photos":[]}}}"#)
    let list = try synup.data(synup.get("/locations/\(location)/photos"), "mediaFilesOfLocation")
    #expect(list.arrayValue?.allSatisfy { $0["starred"] == nil as JSONValue } == true)
  }

  @Test func atMostFourPhotosOfALocationAreStarred() throws {
    let synup = try SynupClient()
    let locations = try synup.createLocations(2)
    let photos = try synup.uploadAdditionalPhotos(locations[0], count: 5)
    let other = try synup.uploadAdditionalPhotos(locations[1], count: 1)
    _ = try synup.data(Self.star(synup, locations[1], other), "starUnstarLocationPhotos")
    _ = try synup.data(Self.star(synup, locations[0], Array(photos[0..<3])), "starUnstarLocationPhotos")
    let fourth = try synup.data(Self.star(synup, locations[0], [photos[3], photos[0]]), "starUnstarLocationPhotos")
    #expect(fourth["success"] == true)
    let fifth = try synup.data(Self.star(synup, locations[0], [photos[4]]), "starUnstarLocationPhotos")
    #expect(fifth["success"] == false)
    #expect(fifth["error"]?["code"] == "SY10063")
    #expect(fifth["error"]?["message"] == "SY10063: Only a maximum of 4 photos can be starred or unstarred")
    #expect(fifth["photos"] == [])
    let swapped = try synup.data(
      synup.post(
        "/locations/photos/star",
        input:
          #"{"locationId":"\#(locations[0])","photoIds":["\#(photos[4])"],"mediaIds":["\#(photos[0])"],"starred":false}"#
      ),
      "starUnstarLocationPhotos")
    #expect(swapped["photos"]?[0]?["id"] == .string(photos[4]), "photoIds wins over mediaIds")
  }

  @Test func starErrorsForIdsAndMissingKeys() throws {
    let synup = try SynupClient()
    let locations = try synup.createLocations(2)
    let photo = try synup.uploadAdditionalPhotos(locations[0], count: 1)[0]
    let foreign = try synup.data(Self.star(synup, locations[1], [photo]), "starUnstarLocationPhotos")
    #expect(
      foreign["error"]
        == [
          "message": "SY90007: Resource Not Found", "contextInfo": [["key": "photoIds", "value": .string(photo)]],
          "code": "SY90007",
        ])
    let malformed = Self.star(synup, locations[0], ["TG9jYXRpb246MQ=="])
    #expect(
      malformed.text == #"{"data":{"starUnstarLocationPhotos":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
    let neither = synup.post("/locations/photos/star", input: #"{"locationId":"\#(locations[0])","starred":true}"#)
    #expect(neither.text.contains("Field value.photoIds of required type [ID!]! was not provided."))
    #expect(try neither.json()["data"] == nil)
  }

  @Test func removingArchivesThePhotos() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let photos = try synup.uploadAdditionalPhotos(location, count: 2)
    let payload = try synup.data(Self.remove(synup, location, [photos[0]]), "removeLocationPhotos")
    #expect(payload.objectValue?.keys == ["success", "errors", "photos", "clientMutationId"])
    #expect(payload["success"] == true)
    #expect(payload["errors"] == nil as JSONValue)
    #expect(payload["photos"]?.arrayValue?.map { $0["id"] } == [.string(photos[0])])
    let list = try synup.data(synup.get("/locations/\(location)/photos"), "mediaFilesOfLocation")
    #expect(list.arrayValue?.map { $0["id"] } == [.string(photos[1])])
    let again = try synup.data(Self.remove(synup, location, [photos[0]]), "removeLocationPhotos")
    #expect(again["errors"]?[0]?["code"] == "SY90007")
  }

  @Test func theLogoAndCoverCannotBeRemoved() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let additional = try synup.uploadAdditionalPhotos(location, count: 1)[0]
    let cover = try #require(try synup.uploadPhoto(location, type: "COVER")["id"]?.stringValue)
    let reply = Self.remove(synup, location, [additional, cover])
    #expect(
      reply.text
        == #"{"data":{"removeLocationPhotos":{"success":false,"errors":[{"message":"SY15014: Can not remove Logo/Cover","#
        + #""contextInfo":[{"key":null,"value":null}],"code":"SY15014"}],"photos":null,"clientMutationId":null}}}"#)
    let list = try synup.data(synup.get("/locations/\(location)/photos"), "mediaFilesOfLocation")
    #expect(list.arrayValue?.count == 2)
  }

  @Test func anUnknownPhotoNamesItsId() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let reply = Self.remove(synup, location, ["TWVkaWFGaWxlOjk="])
    #expect(
      reply.text
        == #"{"data":{"removeLocationPhotos":{"success":false,"errors":[{"message":"SY90007: Resource Not Found","#
        + #""contextInfo":[{"key":"photoIds","value":"TWVkaWFGaWxlOjk="}],"code":"SY90007"}],"photos":null,"#
        + #""clientMutationId":null}}}"#)
  }
}
