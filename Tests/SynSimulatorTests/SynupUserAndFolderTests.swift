import SynJSON
import Testing

@testable import SynSimulator

/// `POST /users/add_user_and_folder` (synup-sections.md 4.3): a user, a folder
/// with locations moved in and assigned to the user, all or nothing, with the
/// rules and codes of users/create, folders/create and locations/folders.
@Suite struct SynupUserAndFolderTests {
  static let path = "/users/add_user_and_folder"
  /// `Location:99`: well-formed, but no test makes 99 locations.
  static let missingLocation = "TG9jYXRpb246OTk="

  /// The evidenced request's fields with `changes` applied (`null` removes a key).
  static func input(_ synup: SynupClient, _ changes: [String: JSONValue] = [:]) throws -> String {
    var input = JSONObject([
      .init(key: "roleId", value: .string(try synup.roleID())),
      .init(key: "firstName", value: "John"),
      .init(key: "lastName", value: "Doe"),
      .init(key: "email", value: "j@x.com"),
      .init(key: "directCustomer", value: true),
      .init(key: "locale", value: "ENGLISH"),
      .init(key: "socialProfileIds", value: []),
      .init(key: "name", value: "North"),
      .init(key: "isDefaultFolder", value: true),
    ])
    for (key, value) in changes.sorted(by: { $0.key < $1.key }) {
      input[key] = value.isNull ? nil : value
    }
    return JSONValue.object(input).compactText
  }

  /// What the account shows of its users, folders and locations, to prove a call changed none of them.
  static func snapshot(_ synup: SynupClient) -> [String] {
    ["/users", "/folders/flat", "/locations"].map { synup.get($0).text }
  }

  static func failure(_ errors: String) -> String {
    #"{"data":{"addUserAndFolder":{"success":false,"assignFolder":false,"user":null,"folder":null,"errors":["#
      + errors + "]}}}"
  }

