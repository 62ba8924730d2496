import Foundation
import SynJSON
import Testing

@testable import SynSimulator

/// Grid rank (synup-sections.md 4.4): reports that complete as the tenant
/// clock moves (5.3), their G9 ranks, S10's real 3×3 geometry, both list
/// forms of section 7 #1, and `rankings.gridrank_report_ready`.
@Suite struct SynupGridRankTests {
  /// S10's real request: a 2.5 km 3×3 grid around lower Manhattan, centre sent as strings as S2's example does.
  static func s10Body(_ location: String, changes: [String: JSONValue] = [:]) -> JSONValue {
    var body = JSONObject([
      .init(key: "locationId", value: .string(location)), .init(key: "keywords", value: ["organic"]),
      .init(key: "businessName", value: "Cinnamon"),
      .init(key: "businessStreet", value: "123 William St, Manhattan, US"),
      .init(key: "businessCity", value: "Manhattan"), .init(key: "businessState", value: "New York"),
      .init(key: "businessCountry", value: "US"), .init(key: "latitude", value: "40.70925"),
      .init(key: "longitude", value: "-74.00718"), .init(key: "distance", value: 2.5),
      .init(key: "distanceUnit", value: "km"), .init(key: "gridSize", value: 3),
    ])
    for (key, value) in changes.sorted(by: { $0.key < $1.key }) {
      body[key] = value.isNull ? nil : value
    }
    return .object(body)
  }

  /// Creates a report from `s10Body` with `changes` and answers its id.
  @discardableResult
  static func createReport(_ synup: SynupClient, _ location: String, changes: [String: JSONValue] = [:]) throws
    -> String
  {
    let created = try synup.data(
      synup.postBare("/create-grid-report", s10Body(location, changes: changes)), "createGridrankReport")
    return try #require(created["data"]?["reportIds"]?[0]?.stringValue, "\(created)")
  }

  static func report(_ synup: SynupClient, _ id: String) throws -> JSONValue {
    try synup.data(synup.get("/grid-report/\(id)"), "gridrankReportById")
  }

