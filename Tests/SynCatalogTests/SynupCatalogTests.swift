import Testing

@testable import SynCatalog

@Suite struct SynupCatalogTests {
  struct Expected: CustomTestStringConvertible, Sendable {
    var verb: String
    var noun: String
    var method: String
    var path: String
    var body: Operation.BodyStyle
    var positional: [String] = []
    var testDescription: String { "\(verb) \(noun)" }
  }

  /// language.md section 6's Synup list, the other routes of synup.md section 4, then synup-sections.md's.
  static let expected: [Expected] =
    [
      Expected(verb: "create", noun: "user", method: "POST", path: "/api/v4/users/create", body: .wrapped("input")),
      Expected(verb: "list", noun: "users", method: "GET", path: "/api/v4/users", body: .none),
      Expected(
        verb: "update", noun: "user", method: "POST", path: "/api/v4/users/update", body: .wrapped("input"),
        positional: ["id"]),
      Expected(
        verb: "get", noun: "user", method: "GET", path: "/api/v4/users-by-ids", body: .none,
        positional: ["userIds"]),
      Expected(verb: "list", noun: "roles", method: "GET", path: "/api/v4/roles", body: .none),
      Expected(verb: "create", noun: "location", method: "POST", path: "/api/v4/locations", body: .wrapped("input")),
      Expected(
        verb: "update", noun: "location", method: "POST", path: "/api/v4/locations/update",
        body: .wrapped("input"), positional: ["id"]),
      Expected(verb: "list", noun: "locations", method: "GET", path: "/api/v4/locations", body: .none),
      Expected(
        verb: "get", noun: "location", method: "GET", path: "/api/v4/locations-by-ids", body: .none,
        positional: ["ids"]),
      Expected(
        verb: "search", noun: "locations", method: "GET", path: "/api/v4/locations/search", body: .none,
        positional: ["query"]),
      Expected(
        verb: "archive", noun: "location", method: "POST", path: "/api/v4/locations/archive",
        body: .wrapped("input"), positional: ["locationIds"]),
      Expected(
        verb: "activate", noun: "location", method: "POST", path: "/api/v4/locations/activate",
        body: .wrapped("input"), positional: ["locationIds"]),
      Expected(
        verb: "create", noun: "folder", method: "POST", path: "/api/v4/folders/create", body: .wrapped("input"),
        positional: ["name"]),
      Expected(verb: "list", noun: "folders", method: "GET", path: "/api/v4/folders/flat", body: .none),
      Expected(
        verb: "delete", noun: "folder", method: "POST", path: "/api/v4/folders/delete", body: .wrapped("input"),
        positional: ["name"]),
      Expected(
        verb: "add", noun: "tag", method: "POST", path: "/api/v4/locations/tags", body: .wrapped("input"),
        positional: ["locationId", "tag"]),
      Expected(
        verb: "remove", noun: "tag", method: "POST", path: "/api/v4/locations/tags/remove",
        body: .wrapped("input"), positional: ["locationId", "tag"]),
      Expected(verb: "list", noun: "tags", method: "GET", path: "/api/v4/tags", body: .none),
      Expected(
        verb: "cancel", noun: "archive", method: "POST", path: "/api/v4/locations/cancel_archive",
        body: .wrapped("input"), positional: ["locationIds"]),
      Expected(
        verb: "get", noun: "store-location", method: "GET", path: "/api/v4/locations-by-store-codes",
        body: .none, positional: ["storeCodes"]),
      Expected(
        verb: "add", noun: "user-location", method: "POST", path: "/api/v4/users/locations/add",
        body: .wrapped("input"), positional: ["userId", "locationIds"]),
      Expected(
        verb: "remove", noun: "user-location", method: "POST", path: "/api/v4/users/locations/remove",
        body: .wrapped("input"), positional: ["userId", "locationIds"]),
      Expected(
        verb: "add", noun: "user-folder", method: "POST", path: "/api/v4/users/folders/add",
        body: .wrapped("input"), positional: ["userId", "folderIds"]),
      Expected(
        verb: "remove", noun: "user-folder", method: "POST", path: "/api/v4/users/folders/remove",
        body: .wrapped("input"), positional: ["userId", "folderIds"]),
      Expected(
        verb: "list", noun: "user-resources", method: "GET", path: "/api/v4/users/{userId}/resources",
        body: .none),
      Expected(verb: "get", noun: "folder-tree", method: "GET", path: "/api/v4/folders/tree", body: .none),
      Expected(
        verb: "get", noun: "folder", method: "GET", path: "/api/v4/folder-details", body: .none,
        positional: ["folderId"]),
      Expected(
        verb: "rename", noun: "folder", method: "POST", path: "/api/v4/locations/folders/rename",
        body: .wrapped("input"), positional: ["oldName", "name"]),
      Expected(
        verb: "add", noun: "folder-location", method: "POST", path: "/api/v4/locations/folders",
        body: .wrapped("input"), positional: ["name", "locationIds"]),
      Expected(
        verb: "remove", noun: "folder-location", method: "POST", path: "/api/v4/locations/folders/remove",
        body: .wrapped("input"), positional: ["locationIds"]),
      Expected(
        verb: "list", noun: "folder-locations", method: "GET", path: "/api/v4/folder-locations", body: .none,
        positional: ["folderId"]),
      Expected(
        verb: "list", noun: "tag-locations", method: "GET", path: "/api/v4/tags/locations", body: .none,
        positional: ["tags"]),
      Expected(verb: "list", noun: "subcategories", method: "GET", path: "/api/v4/sub-categories", body: .none),
      Expected(verb: "list", noun: "countries", method: "GET", path: "/api/v4/countries", body: .none),
    ] + sectionOperations

