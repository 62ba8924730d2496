import SynJSON
import Testing

@testable import SynSimulator

/// Reading locations by id, store code, search text and tag (spec 4).
@Suite struct SynupLocationReadTests {
  static func names(_ value: JSONValue) -> [String] {
    let nodes = value["edges"]?.arrayValue?.compactMap { $0["node"] } ?? value.arrayValue ?? []
    return nodes.compactMap { $0["name"]?.stringValue }
  }

  @Test func byIdsAnswersFoundLocationsNewestFirst() throws {
    let synup = try SynupClient()
    let ids = try synup.createLocations(3)
    let reply = synup.get("/locations-by-ids", [("ids", #"["\#(ids[0])","TG9jYXRpb246OTk=","\#(ids[2])"]"#)])
    #expect(Self.names(try synup.data(reply, "getLocationsByIds")) == ["Store 3", "Store 1"])
    #expect(
      synup.get("/locations-by-ids", [("ids", #"["TG9jYXRpb246OTk="]"#)]).text == #"{"data":{"getLocationsByIds":[]}}"#)
  }

  @Test func byIdsIncludesArchivedLocations() throws {
    let synup = try SynupClient()
    let id = try #require(try synup.createLocation()["id"]?.stringValue)
    _ = synup.post("/locations/archive", input: #"{"locationIds":["\#(id)"]}"#)
    try synup.control("/_sim/clock", #"{"set":"2026-02-01T00:00:00Z"}"#)
    let found = try synup.data(synup.get("/locations-by-ids", [("ids", #"["\#(id)"]"#)]), "getLocationsByIds")
    #expect(found.arrayValue?.first?["archived"] == true)
  }

  @Test(arguments: [
    ("ids", "TG9jYXRpb246MQ==", 400, "ids must be a JSON-encoded array, e.g. ids=[\\\"…\\\"], not TG9jYXRpb246MQ=="),
    ("ids", "[1]", 400, "ids must be a JSON-encoded array of strings, not [1]"),
    ("ids", #"["1"]"#, 200, "SY90002: Invalid Id"),
  ])
  func byIdsNeedsAJSONArrayOfRelayIds(name: String, value: String, status: Int, message: String) throws {
    let reply = try SynupClient().get("/locations-by-ids", [(name, value)])
    #expect(reply.status == status)
    #expect(reply.text == #"{"data":{"getLocationsByIds":null},"errors":[{"message":"\#(message)"}]}"#)
  }

  @Test func aRequiredArrayParameterLeftOutIsA400() throws {
    let reply = try SynupClient().get("/locations-by-store-codes")
    #expect(reply.status == 400)
    #expect(
      reply.text == #"{"data":{"getLocationsByStoreCodes":null},"errors":[{"message":"storeCodes is required"}]}"#)
  }

  @Test func byStoreCodesMatchesExactStoreIds() throws {
    let synup = try SynupClient()
    try synup.createLocation(["name": "Store A", "storeId": "S-1"])
    try synup.createLocation(["name": "Store B", "storeId": "S-2"])
    try synup.createLocation(["name": "Store C"])
    let reply = synup.get("/locations-by-store-codes", [("storeCodes", #"["S-1","S-2","s-1","S-9"]"#)])
    #expect(Self.names(try synup.data(reply, "getLocationsByStoreCodes")) == ["Store B", "Store A"])
  }

  @Test func searchMatchesNameStreetOrStoreIdInAnyCaseAndDropsQuotes() throws {
    let synup = try SynupClient()
    try synup.createLocation(["name": "Harbor Cafe", "street": "9 Pine St", "storeId": "HQ-1"])
    try synup.createLocation(["name": "Pine Bakery", "street": "2 Oak St"])
    try synup.createLocation(["name": "Oak Diner", "street": "3 Elm St", "storeId": "PINE-7"])
    func search(_ query: [(String, String)]) throws -> [String] {
      Self.names(try synup.data(synup.get("/locations/search", query), "searchLocations"))
    }
    #expect(try search([("query", "pine")]) == ["Oak Diner", "Pine Bakery", "Harbor Cafe"])
    #expect(try search([("query", #""PINE""#)]) == ["Oak Diner", "Pine Bakery", "Harbor Cafe"])
    #expect(try search([("query", "pine"), ("fields", #"["name"]"#)]) == ["Pine Bakery"])
    #expect(try search([("query", "pine"), ("fields", #"["store_id","street"]"#)]) == ["Oak Diner", "Harbor Cafe"])
    let connection = try synup.data(
      synup.get("/locations/search", [("query", "pine"), ("first", "1")]), "searchLocations")
    #expect(connection["pageInfo"]?["total"] == 3)
    #expect(connection["pageInfo"]?["hasNextPage"] == true)
    let unknownField = synup.get("/locations/search", [("query", "x"), ("fields", #"["city"]"#)])
    #expect(unknownField.status == 400)
    #expect(synup.get("/locations/search").status == 400)
  }

  @Test func searchAndTagListsFilterOnArchived() throws {
    let synup = try SynupClient()
    let old = try #require(try synup.createLocation(["name": "Old Cafe", "tags": ["vip"]])["id"]?.stringValue)
    try synup.createLocation(["name": "New Cafe", "tags": ["vip"]])
    _ = synup.post("/locations/archive", input: #"{"locationIds":["\#(old)"]}"#)
    try synup.control("/_sim/clock", #"{"set":"2026-02-01T00:00:00Z"}"#)
    for (path, field, query) in [
      ("/locations/search", "searchLocations", ("query", "cafe")),
      ("/tags/locations", "searchLocationsByTag", ("tags", #"["vip"]"#)),
    ] {
      #expect(Self.names(try synup.data(synup.get(path, [query]), field)) == ["New Cafe", "Old Cafe"])
      #expect(Self.names(try synup.data(synup.get(path, [query, ("archived", "true")]), field)) == ["Old Cafe"])
      #expect(Self.names(try synup.data(synup.get(path, [query, ("archived", "false")]), field)) == ["New Cafe"])
      #expect(synup.get(path, [query, ("archived", "yes")]).status == 400)
    }
  }

  @Test func tagListsMatchAnyOfTheTags() throws {
    let synup = try SynupClient()
    try synup.createLocation(["name": "Store A", "tags": ["red"]])
    try synup.createLocation(["name": "Store B", "tags": ["blue", "green"]])
    try synup.createLocation(["name": "Store C"])
    func tagged(_ tags: String) throws -> [String] {
      Self.names(try synup.data(synup.get("/tags/locations", [("tags", tags)]), "searchLocationsByTag"))
    }
    #expect(try tagged(#"["red","green"]"#) == ["Store B", "Store A"])
    #expect(try tagged(#"["all"]"#) == ["Store C", "Store B", "Store A"])
    #expect(try tagged(#"["RED"]"#) == [])
  }
}
