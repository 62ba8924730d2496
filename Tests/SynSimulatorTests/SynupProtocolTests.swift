import SynHTTP
import SynJSON
import Testing

@testable import SynSimulator

/// What every Synup route shares: authentication, routing, the 501 sections,
/// faults, tenancy and determinism.
@Suite struct SynupProtocolTests {
  @Test(arguments: [
    ("GET", "/locations", "allLocations"), ("POST", "/users/create", "addUser"),
    ("GET", "/users/x/resources", "listUserResources"),
  ])
  func aBadKeyIs401WithTheRoutesField(method: String, path: String, field: String) throws {
    let synup = try SynupClient()
    for key in ["wrong", synup.tenant.synposterKey] {
      let reply = synup.send(method, path, key: key)
      #expect(reply.status == 401)
      #expect(reply.text == #"{"data":{"\#(field)":null},"errors":[{"message":"SY90005:Invalid token"}]}"#)
    }
    let anonymous = Reply(synup.tenant.simulator.handle(HTTPRequest(method: method, path: "/api/v4" + path)))
    #expect(anonymous.status == 401)
    let bearer = synup.tenant.send(
      method, "/api/v4" + path, headers: [("Authorization", "Bearer \(synup.tenant.synupKey)")], key: .none)
    #expect(bearer.status == 401)
  }

  @Test func theAPISchemeIsCaseInsensitive() throws {
    let synup = try SynupClient()
    let reply = synup.tenant.send(
      "GET", "/api/v4/roles", headers: [("authorization", "api \(synup.tenant.synupKey)")], key: .none)
    #expect(reply.status == 200)
  }

  @Test(arguments: [
    ("GET", "/api/v4/widgets"), ("DELETE", "/api/v4/locations"), ("PUT", "/api/v4/users/create"),
    ("POST", "/api/v4/users"), ("POST", "/api/v4/folders/remove"), ("GET", "/api/v4/folders/x/info"),
    ("GET", "/api/v4/locations/"),
  ])
  func unknownRoutesAndHistoricalVariantsAre404(method: String, path: String) throws {
    let synup = try SynupClient()
    let reply = synup.tenant.send(
      method, path, headers: [("Authorization", "API \(synup.tenant.synupKey)")], key: .none)
    #expect(reply.status == 404)
    #expect(reply.text == #"{"errors":[{"message":"Not Found"}]}"#)
  }

  /// The two SDK routes whose answers nothing shows stay 501 (docs/synup-coverage.md); every
  /// operation of the table of contents is simulated.
  @Test(arguments: [
    ("GET", "/locations/TG9jYXRpb246MQ==/connection_info"), ("GET", "/review-phrases"),
  ])
  func otherSectionsAnswer501(method: String, path: String) throws {
    let synup = try SynupClient()
    let reply = synup.send(method, path, body: "{}")
    #expect(reply.status == 501)
    #expect(reply.text == #"{"errors":[{"message":"not simulated"}]}"#)
    let unauthorized = synup.send(method, path, key: "wrong")
    #expect(unauthorized.status == 401)
    #expect(unauthorized.text == #"{"data":null,"errors":[{"message":"SY90005:Invalid token"}]}"#)
  }

  /// Grid rank, rankings and profile analytics are simulated (synup-sections.md 4.4, 4.8, 4.9).
  @Test(arguments: [
    ("POST", "/create-grid-report"), ("GET", "/locations/TG9jYXRpb246MQ==/grid-reports"),
    ("POST", "/locations/keywords"), ("GET", "/locations/TG9jYXRpb246MQ==/google-analytics"),
  ])
  func rankingSectionsNoLongerAnswer501(method: String, path: String) throws {
    let synup = try SynupClient()
    #expect(synup.send(method, path, body: "{}").status == 200)
  }