  @Test func createAnswersOneIdAKeywordInOrder() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let reply = synup.postBare("/create-grid-report", Self.s10Body(location, changes: ["keywords": ["a b", "c d"]]))
    let created = try synup.data(reply, "createGridrankReport")
    let ids = try #require(created["data"]?["reportIds"]?.arrayValue)
    #expect(ids.count == 2)
    #expect(created["errors"] == .null)
    #expect(try Self.report(synup, try #require(ids[0].stringValue))["keyword"] == "a b")
    #expect(try Self.report(synup, try #require(ids[1].stringValue))["keyword"] == "c d")
  }

  @Test func theRealThreeByThreeReportIsReproducedFieldForField() throws {
    let synup = try SynupClient()
    try synup.control("/_sim/seed", #"{"seed":42}"#)
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let id = try Self.createReport(synup, location)
    try synup.advanceClock(seconds: 90)
    let report = try Self.report(synup, id)
    #expect(
      report.objectValue?.keys == [
        "id", "locationId", "accountId", "keyword", "businessName", "businessStreet", "businessCity", "businessState",
        "businessCountry", "gridSize", "gridDistance", "gridDistanceUnit", "gridDistanceInKm", "ranks", "averageRank",
        "topOneShare", "topTwoShare", "status", "latitude", "longitude", "placeId", "createdAt",
      ])
    #expect(report["id"] == .string(id))
    #expect(report["locationId"] == "1")
    #expect(report["accountId"] == "1")
    #expect(report["keyword"] == "organic")
    #expect(report["businessName"] == "Cinnamon")
    #expect(report["businessStreet"] == "123 William St, Manhattan, US")
    #expect(report["businessCity"] == "Manhattan")
    #expect(report["businessState"] == "New York")
    #expect(report["businessCountry"] == "US")
    #expect(report["gridSize"] == 3)
    #expect(report["gridDistance"] == 2.5)
    #expect(report["gridDistanceUnit"] == "km")
    #expect(report["gridDistanceInKm"] == 2)
    #expect(report["status"] == "COMPLETED")
    #expect(report["latitude"] == 40.70925)
    #expect(report["longitude"] == -74.00718)
    #expect(report["placeId"] == .null)
    #expect(report["createdAt"] == "1767225600000")
    // S10's nine points, south to north, west to east.
    let latitudes = [40.69653167187975, 40.70925, 40.721968328120255]
    let longitudes = [-74.02395815398575, -74.00718, -73.99040184601428]
    let points = try #require(report["ranks"]?.arrayValue)
    #expect(points.count == 9)
    for (index, point) in points.enumerated() {
      #expect(point.objectValue?.keys == ["rank", "latitude", "longitude"])
      // The spec reproduces S10's points to 1e-14 (floating-point order of operations).
      let latitude = try #require(point["latitude"]?.numberValue?.doubleValue)
      let longitude = try #require(point["longitude"]?.numberValue?.doubleValue)
      #expect(abs(latitude - latitudes[index / 3]) < 2e-14, "point \(index)")
      #expect(abs(longitude - longitudes[index % 3]) < 2e-14, "point \(index)")
      let expected = SpecGenerators.gridRank(
        DataSeed(42), location: 1, keyword: "organic", week: "2026-W01", i: index / 3 - 1, j: index % 3 - 1)
      #expect(point["rank"] == .int(expected), "point \(index)")
    }
    let ranks = points.compactMap { $0["rank"]?.numberValue?.intValue }
    let average = Double(ranks.reduce(0, +)) / 9
    #expect(report["averageRank"]?.numberValue?.doubleValue == (average * 100).rounded() / 100)
    let topOne = Double(ranks.filter { $0 <= 3 }.count * 100) / 9
    #expect(report["topOneShare"]?.numberValue?.doubleValue == (topOne * 100).rounded() / 100)
    let topTwo = Double(ranks.filter { $0 <= 10 }.count * 100) / 9
    #expect(report["topTwoShare"]?.numberValue?.doubleValue == (topTwo * 100).rounded() / 100)
  }

  @Test func milesAreFlooredToWholeKilometresAndTheCornerLiesThatFar() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let id = try Self.createReport(
      synup, location, changes: ["distance": 20, "distanceUnit": "mi", "gridSize": 5, "latitude": 0, "longitude": 0])
    try synup.advanceClock(seconds: 250)
    let report = try Self.report(synup, id)
    #expect(report["gridDistance"] == 20)
    #expect(report["gridDistanceInKm"] == 32)
    let points = try #require(report["ranks"]?.arrayValue)
    #expect(points.count == 25)
    // At the equator the south-west corner is 32/√2 km south and west of the centre.
    let offset = 32 / 2.0.squareRoot() / 111.19492664455873
    #expect(points[0]["latitude"]?.numberValue?.doubleValue == -offset)
    #expect(points[0]["longitude"]?.numberValue?.doubleValue == -offset)
    #expect(points[12]["latitude"] == 0)
    #expect(points[24]["longitude"]?.numberValue?.doubleValue == offset)
  }

  @Test func aReportIsProcessingUntilItsDueTime() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let id = try Self.createReport(synup, location)
    let pending = try Self.report(synup, id)
    #expect(pending["status"] == "PROCESSING")
    #expect(pending["ranks"] == [])
    #expect(pending["averageRank"] == .null)
    #expect(pending["topOneShare"] == .null)
    #expect(pending["topTwoShare"] == .null)
    try synup.advanceClock(seconds: 89)
    #expect(try Self.report(synup, id)["status"] == "PROCESSING")
    #expect(try synup.deliveries(of: "rankings.gridrank_report_ready").isEmpty)
    try synup.advanceClock(seconds: 1)
    #expect(try Self.report(synup, id)["status"] == "COMPLETED")
  }

  @Test func theReadyEventIsEmittedOnceAtTheDueTimeHoweverTheClockMoves() throws {
    let synup = try SynupClient()
    try synup.control("/_sim/seed", #"{"seed":42}"#)
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let id = try Self.createReport(synup, location, changes: ["gridSize": 7])
    try synup.advanceClock(seconds: 600)
    try synup.advanceClock(seconds: 600)
    try synup.setClock("2026-01-01T00:05:00Z")
    try synup.advanceClock(seconds: 600)
    let deliveries = try synup.deliveries(of: "rankings.gridrank_report_ready")
    #expect(deliveries.count == 1)
    let report = try Self.report(synup, id)
    let body = try #require(deliveries.first)
    #expect(body.objectValue?.keys == ["event", "timestamp", "account_id", "location_id", "data"])
    #expect(body["timestamp"] == "2026-01-01T00:08:10Z")
    #expect(body["account_id"] == 1)
    #expect(body["location_id"] == "1")
    let ranks = try #require(report["ranks"]?.arrayValue?.compactMap { $0["rank"]?.numberValue?.intValue })
    func fraction(_ best: Int) -> JSONValue {
      .number(JSONNumber((Double(ranks.filter { $0 <= best }.count) / 49 * 10000).rounded() / 10000))
    }
    let expected: JSONValue = [
      "report_id": .string(id), "engine": "LOCALFALCON", "snapshot_date": "2026-01-01",
      "geo": [
        "latitude": 40.70925, "longitude": -74.00718, "grid_size": 7, "grid_distance": 2.5, "grid_distance_unit": "km",
      ],
      "average_rank": try #require(report["averageRank"]), "top_one_share": fraction(3), "top_two_share": fraction(10),
    ]
    #expect(body["data"]?.compactText == expected.compactText)
  }

  @Test func mockFinishCompletesPendingReportsNowInCreationOrder() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let first = try Self.createReport(synup, location)
    let second = try Self.createReport(synup, location, changes: ["gridSize": 5])
    try synup.advanceClock(seconds: 30)
    let finished = try synup.withState { state in
      state.synup.finishJobs(of: .gridReport, id: second.uppercased(), outcome: .error, at: state.now)
    }
    #expect(finished == [["kind": "grid-report", "id": .string(second), "status": "COMPLETED"]])
    #expect(try Self.report(synup, first)["status"] == "PROCESSING")
    let rest = try synup.withState { state in
      state.synup.finishJobs(of: .gridReport, id: nil, outcome: .success, at: state.now)
    }
    #expect(rest == [["kind": "grid-report", "id": .string(first), "status": "COMPLETED"]])
    let events = try synup.deliveries(of: "rankings.gridrank_report_ready")
    #expect(events.map { $0["data"]?["report_id"] } == [.string(second), .string(first)])
    #expect(events.map { $0["timestamp"] } == ["2026-01-01T00:00:30Z", "2026-01-01T00:00:30Z"])
    try synup.advanceClock(seconds: 600)
    #expect(try synup.deliveries(of: "rankings.gridrank_report_ready").count == 2)
  }

  @Test func theSameSeedGivesTheSameIdsAndRanksWhateverTheTenant() throws {
    let simulator = Simulator()
    let answers = try [SynupClient(simulator: simulator), SynupClient(simulator: simulator)].map { synup in
      try synup.control("/_sim/seed", #"{"seed":7}"#)
      let location = try #require(try synup.createLocation()["id"]?.stringValue)
      let id = try Self.createReport(synup, location)
      try synup.advanceClock(seconds: 90)
      return synup.get("/grid-report/\(id)").text
    }
    #expect(answers[0] == answers[1])
    #expect(answers[0].contains("\"COMPLETED\""))
  }

  @Test func twoReportsForTheSameKeywordInTheSameWeekAgree() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let first = try Self.createReport(synup, location, changes: ["keywords": ["Organic  Food"]])
    try synup.setClock("2026-01-04T12:00:00Z")
    let second = try Self.createReport(synup, location, changes: ["keywords": ["organic food"]])
    try synup.advanceClock(seconds: 90)
    #expect(try Self.report(synup, first)["ranks"] == (try Self.report(synup, second)["ranks"]))
  }

  /// A field, a value that breaks its rule, and the refusal.
  static let brokenRules: [(String, JSONValue, String)] = [
    ("keywords", .null, "keywords is required"),
    ("keywords", [], "keywords must be 1 to 25 non-blank strings"),
    ("keywords", .array(Array(repeating: "k", count: 26)), "keywords must be 1 to 25 non-blank strings"),
    ("keywords", ["ok", " "], "keywords must be 1 to 25 non-blank strings"),
    ("businessName", " ", "businessName must not be blank"),
    ("businessCountry", .null, "businessCountry is required"),
    ("businessState", .null, "businessState is required"),
    ("latitude", 91, "latitude must be a number between -90 and 90"),
    ("longitude", "east", "longitude must be a number between -180 and 180"),
    ("distance", 0, "distance must be greater than 0 and at most 60"),
    ("distance", 61, "distance must be greater than 0 and at most 60"),
    ("distanceUnit", "m", "distanceUnit must be one of mi, km"),
    ("gridSize", 4, "gridSize must be one of 3, 5, 7"),
  ]

  @Test(arguments: brokenRules)
  func aBrokenRuleAnswersErrorsAsAString(rule: (String, JSONValue, String)) throws {
    let (field, value, message) = rule
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let reply = synup.postBare("/create-grid-report", Self.s10Body(location, changes: [field: value]))
    #expect(reply.status == 200)
    #expect(reply.text == #"{"data":{"createGridrankReport":{"data":null,"errors":"\#(message)"}}}"#)
  }

  @Test func theFirstFieldInTableOrderIsTheOneNamed() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let reply = synup.postBare(
      "/create-grid-report", Self.s10Body(location, changes: ["gridSize": 4, "businessCity": "", "distance": 0]))
    #expect(try synup.data(reply, "createGridrankReport")["errors"] == "businessCity must not be blank")
  }

  @Test func aBadOrArchivedLocationIsShapeTwo() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let unknown = synup.postBare("/create-grid-report", Self.s10Body("TG9jYXRpb246OTk="))
    #expect(unknown.text == #"{"data":{"createGridrankReport":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
    let missing = synup.postBare("/create-grid-report", Self.s10Body(location, changes: ["locationId": .null]))
    #expect(missing.text == #"{"data":{"createGridrankReport":{"data":null,"errors":"locationId is required"}}}"#)
    try synup.post("/locations/archive", input: #"{"locationIds":["\#(location)"]}"#).requireOK()
    try synup.setClock("2026-02-01T00:00:00Z")
    let archived = synup.postBare("/create-grid-report", Self.s10Body(location))
    #expect(
      archived.text
        == #"{"data":{"createGridrankReport":null},"errors":[{"message":"SY00008: Location is in archived state"}]}"#)
  }

  @Test func oldClientsMayWrapTheBodyInInput() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let reply = synup.postBare("/create-grid-report", ["input": Self.s10Body(location)])
    #expect(try synup.data(reply, "createGridrankReport")["data"]?["reportIds"]?.arrayValue?.count == 1)
  }

  @Test func getAnswersNotFoundOrInvalidId() throws {
    let synup = try SynupClient()
    #expect(
      synup.get("/grid-report/0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9").text
        == #"{"data":{"gridrankReportById":null},"errors":[{"message":"SY90007: Resource Not Found"}]}"#)
    #expect(
      synup.get("/grid-report/nope").text
        == #"{"data":{"gridrankReportById":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
    #expect(synup.get("/grid-report/nope", key: "wrong").status == 401)
  }

  @Test func theListAnswersBothMembers() throws {
    let synup = try SynupClient()
    let locations = try synup.createLocations(2)
    let ids = try ["pizza", "Pasta", "sushi"].map { keyword in
      try Self.createReport(synup, locations[0], changes: ["keywords": [.string(keyword)]])
    }
    try Self.createReport(synup, locations[1])
    let reply = synup.get("/locations/\(locations[0])/grid-reports", [("pageSize", "2"), ("page", "2")])
    #expect(reply.status == 200)
    let data = try #require(try reply.json()["data"])
    #expect(data.objectValue?.keys == ["gridrankReportsByLocationId", "allGridrankReports"])
    // Newest first by default: creation order reversed.
    #expect(data["gridrankReportsByLocationId"]?.arrayValue?.map { $0["id"] } == ids.reversed().map(JSONValue.string))
    #expect(data["allGridrankReports"]?["total"] == 3)
    #expect(data["allGridrankReports"]?["reports"]?.arrayValue?.map { $0["id"] } == [.string(ids[0])])
  }

  @Test func theListFiltersAndSortsAsTheSDKAsks() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    try Self.createReport(synup, location, changes: ["keywords": ["pizza"]])
    try synup.setClock("2026-01-03T00:00:00Z")
    try Self.createReport(synup, location, changes: ["keywords": ["Pasta"], "gridSize": 5])
    try Self.createReport(synup, location, changes: ["keywords": ["sushi"]])
    func keywords(_ query: [(String, String)]) throws -> [JSONValue] {
      let reply = synup.get("/locations/\(location)/grid-reports", query)
      return try #require(
        try reply.json()["data"]?["gridrankReportsByLocationId"]?.arrayValue?.compactMap { $0["keyword"] })
    }
    #expect(try keywords([("searchString", "PA")]) == ["Pasta"])
    #expect(try keywords([("gridSize", "3")]) == ["sushi", "pizza"])
    #expect(try keywords([("fromDate", "2026-01-02")]) == ["sushi", "Pasta"])
    #expect(try keywords([("toDate", "2026-01-02")]) == ["pizza"])
    #expect(try keywords([("sortField", "keyword"), ("sortOrder", "asc")]) == ["Pasta", "pizza", "sushi"])
    #expect(try keywords([("sortField", "createdAt"), ("sortOrder", "asc")]) == ["pizza", "Pasta", "sushi"])
    try synup.advanceClock(seconds: 100)
    let byRank = try keywords([("sortField", "averageRank"), ("sortOrder", "asc")])
    #expect(byRank.count == 3)
    #expect(byRank.last == "Pasta", "still processing: the highest average rank")
  }

  @Test func theListRefusesBadParameters() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let path = "/locations/\(location)/grid-reports"
    #expect(synup.get(path, [("fromDate", "2026-13-01")]).text.contains("SY60103: Invalid Date"))
    #expect(synup.get(path, [("fromDate", "2026-02-01"), ("toDate", "2026-01-01")]).text.contains("SY60101"))
    #expect(synup.get(path, [("gridSize", "big")]).status == 400)
    #expect(synup.get(path, [("sortField", "rank")]).status == 400)
    #expect(synup.get(path, [("pageSize", "x")]).status == 400)
    #expect(
      synup.get("/locations/TG9jYXRpb246OTk=/grid-reports").text
        == #"{"data":{"gridrankReportsByLocationId":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
  }

  @Test func reportsAreSavedWithTheTenant() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let id = try Self.createReport(synup, location)
    try synup.advanceClock(seconds: 90)
    let saved = try synup.withState { state in state.synup }
    let restored = try JSONDecoder().decode(SynupAccount.self, from: JSONEncoder().encode(saved))
    #expect(restored.gridReports.report(try #require(ResourceID(Substring(id))))?.ranks != nil)
  }
}