  @Test func theEvidencedAnswerForANewUserAndFolder() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let reply = synup.post(Self.path, input: try Self.input(synup, ["locationIds": [.string(location)]]))
    let folders = try #require(try synup.data(synup.get("/folders/flat"), "getUserFolders").arrayValue)
    let north = try #require(folders.first { $0["name"] == "north" })
    let folderID = try #require(north["id"]?.stringValue)
    #expect(
      reply.text
        == #"{"data":{"addUserAndFolder":{"success":true,"assignFolder":true,"#
        + #""user":{"firstName":"John","lastName":"Doe","email":"j@x.com","directCustomer":true,"databaseId":1},"#
        + #""folder":{"id":"\#(folderID)","name":"north","locationCount":null},"errors":[]}}}"#)
    #expect(north["locationCount"] == 1)
    let user = RelayID(.user, 1).text
    let resources = try synup.data(synup.get("/users/\(user)/resources"), "listUserResources")
    #expect(resources == [["id": .string(folderID), "name": "north", "__typename": "Folder"]])
  }

  @Test func anExistingUserGetsTheFolderAndTheUserFieldsAreIgnored() throws {
    let synup = try SynupClient()
    let existing = try synup.createUser("a@b.co", firstName: "Ann")
    let userID = try #require(existing["id"]?.stringValue)
    let payload = try synup.data(
      synup.post(Self.path, input: try Self.input(synup, ["userId": .string(userID)])), "addUserAndFolder")
    #expect(payload["success"] == true)
    #expect(
      payload["user"] == [
        "firstName": "Ann", "lastName": nil, "email": "a@b.co", "directCustomer": false, "databaseId": 1,
      ])
    #expect(try synup.data(synup.get("/users"), "users")["totalCount"] == 1)
    let resources = try synup.data(synup.get("/users/\(userID)/resources"), "listUserResources")
    #expect(resources.arrayValue?.map { $0["name"] } == ["north"])
  }

  @Test func aWellFormedUserIdOfNoUserIsSY81019() throws {
    let synup = try SynupClient()
    let before = Self.snapshot(synup)
    let reply = synup.post(Self.path, input: try Self.input(synup, ["userId": "VXNlcjo5"]))
    #expect(
      reply.text
        == Self.failure(
          #"{"code":"SY81019","message":"User not found","contextInfo":[{"key":"userId","value":"VXNlcjo5"}]}"#))
    #expect(Self.snapshot(synup) == before)
  }

  @Test func aMalformedIdFailsTheWholeRequest() throws {
    let synup = try SynupClient()
    try synup.createLocation()
    let before = Self.snapshot(synup)
    let changes: [[String: JSONValue]] = [["userId": "nope"], ["locationIds": ["nope"]]]
    for change in changes {
      let reply = synup.post(Self.path, input: try Self.input(synup, change))
      #expect(reply.status == 200)
      #expect(reply.text == #"{"data":{"addUserAndFolder":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
    }
    #expect(Self.snapshot(synup) == before)
  }

  @Test func aRefusedUserMakesNoFolderAndOnlyItsErrorsAreAnswered() throws {
    let synup = try SynupClient()
    try synup.createUser("j@x.com")
    _ = synup.post("/folders/create", input: #"{"name":"Taken"}"#)
    let before = Self.snapshot(synup)
    // The folder name is taken too, but the user step fails first.
    let reply = synup.post(Self.path, input: try Self.input(synup, ["firstName": " ", "name": "Taken"]))
    #expect(
      reply.text
        == Self.failure(
          #"{"code":"SY81024","message":"This email has already been taken","contextInfo":[{"key":"email","value":"j@x.com"}]},"#
            + #"{"code":"SY81009","message":"First name is mandatory","contextInfo":[{"key":"firstName","value":" "}]}"#
        ))
    #expect(Self.snapshot(synup) == before)
  }

  @Test func aRefusedFolderMakesNoUser() throws {
    let synup = try SynupClient()
    _ = synup.post("/folders/create", input: #"{"name":"north"}"#)
    let before = Self.snapshot(synup)
    let taken = synup.post(Self.path, input: try Self.input(synup))
    #expect(
      taken.text
        == Self.failure(
          #"{"code":"SY10103","message":"Name has already been taken","contextInfo":[{"key":"name","value":"North"}]}"#)
    )
    let blank = synup.post(Self.path, input: try Self.input(synup, ["name": ""]))
    #expect(
      blank.text
        == Self.failure(#"{"code":null,"message":"Name can't be blank","contextInfo":[{"key":"name","value":""}]}"#))
    #expect(Self.snapshot(synup) == before)
  }

  @Test func aMissingLocationMakesNeitherUserNorFolder() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let before = Self.snapshot(synup)
    let input = try Self.input(synup, ["locationIds": [.string(location), .string(Self.missingLocation)]])
    let reply = synup.post(Self.path, input: input)
    #expect(
      reply.text
        == Self.failure(
          #"{"code":"SY10038","message":"Location Does Not Exist","contextInfo":[{"key":"locationIds","value":"\#(Self.missingLocation)"}]}"#
        ))
    #expect(Self.snapshot(synup) == before)
  }

  @Test func aFailedCallLeavesNoTraceInTheIdsThatFollow() throws {
    func succeed(after failing: Bool) throws -> String {
      let synup = try SynupClient()
      let location = try #require(try synup.createLocation()["id"]?.stringValue)
      if failing {
        // Fails at the last step, after the folder had drawn its id on the discarded copy.
        _ = synup.post(Self.path, input: try Self.input(synup, ["locationIds": [.string(Self.missingLocation)]]))
      }
      return synup.post(Self.path, input: try Self.input(synup, ["locationIds": [.string(location)]])).text
    }
    #expect(try succeed(after: true) == succeed(after: false))
  }

  @Test func theSameTenantGetsTheSameAnswer() throws {
    let answers = try (1...2).map { _ in
      let synup = try SynupClient()
      try synup.control("/_sim/seed", #"{"seed":3}"#)
      return synup.post(Self.path, input: try Self.input(synup)).text
    }
    #expect(answers[0] == answers[1])
    #expect(answers[0].contains(#""success":true"#))
  }

  @Test func anInputThatDoesNotFitIsShape4NamingTheInputType() throws {
    let synup = try SynupClient()
    let before = Self.snapshot(synup)
    let unknown = synup.post(Self.path, input: #"{"name":"n","email":"e@x.co","roleId":"r","firstName":"f","x":1}"#)
    #expect(
      unknown.text
        == #"{"errors":[{"message":"Variable \"$input\" got invalid value {\"name\":\"n\",\"email\":\"e@x.co\",\"roleId\":\"r\",\"firstName\":\"f\",\"x\":1}; Field \"x\" is not defined by type AddUserAndFolderInput."}]}"#
    )
    let missing = synup.post(Self.path, input: #"{"isDefaultFolder":"yes"}"#)
    let messages = try #require(try missing.json()["errors"]?.arrayValue).compactMap { $0["message"]?.stringValue }
    #expect(
      messages.map { $0.split(separator: "; ", maxSplits: 1).last.map(String.init) } == [
        "Expected type Boolean at value.isDefaultFolder.",
        "Field value.roleId of required type ID! was not provided.",
        "Field value.firstName of required type String! was not provided.",
        "Field value.email of required type String! was not provided.",
        "Field value.name of required type String! was not provided.",
      ])
    #expect(Self.snapshot(synup) == before)
  }

  @Test func aBadKeyIs401WithTheField() throws {
    let synup = try SynupClient()
    let reply = synup.send("POST", Self.path, body: #"{"input":{}}"#, key: "wrong")
    #expect(reply.status == 401)
    #expect(reply.text == #"{"data":{"addUserAndFolder":null},"errors":[{"message":"SY90005:Invalid token"}]}"#)
  }
}
