import SynJSON
import Testing

@testable import SynSimulator

/// Folders (spec 4): a seeded root, normalised unique names, nesting, and
/// moving locations in and out.
@Suite struct SynupFolderTests {
  static func flat(_ synup: SynupClient) throws -> [JSONValue] {
    try #require(try synup.data(synup.get("/folders/flat"), "getUserFolders").arrayValue)
  }

  @Test func aNewAccountHasOnlyRoot() throws {
    let synup = try SynupClient()
    let folders = try Self.flat(synup)
    #expect(folders.count == 1)
    #expect(folders[0]["name"] == "root")
    #expect(folders[0]["level"] == 0)
    #expect(folders[0]["parentFolderId"] == .null)
    #expect(folders[0]["locationCount"] == 0)
    #expect(ResourceID(Substring(folders[0]["id"]?.stringValue ?? "")) != nil)
  }

  @Test func createNormalisesTheNameAndNestsBelowRoot() throws {
    let synup = try SynupClient()
    let reply = synup.post("/folders/create", input: #"{"name":"West Coast / CA!"}"#)
    let payload = try synup.data(reply, "createFolder")
    #expect(payload.objectValue?.keys == ["clientMutationId", "errors", "folder", "success"])
    #expect(payload["errors"] == .null)
    #expect(payload["success"] == true)
    let folder = try #require(payload["folder"])
    #expect(folder.objectValue?.keys == ["accountId", "archived", "createdAt", "id", "locationCount", "name", "root"])
    #expect(folder["accountId"] == 1)
    #expect(folder["archived"] == false)
    #expect(folder["createdAt"] == "2026-01-01 00:00:00 UTC")
    #expect(folder["locationCount"] == .null)
    #expect(folder["name"] == "west coast _ ca_")
    #expect(folder["root"] == false)
    let flat = try Self.flat(synup)
    #expect(flat[1]["parentFolderName"] == "root")
    #expect(flat[1]["level"] == 1)
  }

  @Test func namesAreUniqueAfterNormalisationSY10103() throws {
    let synup = try SynupClient()
    _ = synup.post("/folders/create", input: #"{"name":"Acme"}"#)
    for name in ["acme", "ACME", "root"] {
      let reply = synup.post("/folders/create", input: #"{"name":"\#(name)"}"#)
      #expect(
        reply.text
          == #"{"data":{"createFolder":{"clientMutationId":null,"errors":[{"code":"SY10103","message":"Name has already been taken","contextInfo":[{"key":"name","value":"\#(name)"}]}],"folder":null,"success":false}}}"#
      )
    }
    let blank = synup.post("/folders/create", input: #"{"name":" "}"#)
    #expect(
      blank.text
        == #"{"data":{"createFolder":{"clientMutationId":null,"errors":[{"code":null,"message":"Name can't be blank","contextInfo":[{"key":"name","value":" "}]}],"folder":null,"success":false}}}"#
    )
  }

  @Test func parentsMustExistSY10039() throws {
    let synup = try SynupClient()
    let parent = try #require(
      try synup.data(synup.post("/folders/create", input: #"{"name":"Region"}"#), "createFolder")["folder"]?["id"]?
        .stringValue)
    _ = synup.post("/folders/create", input: #"{"name":"Child","parentFolder":"\#(parent)"}"#)
    _ = synup.post("/folders/create", input: #"{"name":"Grandchild","parentFolderName":"CHILD"}"#)
    let flat = try Self.flat(synup)
    #expect(flat.map { $0["name"] } == ["root", "region", "child", "grandchild"])
    #expect(flat.map { $0["level"] } == [0, 1, 2, 3])
    for (key, value) in [
      ("parentFolder", "00000000-0000-4000-8000-000000000000"), ("parentFolder", "nope"),
      ("parentFolderName", "nowhere"),
    ] {
      let reply = synup.post("/folders/create", input: #"{"name":"x","\#(key)":"\#(value)"}"#)
      #expect(
        reply.text
          == #"{"data":{"createFolder":{"clientMutationId":null,"errors":[{"code":"SY10039","message":"Folder Does Not Exist","contextInfo":[{"key":"\#(key)","value":"\#(value)"}]}],"folder":null,"success":false}}}"#
      )
    }
    let tree = try synup.data(synup.get("/folders/tree"), "getFolderTree")
    #expect(tree.arrayValue?.count == 1)
    #expect(tree.arrayValue?.first?["name"] == "root")
    #expect(
      tree.arrayValue?.first?["subFolders"]?.arrayValue?.first?["subFolders"]?.arrayValue?.first?["name"] == "child")
    #expect(tree.arrayValue?.first?["subFolders"]?.arrayValue?.first?["subFolders"]?.arrayValue?.first?["level"] == 2)
  }

  @Test func renameNormalisesAndRefusesRootMissingAndTaken() throws {
    let synup = try SynupClient()
    _ = synup.post("/folders/create", input: #"{"name":"One"}"#)
    _ = synup.post("/folders/create", input: #"{"name":"Two"}"#)
    let renamed = try synup.data(
      synup.post("/locations/folders/rename", input: #"{"oldName":"ONE","name":"Uno!"}"#), "renameFolder")
    #expect(renamed["success"] == true)
    #expect(renamed["folder"]?["name"] == "uno_")
    #expect(renamed["folder"]?["locationCount"] == 0)
    func refusal(_ input: String) throws -> JSONValue? {
      try synup.data(synup.post("/locations/folders/rename", input: input), "renameFolder")["errors"]
    }
    #expect(
      try refusal(#"{"oldName":"root","name":"top"}"#) == [
        [
          "code": "SY10049", "message": "Root Folder Cannot Be Renamed.",
          "contextInfo": [["key": "oldName", "value": "root"]],
        ]
      ])
    #expect(
      try refusal(#"{"oldName":"one","name":"x"}"#) == [
        ["code": "SY10039", "message": "Folder Does Not Exist", "contextInfo": [["key": "oldName", "value": "one"]]]
      ])
    #expect(
      try refusal(#"{"oldName":"uno_","name":"TWO"}"#) == [
        [
          "code": "SY10103", "message": "Name has already been taken",
          "contextInfo": [["key": "name", "value": "TWO"]],
        ]
      ])
    #expect(
      try synup.data(
        synup.post("/locations/folders/rename", input: #"{"oldName":"uno_","name":"UNO_"}"#), "renameFolder")["success"]
        == true)
  }

  @Test func addingLocationsMakesTheFolderAndMovesThem() throws {
    let synup = try SynupClient()
    let ids = try synup.createLocations(3)
    let reply = synup.post("/locations/folders", input: #"{"name":"Acme","locationIds":["\#(ids[0])","\#(ids[1])"]}"#)
    let payload = try synup.data(reply, "addLocationsToFolder")
    #expect(payload.objectValue?.keys == ["errors", "folder", "success"])
    #expect(payload["folder"]?["name"] == "acme")
    #expect(payload["folder"]?["locationCount"] == 2)
    let flat = try Self.flat(synup)
    #expect(flat.map { $0["locationCount"] } == [1, 2])
    let location = try synup.data(synup.get("/locations-by-ids", [("ids", #"["\#(ids[0])"]"#)]), "getLocationsByIds")
    #expect(location.arrayValue?.first?["folderName"] == "acme")
    let again = try synup.data(
      synup.post("/locations/folders", input: #"{"name":"ACME","locationIds":["\#(ids[2])"]}"#), "addLocationsToFolder")
    #expect(again["folder"]?["locationCount"] == 3)
    #expect(try Self.flat(synup).count == 2)
    let unknown = synup.post("/locations/folders", input: #"{"name":"acme","locationIds":["TG9jYXRpb246OQ=="]}"#)
    #expect(
      unknown.text
        == #"{"data":{"addLocationsToFolder":{"errors":[{"code":"SY10038","message":"Location Does Not Exist","contextInfo":[{"key":"locationIds","value":"TG9jYXRpb246OQ=="}]}],"folder":null,"success":false}}}"#
    )
  }

  @Test func removingLocationsSendsThemToRootSY10052WhenAlreadyThere() throws {
    let synup = try SynupClient()
    let ids = try synup.createLocations(2)
    _ = synup.post("/locations/folders", input: #"{"name":"acme","locationIds":["\#(ids[0])"]}"#)
    let removed = synup.post("/locations/folders/remove", input: #"{"locationIds":["\#(ids[0])"]}"#)
    #expect(
      removed.text
        == #"{"data":{"deleteLocationsFromFolder":{"clientMutationId":null,"errors":null,"locations":["\#(ids[0])"],"success":true}}}"#
    )
    let inRoot = synup.post("/locations/folders/remove", input: #"{"locationIds":["\#(ids[1])"]}"#)
    #expect(
      inRoot.text
        == #"{"data":{"deleteLocationsFromFolder":{"clientMutationId":null,"errors":[{"code":"SY10052","message":"Location Is Not Assigned To Any Folder. Location Is In Root Folder.","contextInfo":[{"key":"locationIds","value":"\#(ids[1])"}]}],"locations":null,"success":false}}}"#
    )
    #expect(try Self.flat(synup).map { $0["locationCount"] } == [2, 0])
  }

  @Test func deleteMovesLocationsToRootAndSubfoldersUp() throws {
    let synup = try SynupClient()
    let ids = try synup.createLocations(2)
    let user = try #require(try synup.createUser("a@example.com")["id"]?.stringValue)
    _ = synup.post("/folders/create", input: #"{"name":"Region"}"#)
    _ = synup.post("/folders/create", input: #"{"name":"City","parentFolderName":"region"}"#)
    _ = synup.post("/locations/folders", input: #"{"name":"region","locationIds":["\#(ids[0])"]}"#)
    _ = synup.post("/locations/folders", input: #"{"name":"city","locationIds":["\#(ids[1])"]}"#)
    let region = try #require(try Self.flat(synup).first { $0["name"] == "region" }?["id"]?.stringValue)
    _ = synup.post("/users/folders/add", input: #"{"userId":"\#(user)","folderIds":["\#(region)"]}"#)
    let deleted = synup.post("/folders/delete", input: #"{"name":"REGION"}"#)
    #expect(deleted.text == #"{"data":{"deleteFolder":{"errors":null,"success":true}}}"#)
    let flat = try Self.flat(synup)
    #expect(flat.map { $0["name"] } == ["root", "city"])
    #expect(flat.map { $0["level"] } == [0, 1])
    #expect(flat.map { $0["locationCount"] } == [1, 1])
    #expect(try synup.data(synup.get("/users/\(user)/resources"), "listUserResources") == [])
    #expect(
      synup.post("/folders/delete", input: #"{"name":"root"}"#).text
        == #"{"data":{"deleteFolder":{"errors":[{"code":"SY10049","message":"Root Folder Cannot Be Deleted.","contextInfo":[{"key":"name","value":"root"}]}],"success":false}}}"#
    )
    #expect(
      synup.post("/folders/delete", input: #"{"name":"region"}"#).text
        == #"{"data":{"deleteFolder":{"errors":[{"code":"SY10039","message":"Folder Does Not Exist","contextInfo":[{"key":"name","value":"region"}]}],"success":false}}}"#
    )
  }

  @Test func detailsAndFolderLocationsByIdOrName() throws {
    let synup = try SynupClient()
    let ids = try synup.createLocations(3)
    _ = synup.post("/folders/create", input: #"{"name":"Region"}"#)
    _ = synup.post("/folders/create", input: #"{"name":"City","parentFolderName":"region"}"#)
    _ = synup.post("/locations/folders", input: #"{"name":"region","locationIds":["\#(ids[0])"]}"#)
    _ = synup.post("/locations/folders", input: #"{"name":"city","locationIds":["\#(ids[1])","\#(ids[2])"]}"#)
    let flat = try Self.flat(synup)
    let region = try #require(flat[1]["id"]?.stringValue)
    let details = try synup.data(synup.get("/folder-details", [("folderName", "City")]), "getFolderDetails")
    #expect(
      details == [
        "locations": [["id": .string(ids[2]), "name": "Store 3"], ["id": .string(ids[1]), "name": "Store 2"]],
        "folderName": "city", "parentFolderId": .string(region), "parentFolderName": "region",
        "createdAt": "2026-01-01 00:00:00 UTC",
      ])
    let inRegion = try synup.data(synup.get("/folder-locations", [("folderId", region)]), "getLocationsForFolder")
    #expect(inRegion.arrayValue?.compactMap { $0["id"]?.stringValue } == ids.reversed())
    #expect(
      synup.get("/folder-details", [("folderName", "nowhere")]).text
        == #"{"data":{"getFolderDetails":null},"errors":[{"message":"SY10039: Folder Does Not Exist"}]}"#)
    #expect(
      synup.get("/folder-locations", [("folderId", "x")]).text
        == #"{"data":{"getLocationsForFolder":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
    let neither = synup.get("/folder-details")
    #expect(neither.status == 400)
    #expect(
      neither.text == #"{"data":{"getFolderDetails":null},"errors":[{"message":"folderId or folderName is required"}]}"#
    )
  }
}
