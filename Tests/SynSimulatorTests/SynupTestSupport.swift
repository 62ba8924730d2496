import SynHTTP
import SynJSON
import Testing

@testable import SynSimulator

/// A tenant's Synup account seen from a test: requests carry
/// `Authorization: API <synupKey>`, writes are wrapped in `{"input": …}`.
struct SynupClient {
  let tenant: TestClient

  init(simulator: Simulator = Simulator()) throws {
    tenant = try TestClient(simulator: simulator)
  }

  /// The Synup side of `tenant`.
  init(tenant: TestClient) {
    self.tenant = tenant
  }

  /// A GET with query parameters; `key` nil sends no Authorization header.
  func get(_ path: String, _ query: [(String, String)] = [], key: String? = nil) -> Reply {
    send("GET", path, query: query, key: key)
  }

  /// A POST of `{"input": <input>}`.
  func post(_ path: String, input: String) -> Reply {
    send("POST", path, body: #"{"input":\#(input)}"#)
  }

  /// A request with the tenant's Synup key, or `key` instead.
  func send(
    _ method: String, _ path: String, body: String? = nil, query: [(String, String)] = [], key: String? = nil
  ) -> Reply {
    tenant.send(
      method, "/api/v4" + path, body: body, query: query,
      headers: [("Authorization", "API \(key ?? tenant.synupKey)")], key: .none)
  }

  /// `data.<field>` of a 200 answer, failing the test otherwise.
  func data(_ reply: Reply, _ field: String) throws -> JSONValue {
    try #require(reply.status == 200, "\(reply.status) \(reply.text)")
    return try #require(try reply.json()["data"]?[field], "no data.\(field) in \(reply.text)")
  }

  /// The id of the seeded role called `name`.
  func roleID(_ name: String = "Admin") throws -> String {
    let roles = try data(get("/roles"), "fetchAccountRoles")
    let role = roles.arrayValue?.first { $0["name"]?.stringValue == name }
    return try #require(role?["id"]?.stringValue)
  }

  /// Creates a user and returns it; the test fails unless it succeeds.
  @discardableResult
  func createUser(_ email: String, firstName: String = "Jo") throws -> JSONValue {
    let input = #"{"email":"\#(email)","roleId":"\#(try roleID())","firstName":"\#(firstName)"}"#
    let payload = try data(post("/users/create", input: input), "addUser")
    try #require(payload["success"] == true, "\(payload)")
    return try #require(payload["user"])
  }

  /// Creates a location from `SynupFixtures.location` with `changes`, and returns it.
  @discardableResult
  func createLocation(_ changes: [String: JSONValue] = [:]) throws -> JSONValue {
    let payload = try data(post("/locations", input: SynupFixtures.location(changes)), "createLocation")
    try #require(payload["success"] == true, "\(payload)")
    return try #require(payload["location"])
  }

  /// The ids of `count` new locations, oldest first.
  @discardableResult
  func createLocations(_ count: Int) throws -> [String] {
    try (1...count).map { index in
      try #require(try createLocation(["name": .string("Store \(index)")])["id"]?.stringValue)
    }
  }

  /// Sends a control request for this tenant.
  @discardableResult
  func control(_ path: String, _ body: String) throws -> JSONValue {
    try tenant.control(path, body)
  }
}

/// Inputs that pass every rule, for tests to break one at a time.
enum SynupFixtures {
  /// 248 characters: over the 200 a description needs.
  static let description = String(repeating: "A friendly neighbourhood cafe. ", count: 8)

  /// A valid create-location input with `changes` applied (`null` removes a key).
  static func location(_ changes: [String: JSONValue] = [:]) -> String {
    var input = JSONObject([
      .init(key: "name", value: "Blue Cafe"),
      .init(key: "street", value: "1 Main St"),
      .init(key: "city", value: "San Francisco"),
      .init(key: "postalCode", value: "94105"),
      .init(key: "phone", value: "(415) 555-1239"),
      .init(key: "stateIso", value: "CA"),
      .init(key: "countryIso", value: "US"),
      .init(key: "subCategoryId", value: "U3ViQ2F0ZWdvcnk6MjA="),
      .init(key: "description", value: .string(description)),
    ])
    for (key, value) in changes.sorted(by: { $0.key < $1.key }) {
      input[key] = value.isNull ? nil : value
    }
    return JSONValue.object(input).compactText
  }

  /// All seven days open 09:00am–05:00pm.
  static var weekHours: [JSONValue] {
    ["SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"].map { day in
      ["day": .string(day), "type": "OPEN", "slots": [["start": "09:00 AM", "end": "05:00 PM"]]]
    }
  }
}
