import SynJSON
import Testing

@testable import SynSimulator

@Suite struct SynupUserTests {
  /// The seed's "Create User with Role" response (S1), as documented.
  static let seedResponse = #"""
    {"data":{"addUser":{"success":true,"errors":[],"user":{"id":"VXNlcjoxNjUzNjA=","createdAt":"2025-02-03 10:25:44 UTC",
    "directCustomer":true,"email":"user@example.com","firstName":"John","lastName":null,"inviteStatus":"INVITE_SENT",
    "customRole":{"id":"Q3VzdG9tUm9sZToyMDgzMQ==","name":"Admin"},"accountId":"QWNjb3VudDoxNjE1NA==",
    "preferences":{"locale":"en-US","dateFormat":null,"timezone":null,"columnOrder":null}}}}}
    """#

  @Test func createUserWithRoleAnswersTheSeedsShapeFieldForField() throws {
    let synup = try SynupClient()
    let roleId = try synup.roleID("Admin")
    let body = #"{"input":{"email":"user@example.com","roleId":"\#(roleId)","firstName":"John","directCustomer":true}}"#
    let reply = synup.send("POST", "/users/create", body: body)
    #expect(reply.status == 200)
    let actual = try reply.json()
    let expected = try JSONValue(parsing: Self.seedResponse)
    let ignored: Set<String> = [
      ".data.addUser.user.id", ".data.addUser.user.createdAt", ".data.addUser.user.accountId",
    ]
    #expect(sameShape(actual, expected, at: "", ignoring: ignored.union([".data.addUser.user.customRole.id"])))
    let user = try #require(actual["data"]?["addUser"]?["user"])
    #expect(user["customRole"]?["id"]?.stringValue == roleId)
    #expect(RelayID(user["id"]?.stringValue ?? "", as: .user) == RelayID(.user, 1))
    #expect(user["accountId"] == "QWNjb3VudDox")
    #expect(user["createdAt"] == "2026-01-01 00:00:00 UTC")
  }

  @Test func createdUserTakesTheTenantClock() throws {
    let synup = try SynupClient()
    try synup.control("/_sim/clock", #"{"set":"2026-03-04T05:06:07Z"}"#)
    #expect(try synup.createUser("a@example.com")["createdAt"] == "2026-03-04 05:06:07 UTC")
  }

  @Test func rolesAreTheFourSeededOnes() throws {
    let synup = try SynupClient()
    let roles = try synup.data(synup.get("/roles"), "fetchAccountRoles")
    #expect(
      roles.compactText
        == #"[{"id":"Q3VzdG9tUm9sZTox","name":"Admin","createdAt":"2026-01-01 00:00:00 UTC","updatedAt":"2026-01-01 00:00:00 UTC"},"#
        + #"{"id":"Q3VzdG9tUm9sZToy","name":"Manager","createdAt":"2026-01-01 00:00:00 UTC","updatedAt":"2026-01-01 00:00:00 UTC"},"#
        + #"{"id":"Q3VzdG9tUm9sZToz","name":"Client (Write)","createdAt":"2026-01-01 00:00:00 UTC","updatedAt":"2026-01-01 00:00:00 UTC"},"#
        + #"{"id":"Q3VzdG9tUm9sZTo0","name":"Client (Read Only)","createdAt":"2026-01-01 00:00:00 UTC","updatedAt":"2026-01-01 00:00:00 UTC"}]"#
    )
  }

  struct RuleCase: CustomTestStringConvertible, Sendable {
    var input: String
    var errors: String
    var testDescription: String { errors }
  }

  static let createRules: [RuleCase] = [
    RuleCase(
      input: #"{"email":"","roleId":"Q3VzdG9tUm9sZTox","firstName":"John"}"#,
      errors: #"[{"code":"SY81000","message":"Email is mandatory","contextInfo":[{"key":"email","value":""}]}]"#),
    RuleCase(
      input: #"{"email":"not-an-email","roleId":"Q3VzdG9tUm9sZTox","firstName":"John"}"#,
      errors:
        #"[{"code":"SY81003","message":"Invalid email format","contextInfo":[{"key":"email","value":"not-an-email"}]}]"#
    ),
    RuleCase(
      input: #"{"email":"a@example.com","roleId":"Q3VzdG9tUm9sZTox","firstName":" "}"#,
      errors:
        #"[{"code":"SY81009","message":"First name is mandatory","contextInfo":[{"key":"firstName","value":" "}]}]"#),
    RuleCase(
      input:
        #"{"email":"a@example.com","roleId":"Q3VzdG9tUm9sZTox","firstName":"\#(String(repeating: "é", count: 61))"}"#,
      errors:
        #"[{"code":"SY81007","message":"First name cannot be more than 60 characters","contextInfo":[{"key":"firstName","value":"\#(String(repeating: "é", count: 61))"}]}]"#
    ),
    RuleCase(
      input:
        #"{"email":"a@example.com","roleId":"Q3VzdG9tUm9sZTox","firstName":"J","lastName":"\#(String(repeating: "x", count: 61))"}"#,
      errors:
        #"[{"code":"SY81008","message":"Last name cannot be more than 60 characters","contextInfo":[{"key":"lastName","value":"\#(String(repeating: "x", count: 61))"}]}]"#
    ),
    RuleCase(
      input: #"{"email":"a@example.com","roleId":"Q3VzdG9tUm9sZTo5","firstName":"John"}"#,
      errors:
        #"[{"code":"SY81057","message":"Invalid role passed","contextInfo":[{"key":"roleId","value":"Q3VzdG9tUm9sZTo5"}]}]"#
    ),
    RuleCase(
      input: #"{"email":"a@example.com","roleId":"VXNlcjox","firstName":"John"}"#,
      errors:
        #"[{"code":"SY81057","message":"Invalid role passed","contextInfo":[{"key":"roleId","value":"VXNlcjox"}]}]"#),
    RuleCase(
      input: #"{"email":"","roleId":"x","firstName":""}"#,
      errors: #"[{"code":"SY81000","message":"Email is mandatory","contextInfo":[{"key":"email","value":""}]},"#
        + #"{"code":"SY81009","message":"First name is mandatory","contextInfo":[{"key":"firstName","value":""}]},"#
        + #"{"code":"SY81057","message":"Invalid role passed","contextInfo":[{"key":"roleId","value":"x"}]}]"#),
  ]

  @Test(arguments: createRules)
  func createRefusesBrokenRulesAsAPayload(rule: RuleCase) throws {
    let synup = try SynupClient()
    let reply = synup.post("/users/create", input: rule.input)
    #expect(reply.status == 200)
    #expect(reply.text == #"{"data":{"addUser":{"success":false,"errors":\#(rule.errors),"user":null}}}"#)
    #expect(try synup.data(synup.get("/users"), "users")["totalCount"] == 0)
  }

  @Test func emailIsUniqueInAnyCase() throws {
    let synup = try SynupClient()
    try synup.createUser("jo@example.com")
    let reply = synup.post(
      "/users/create", input: #"{"email":"JO@example.com","roleId":"\#(try synup.roleID())","firstName":"Jo"}"#)
    #expect(
      reply.text
        == #"{"data":{"addUser":{"success":false,"errors":[{"code":"SY81024","message":"This email has already been taken","contextInfo":[{"key":"email","value":"JO@example.com"}]}],"user":null}}}"#
    )
  }

  @Test func updateChangesOnlyTheFieldsSent() throws {
    let synup = try SynupClient()
    let user = try synup.createUser("jo@example.com", firstName: "Jo")
    let id = try #require(user["id"]?.stringValue)
    let manager = try synup.roleID("Manager")
    let reply = synup.post(
      "/users/update", input: #"{"id":"\#(id)","lastName":"Doe","roleId":"\#(manager)","phone":"1","archived":false}"#)
    let payload = try synup.data(reply, "updateUser")
    #expect(payload["success"] == true)
    #expect(payload["errors"] == [])
    #expect(payload["user"]?["firstName"] == "Jo")
    #expect(payload["user"]?["email"] == "jo@example.com")
    #expect(payload["user"]?["lastName"] == "Doe")
    #expect(payload["user"]?["customRole"] == ["id": .string(manager), "name": "Manager"])
    let cleared = try synup.data(synup.post("/users/update", input: #"{"id":"\#(id)","lastName":null}"#), "updateUser")
    #expect(cleared["user"]?["lastName"] == .null)
  }

  @Test func updateKeepsOwnEmailButRefusesAnothersAndTheSameRules() throws {
    let synup = try SynupClient()
    let id = try #require(try synup.createUser("jo@example.com")["id"]?.stringValue)
    try synup.createUser("al@example.com")
    #expect(
      try synup.data(synup.post("/users/update", input: #"{"id":"\#(id)","email":"JO@example.com"}"#), "updateUser")[
        "success"] == true)
    let taken = synup.post("/users/update", input: #"{"id":"\#(id)","email":"al@example.com","firstName":""}"#)
    #expect(
      taken.text
        == #"{"data":{"updateUser":{"success":false,"errors":[{"code":"SY81024","message":"This email has already been taken","contextInfo":[{"key":"email","value":"al@example.com"}]},"#
        + #"{"code":"SY81009","message":"First name is mandatory","contextInfo":[{"key":"firstName","value":""}]}],"user":null}}}"#
    )
    let user = try synup.data(synup.get("/users-by-ids", [("userIds", #"["\#(id)"]"#)]), "usersByIds").arrayValue?.first
    #expect(user?["email"] == "JO@example.com")
    #expect(user?["firstName"] == "Jo")
  }

  @Test func updateOfAnUnknownUserIsSY81019AndOfAMalformedIdSY90002() throws {
    let synup = try SynupClient()
    let unknown = synup.post("/users/update", input: #"{"id":"VXNlcjo5OQ==","firstName":"X"}"#)
    #expect(
      unknown.text
        == #"{"data":{"updateUser":{"success":false,"errors":[{"code":"SY81019","message":"User not found","contextInfo":[{"key":"id","value":"VXNlcjo5OQ=="}]}],"user":null}}}"#
    )
    for id in ["42", "TG9jYXRpb246MQ==", "VXNlcjowMQ==", "not base64!"] {
      let malformed = synup.post("/users/update", input: #"{"id":"\#(id)"}"#)
      #expect(malformed.status == 200)
      #expect(malformed.text == #"{"data":{"updateUser":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
    }
  }

  @Test func listIsNewestFirstWithListNodesAndPageSizedTotal() throws {
    let synup = try SynupClient()
    for index in 1...3 { try synup.createUser("u\(index)@example.com") }
    let users = try synup.data(synup.get("/users", [("first", "2")]), "users")
    #expect(users["totalCount"] == 3)
    #expect(
      users["pageInfo"]
        == ["hasNextPage": true, "hasPreviousPage": false, "endCursor": "VXNlcjoy", "total": 2])
    let edges = try #require(users["edges"]?.arrayValue)
    #expect(edges.map { $0["cursor"] } == ["VXNlcjoz", "VXNlcjoy"])
    #expect(edges.map { $0["node"]?["id"] } == ["VXNlcjoz", "VXNlcjoy"])
    #expect(
      edges[0]["node"]?.objectValue?.keys
        == ["id", "email", "firstName", "lastName", "customRole", "directCustomer", "createdAt", "inviteStatus"])
  }

  @Test func listClampsPagesToFifty() throws {
    let synup = try SynupClient()
    for index in 1...55 { try synup.createUser("u\(index)@example.com") }
    let users = try synup.data(synup.get("/users", [("first", "100")]), "users")
    #expect(users["edges"]?.arrayValue?.count == 50)
    #expect(users["pageInfo"]?["total"] == 50)
    #expect(users["totalCount"] == 55)
  }

  @Test func byIdsReturnsFoundUsersNewestFirstWithPreferences() throws {
    let synup = try SynupClient()
    let first = try #require(try synup.createUser("a@example.com")["id"]?.stringValue)
    let second = try #require(try synup.createUser("b@example.com")["id"]?.stringValue)
    let reply = synup.get("/users-by-ids", [("userIds", #"["\#(first)","VXNlcjo5OQ==","\#(second)"]"#)])
    let users = try #require(try synup.data(reply, "usersByIds").arrayValue)
    #expect(users.map { $0["id"]?.stringValue } == [second, first])
    #expect(
      users[0].objectValue?.keys
        == [
          "id", "firstName", "lastName", "email", "customRole", "directCustomer", "createdAt", "inviteStatus",
          "preferences",
        ])
    #expect(users[0]["preferences"] == ["locale": "en-US", "dateFormat": nil, "timezone": nil])
    let none = synup.get("/users-by-ids", [("userIds", #"["VXNlcjo5OQ=="]"#)])
    #expect(none.text == #"{"data":{"usersByIds":[]}}"#)
    let malformed = synup.get("/users-by-ids", [("userIds", #"["\#(first)","x"]"#)])
    #expect(malformed.text == #"{"data":{"usersByIds":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
  }
}

/// Whether `actual` has `expected`'s keys in the same order and the same
/// values at every path but `ignored` ones (which must still be strings).
func sameShape(_ actual: JSONValue, _ expected: JSONValue, at path: String, ignoring ignored: Set<String>) -> Bool {
  if ignored.contains(path) { return actual.stringValue != nil }
  switch (actual, expected) {
  case (.object(let actualObject), .object(let expectedObject)):
    guard actualObject.keys == expectedObject.keys else { return false }
    return expectedObject.allSatisfy { member in
      actualObject[member.key].map { sameShape($0, member.value, at: path + "." + member.key, ignoring: ignored) }
        ?? false
    }
  case (.array(let actualElements), .array(let expectedElements)):
    return actualElements.count == expectedElements.count
      && zip(actualElements, expectedElements).enumerated().allSatisfy { index, pair in
        sameShape(pair.0, pair.1, at: "\(path)[\(index)]", ignoring: ignored)
      }
  default:
    return actual == expected
  }
}