  @Test func faultsFireBeforeAnyChange() throws {
    let synup = try SynupClient()
    try synup.control("/_sim/fault", #"{"status":500,"times":1,"method":"POST","path":"/api/v4/folders/create"}"#)
    let failed = synup.post("/folders/create", input: #"{"name":"acme"}"#)
    #expect(failed.status == 500)
    #expect(failed.text == #"{"data":null,"errors":[{"message":"SY90006:Simulated failure (safe to retry)"}]}"#)
    #expect(try SynupFolderTests.flat(synup).count == 1)
    #expect(
      try synup.data(synup.post("/folders/create", input: #"{"name":"acme"}"#), "createFolder")["success"] == true)
  }

  @Test func tenantsDoNotSeeEachOther() throws {
    let simulator = Simulator()
    let first = try SynupClient(simulator: simulator)
    let second = try SynupClient(simulator: simulator)
    let id = try #require(try first.createLocation()["id"]?.stringValue)
    #expect(try second.data(second.get("/locations"), "allLocations")["pageInfo"]?["total"] == 0)
    #expect(second.get("/locations-by-ids", [("ids", #"["\#(id)"]"#)]).text == #"{"data":{"getLocationsByIds":[]}}"#)
    #expect(try second.createLocation()["id"]?.stringValue == id)
  }

  @Test func idsAndAnswersAreDeterministic() throws {
    func run() throws -> [String] {
      let synup = try SynupClient()
      return [
        try synup.createUser("a@example.com").compactText,
        try synup.createLocation().compactText,
        try synup.data(synup.post("/folders/create", input: #"{"name":"acme"}"#), "createFolder").compactText,
        try synup.data(synup.get("/tags"), "listAllTags").compactText,
      ]
    }
    #expect(try run() == run())
  }

  @Test func synposterActivityDoesNotShiftSynupIds() throws {
    let quiet = try SynupClient()
    let busy = try SynupClient()
    try busy.tenant.createProfile()
    #expect(try quiet.createLocation()["uid"] == busy.createLocation()["uid"])
  }

  @Test func resetRestoresTheSeededAccount() throws {
    let synup = try SynupClient()
    let root = try SynupFolderTests.flat(synup).first?["id"]
    try synup.createLocation()
    _ = synup.post("/folders/create", input: #"{"name":"acme"}"#)
    try synup.control("/_sim/reset", "")
    #expect(try synup.data(synup.get("/locations"), "allLocations")["pageInfo"]?["total"] == 0)
    #expect(try SynupFolderTests.flat(synup).map { $0["id"] } == [root])
    #expect(try synup.data(synup.get("/roles"), "fetchAccountRoles").arrayValue?.count == 4)
  }

  @Test func subCategoriesServeTheCategoryTable() throws {
    let synup = try SynupClient()
    let table = try #require(try synup.data(synup.get("/sub-categories"), "subcategories").arrayValue)
    #expect(table.count == SubCategory.all.count)
    #expect(table.contains(["databaseId": 20, "id": "U3ViQ2F0ZWdvcnk6MjA=", "name": "Restaurant", "primary": true]))
    #expect(table.filter { $0["primary"] == false }.count >= 2, "additional-only categories")
  }

  @Test func timesArePrintedInSynupsFormats() {
    let time = Timestamp(iso8601: "2025-02-03T10:25:44Z")
    #expect(time?.synupDateTime == "2025-02-03 10:25:44 UTC")
    #expect(time?.synupLongDate == "February 3, 2025")
    #expect(time?.synupMilliseconds == "2025-02-03T10:25:44.000Z")
    #expect(time?.startOfNextMonth == Timestamp(iso8601: "2025-03-01T00:00:00Z"))
    #expect(Timestamp(iso8601: "2025-12-31T23:59:59Z")?.startOfNextMonth == Timestamp(iso8601: "2026-01-01T00:00:00Z"))
  }

  @Test func relayIdsAreCanonicalBase64OfTypeAndNumber() {
    #expect(RelayID(.user, 165360).text == "VXNlcjoxNjUzNjA=")
    #expect(RelayID(.customRole, 20831).text == "Q3VzdG9tUm9sZToyMDgzMQ==")
    #expect(RelayID(.account, 16154).text == "QWNjb3VudDoxNjE1NA==")
    #expect(RelayID("TG9jYXRpb246MTE4MTY1Mg==", as: .location) == RelayID(.location, 1_181_652))
    #expect(RelayID("VXNlcjoxNjUzNjA=", as: .location) == nil)
    #expect(RelayID("VXNlcjoxNjUzNjA", as: .user) == nil)
    #expect(RelayID("VXNlcjoxNjUzNjB=", as: .user) == nil)
    #expect(RelayID("VXNlcjotMQ==", as: .user) == nil)
    #expect(Base64.standard.decode("") == nil)
    for length in 1...6 {
      let bytes = (0..<length).map { UInt8($0 * 41 % 256) }
      #expect(Base64.standard.decode(Base64.standard.encode(bytes)) == bytes)
    }
  }
}
