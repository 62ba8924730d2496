import SynJSON
import Testing

@testable import SynSimulator

/// Which folders and locations a user may see (spec 4).
@Suite struct SynupUserResourceTests {
  @Test func locationsAreAddedAndRemovedOneStatusPerId() throws {
    let synup = try SynupClient()
    let user = try #require(try synup.createUser("a@example.com")["id"]?.stringValue)
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let missing = RelayID(.location, 99).text
    let added = synup.post(
      "/users/locations/add", input: #"{"userId":"\#(user)","locationIds":["\#(location)","\#(missing)"]}"#)
    #expect(
      added.text
        == #"{"data":{"addLocationsForUser":{"status":[{"errors":null,"locationId":"\#(location)","success":true},"#
        + #"{"errors":["Location Does Not Exist"],"locationId":"\#(missing)","success":false}]}}}"#)
    let resources = try synup.data(synup.get("/users/\(user)/resources"), "listUserResources")
    #expect(resources == [["id": .string(location), "name": "Blue Cafe", "__typename": "LocationSummary"]])
    let removed = synup.post("/users/locations/remove", input: #"{"userId":"\#(user)","locationIds":["\#(location)"]}"#)
    #expect(
      removed.text
        == #"{"data":{"removeLocationsForUser":{"status":[{"errors":null,"locationId":"\#(location)","success":true}]}}}"#
    )
    #expect(try synup.data(synup.get("/users/\(user)/resources"), "listUserResources") == [])
  }

  @Test func foldersAreAddedAndListedBeforeLocations() throws {
    let synup = try SynupClient()
    let user = try #require(try synup.createUser("a@example.com")["id"]?.stringValue)
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let folders = try #require(try synup.data(synup.get("/folders/flat"), "getUserFolders").arrayValue)
    let root = try #require(folders.first?["id"]?.stringValue)
    let missing = "00000000-0000-4000-8000-000000000000"
    _ = synup.post("/users/locations/add", input: #"{"userId":"\#(user)","locationIds":["\#(location)"]}"#)
    let added = synup.post(
      "/users/folders/add",
      input: #"{"userId":"\#(user)","folderIds":["\#(root)","\#(missing)"],"defaultFolderId":"\#(root)"}"#)
    #expect(
      added.text
        == #"{"data":{"addFoldersForUser":{"status":[{"errors":null,"folderId":"\#(root)","success":true},"#
        + #"{"errors":["Folder Does Not Exist"],"folderId":"\#(missing)","success":false}]}}}"#)
    let resources = try synup.data(synup.get("/users/\(user)/resources"), "listUserResources")
    #expect(
      resources == [
        ["id": .string(root), "name": "root", "__typename": "Folder"],
        ["id": .string(location), "name": "Blue Cafe", "__typename": "LocationSummary"],
      ])
    let removed = try synup.data(
      synup.post("/users/folders/remove", input: #"{"userId":"\#(user)","folderIds":["\#(root)"]}"#),
      "removeFoldersForUser")
    #expect(removed["status"]?.arrayValue?.first?["success"] == true)
    #expect(try synup.data(synup.get("/users/\(user)/resources"), "listUserResources").arrayValue?.count == 1)
  }

  @Test func addingTwiceKeepsOneAssignment() throws {
    let synup = try SynupClient()
    let user = try #require(try synup.createUser("a@example.com")["id"]?.stringValue)
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    for _ in 1...2 {
      _ = synup.post("/users/locations/add", input: #"{"userId":"\#(user)","locationIds":["\#(location)"]}"#)
    }
    #expect(try synup.data(synup.get("/users/\(user)/resources"), "listUserResources").arrayValue?.count == 1)
  }

  @Test func pathIdsArePercentDecoded() throws {
    let synup = try SynupClient()
    for index in 1...10 { try synup.createUser("u\(index)@example.com") }
    let tenth = RelayID(.user, 10).text
    #expect(tenth.hasSuffix("=="))
    let escaped = tenth.replacing("=", with: "%3D")
    #expect(try synup.data(synup.get("/users/\(escaped)/resources"), "listUserResources") == [])
    #expect(
      synup.get("/users/VXNlcjoxMA%3/resources").text
        == #"{"data":{"listUserResources":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
  }

  @Test func unknownAndMalformedUsersAreTopLevelErrors() throws {
    let synup = try SynupClient()
    let unknown = synup.post("/users/locations/add", input: #"{"userId":"VXNlcjo5","locationIds":[]}"#)
    #expect(unknown.text == #"{"data":{"addLocationsForUser":null},"errors":[{"message":"SY81019: User not found"}]}"#)
    let malformed = synup.post("/users/folders/add", input: #"{"userId":"5","folderIds":[]}"#)
    #expect(malformed.text == #"{"data":{"addFoldersForUser":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
    let user = try #require(try synup.createUser("a@example.com")["id"]?.stringValue)
    let badFolder = synup.post("/users/folders/add", input: #"{"userId":"\#(user)","folderIds":["root"]}"#)
    #expect(badFolder.text == #"{"data":{"addFoldersForUser":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
    #expect(
      synup.get("/users/VXNlcjo5/resources").text
        == #"{"data":{"listUserResources":null},"errors":[{"message":"SY81019: User not found"}]}"#)
    #expect(
      synup.get("/users/x/resources").text
        == #"{"data":{"listUserResources":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
  }
}
