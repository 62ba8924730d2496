import SynJSON
import Testing

@testable import SynSimulator

/// Tags (spec 4): made when first added, `all` on every location, at most
/// 10 others a location, names of 1–50 `[A-Za-z0-9 _-]`.
@Suite struct SynupTagTests {
  static func tagNames(_ synup: SynupClient) throws -> [String] {
    try synup.data(synup.get("/tags"), "listAllTags").arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
  }

  static func locationTags(_ synup: SynupClient, _ id: String) throws -> JSONValue? {
    try synup.data(synup.get("/locations-by-ids", [("ids", #"["\#(id)"]"#)]), "getLocationsByIds").arrayValue?.first?[
      "tags"]
  }

  @Test func addMakesTheTagOnceAndAnswersIt() throws {
    let synup = try SynupClient()
    #expect(try Self.tagNames(synup) == ["all"])
    let ids = try synup.createLocations(2)
    let first = try synup.data(
      synup.post("/locations/tags", input: #"{"locationId":"\#(ids[0])","tag":"VIP Store"}"#), "addTag")
    #expect(first.objectValue?.keys == ["clientMutationId", "errors", "success", "tag"])
    #expect(first["errors"] == [])
    #expect(first["success"] == true)
    #expect(first["tag"]?["name"] == "VIP Store")
    let second = try synup.data(
      synup.post("/locations/tags", input: #"{"locationId":"\#(ids[1])","tag":"VIP Store"}"#), "addTag")
    #expect(second["tag"] == first["tag"])
    #expect(try Self.tagNames(synup) == ["all", "VIP Store"])
    #expect(try Self.locationTags(synup, ids[0]) == ["all", "VIP Store"])
    _ = synup.post("/locations/tags", input: #"{"locationId":"\#(ids[0])","tag":"VIP Store"}"#)
    _ = synup.post("/locations/tags", input: #"{"locationId":"\#(ids[0])","tag":"all"}"#)
    #expect(try Self.locationTags(synup, ids[0]) == ["all", "VIP Store"])
  }

  @Test func aLocationHoldsTenTagsBesidesAllSY10040() throws {
    let synup = try SynupClient()
    let id = try #require(try synup.createLocation()["id"]?.stringValue)
    for index in 1...10 {
      let payload = try synup.data(
        synup.post("/locations/tags", input: #"{"locationId":"\#(id)","tag":"t\#(index)"}"#), "addTag")
      #expect(payload["success"] == true)
    }
    let eleventh = synup.post("/locations/tags", input: #"{"locationId":"\#(id)","tag":"t11"}"#)
    #expect(
      eleventh.text
        == #"{"data":{"addTag":{"clientMutationId":null,"errors":[{"code":"SY10040","message":"Cannot add more than 10 tags","contextInfo":[]}],"success":false,"tag":null}}}"#
    )
    #expect(try Self.locationTags(synup, id)?.arrayValue?.count == 11)
    #expect(!(try Self.tagNames(synup).contains("t11")))
  }

  @Test(arguments: [
    ("", "SY10042", "Invalid tag name"), ("   ", "SY10042", "Invalid tag name"),
    (String(repeating: "x", count: 51), "SY10042", "Invalid tag name"),
    ("50%off", "SY10071", "Special characters are not allowed in tags"),
    ("café", "SY10071", "Special characters are not allowed in tags"),
  ])
  func badNamesAreRefused(name: String, code: String, message: String) throws {
    let synup = try SynupClient()
    let id = try #require(try synup.createLocation()["id"]?.stringValue)
    let reply = synup.post("/locations/tags", input: #"{"locationId":"\#(id)","tag":"\#(name)"}"#)
    #expect(
      reply.text
        == #"{"data":{"addTag":{"clientMutationId":null,"errors":[{"code":"\#(code)","message":"\#(message)","contextInfo":[{"key":"tag","value":"\#(name)"}]}],"success":false,"tag":null}}}"#
    )
  }

  @Test func fiftyCharactersOfTheAllowedSetAreFine() throws {
    let synup = try SynupClient()
    let id = try #require(try synup.createLocation()["id"]?.stringValue)
    let name = "A-z_0 9" + String(repeating: "x", count: 43)
    let payload = try synup.data(
      synup.post("/locations/tags", input: #"{"locationId":"\#(id)","tag":"\#(name)"}"#), "addTag")
    #expect(payload["success"] == true)
  }

  @Test func removeSucceedsEitherWayAndTheTagStays() throws {
    let synup = try SynupClient()
    let id = try #require(try synup.createLocation(["tags": ["vip"]])["id"]?.stringValue)
    let removed = try synup.data(
      synup.post("/locations/tags/remove", input: #"{"locationId":"\#(id)","tag":"vip"}"#), "removeTag")
    #expect(removed["success"] == true)
    #expect(removed["errors"] == [])
    #expect(removed["tag"]?["name"] == "vip")
    #expect(try Self.locationTags(synup, id) == ["all"])
    #expect(try Self.tagNames(synup) == ["all", "vip"])
    let again = try synup.data(
      synup.post("/locations/tags/remove", input: #"{"locationId":"\#(id)","tag":"vip"}"#), "removeTag")
    #expect(again["success"] == true)
    let unknown = try synup.data(
      synup.post("/locations/tags/remove", input: #"{"locationId":"\#(id)","tag":"nope"}"#), "removeTag")
    #expect(unknown["success"] == true)
    #expect(unknown["tag"] == .null)
    _ = synup.post("/locations/tags/remove", input: #"{"locationId":"\#(id)","tag":"all"}"#)
    #expect(try Self.locationTags(synup, id) == ["all"])
  }

  @Test func unknownAndMalformedLocations() throws {
    let synup = try SynupClient()
    let unknown = synup.post("/locations/tags", input: #"{"locationId":"TG9jYXRpb246OQ==","tag":"vip"}"#)
    #expect(
      unknown.text
        == #"{"data":{"addTag":{"clientMutationId":null,"errors":[{"code":"SY10038","message":"Location Does Not Exist","contextInfo":[{"key":"locationId","value":"TG9jYXRpb246OQ=="}]}],"success":false,"tag":null}}}"#
    )
    let malformed = synup.post("/locations/tags/remove", input: #"{"locationId":"9","tag":"vip"}"#)
    #expect(malformed.text == #"{"data":{"removeTag":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
  }
}