  @Test(arguments: expected)
  func operationExists(expected: Expected) throws {
    let operation = try #require(Catalog.synup.operation(verb: expected.verb, noun: expected.noun))
    #expect(operation.method == expected.method)
    #expect(operation.path == expected.path)
    #expect(operation.body == expected.body)
    #expect(operation.positionalFields == expected.positional)
    #expect(!operation.doc.isEmpty)
    for name in operation.positionalFields {
      #expect(operation.field(named: name) != nil, "\(name) is positional but not a field")
    }
  }

  @Test func everyOperationIsListed() {
    #expect(Catalog.synup.operations.count == Self.expected.count)
    let names = Catalog.synup.operations.map(\.name)
    #expect(Set(names).count == names.count, "a verb-noun pair is listed twice")
  }

  @Test func synupIsReachedWithTheAPIScheme() {
    #expect(Catalog.synup.defaultOrigin == "https://api.synup.com")
    #expect(Catalog.synup.auth == .authorization(scheme: "API"))
    #expect(Catalog.synup.auth.header(for: "k") == ("Authorization", "API k"))
  }

  @Test func idFieldsThatTakeManyAreArraysSoALoneIdIsWrapped() throws {
    let arrays = [
      ("get", "user", "userIds"), ("get", "location", "ids"), ("archive", "location", "locationIds"),
      ("activate", "location", "locationIds"), ("cancel", "archive", "locationIds"),
      ("list", "tag-locations", "tags"), ("search", "locations", "fields"),
    ]
    for (verb, noun, name) in arrays {
      let operation = try #require(Catalog.synup.operation(verb: verb, noun: noun))
      #expect(operation.field(named: name)?.type == .array(.string), "\(verb) \(noun) \(name)")
    }
  }

  @Test func bareWordsAreTypedByTheFields() throws {
    let createUser = try #require(Catalog.synup.operation(verb: "create", noun: "user"))
    #expect(createUser.field(named: "directCustomer")?.type == .boolean)
    #expect(createUser.fields.filter(\.isRequired).map(\.name) == ["email", "roleId", "firstName"])
    let listLocations = try #require(Catalog.synup.operation(verb: "list", noun: "locations"))
    #expect(listLocations.field(named: "first")?.type == .integer)
    let createLocation = try #require(Catalog.synup.operation(verb: "create", noun: "location"))
    #expect(
      createLocation.fields.filter(\.isRequired).map(\.name)
        == ["name", "street", "city", "postalCode", "phone", "stateIso", "countryIso", "subCategoryId", "description"])
    #expect(createLocation.field(named: "yearOfIncorporation")?.type == .integer)
    let updateLocation = try #require(Catalog.synup.operation(verb: "update", noun: "location"))
    #expect(updateLocation.fields.filter(\.isRequired).map(\.name) == ["id"])
  }
}
