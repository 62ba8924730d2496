import SynJSON
import Testing

@testable import SynSimulator

/// Keywords (synup-sections.md 4.8): add all or none, list the active ones,
/// archive, and their weekly G3 ranks on Google and Google Maps.
@Suite struct SynupKeywordTests {
  static func add(_ synup: SynupClient, _ location: String, _ names: [String]) -> Reply {
    synup.postBare(
      "/locations/keywords", ["locationId": .string(location), "inputKeywords": .array(names.map(JSONValue.string))])
  }

  @Test func addAnswersS2sExample() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    #expect(
      Self.add(synup, location, ["  road paving "]).text
        == #"{"data":{"addKeywords":{"keywords":[{"id":"S2V5d29yZDox","primary":null,"archived":false,"#
        + #""archiveReasonId":null,"databaseId":1,"name":"road paving"}],"errors":null}}}"#)
  }

  @Test func aDuplicateAnswersS2sErrorAndAddsNothing() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    try Self.add(synup, location, ["road paving"]).requireOK()
    let reply = Self.add(synup, location, ["new one", "Road   PAVING"])
    #expect(
      reply.text
        == #"{"data":{"addKeywords":{"keywords":null,"errors":[{"message":"Keyword with name Road   PAVING already "#
        + #"exists","contextInfo":[{"key":"keyword","value":"Road   PAVING"}],"code":"SY20106"}]}}}"#)
    #expect(try synup.data(synup.get("/locations/\(location)/keywords"), "keywordsByLocationId").arrayValue?.count == 1)
  }

  @Test func everyOffendingKeywordIsNamed() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let long = String(repeating: "k", count: 256)
    let payload = try synup.data(Self.add(synup, location, [" ", "x", long, "ok", "OK"]), "addKeywords")
    #expect(payload["keywords"] == .null)
    #expect(payload["errors"]?.arrayValue?.map { $0["code"] } == ["SY20200", "SY20201", "SY20202", "SY20106"])
    #expect(payload["errors"]?[1]?["message"] == "Keyword is too short (minimum is 2 characters)")
    #expect(payload["errors"]?[3]?["contextInfo"] == [["key": "keyword", "value": "OK"]])
  }

  @Test func anEmptyListIsBlank() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let expected =
      #"{"data":{"addKeywords":{"keywords":null,"errors":[{"message":"Keywords can't be blank","#
      + #""contextInfo":[],"code":"SY20100"}]}}}"#
    #expect(Self.add(synup, location, []).text == expected)
    #expect(synup.postBare("/locations/keywords", ["locationId": .string(location)]).text == expected)
  }

  @Test func aLocationHasAtMostAHundredActiveKeywords() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    try Self.add(synup, location, (1...99).map { "keyword \($0)" }).requireOK()
    let payload = try synup.data(Self.add(synup, location, ["keyword 100", "keyword 101"]), "addKeywords")
    #expect(
      payload["errors"]
        == [
          [
            "message": "Maximum keyword limit reached", "contextInfo": [["key": "keyword", "value": "keyword 101"]],
            "code": "SY20103",
          ]
        ])
    #expect(try synup.data(Self.add(synup, location, ["keyword 100"]), "addKeywords")["errors"] == .null)
  }

  @Test func aBadOrArchivedLocationIsShapeTwo() throws {
    let synup = try SynupClient()
    #expect(
      Self.add(synup, "TG9jYXRpb246OTk=", ["a keyword"]).text
        == #"{"data":{"addKeywords":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
    #expect(
      synup.get("/locations/nope/keywords").text
        == #"{"data":{"keywordsByLocationId":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    try Self.add(synup, location, ["kept"]).requireOK()
    try synup.post("/locations/archive", input: #"{"locationIds":["\#(location)"]}"#).requireOK()
    try synup.setClock("2026-02-01T00:00:00Z")
    #expect(Self.add(synup, location, ["more"]).text.contains("SY00008: Location is in archived state"))
    #expect(try synup.data(synup.get("/locations/\(location)/keywords"), "keywordsByLocationId").arrayValue?.count == 1)
  }

  @Test func theListShowsActiveKeywordsNewestFirst() throws {
    let synup = try SynupClient()
    let locations = try synup.createLocations(2)
    try Self.add(synup, locations[0], ["road paving", "road building"]).requireOK()
    try Self.add(synup, locations[1], ["elsewhere"]).requireOK()
    #expect(
      synup.get("/locations/\(locations[0])/keywords").text
        == #"{"data":{"keywordsByLocationId":[{"id":"S2V5d29yZDoy","name":"road building"},"#
        + #"{"id":"S2V5d29yZDox","name":"road paving"}]}}"#)
    #expect(synup.get("/locations/\(locations[1])/keywords").text.contains("S2V5d29yZDoz"))
    // Clients percent-encode base64's `=` in the path.
    let encoded = locations[1].replacing("=", with: "%3D")
    #expect(synup.get("/locations/\(encoded)/keywords").text.contains("S2V5d29yZDoz"))
  }

  @Test func archiveAnswersTheKeywordAndTheSameAgain() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    try Self.add(synup, location, ["road paving"]).requireOK()
    let expected =
      #"{"data":{"archiveKeyword":{"keyword":{"id":"S2V5d29yZDox","archived":true,"name":"road paving"}}}}"#
    #expect(synup.postBare("/locations/keywords/archive", ["id": "S2V5d29yZDox"]).text == expected)
    #expect(synup.postBare("/locations/keywords/archive", ["id": "S2V5d29yZDox"]).text == expected)
    #expect(try synup.data(synup.get("/locations/\(location)/keywords"), "keywordsByLocationId") == [])
    #expect(
      synup.postBare("/locations/keywords/archive", ["id": "S2V5d29yZDo5"]).text
        == #"{"data":{"archiveKeyword":null},"errors":[{"message":"SY20105: Keyword with id `S2V5d29yZDo5` not found"}]}"#
    )
    #expect(
      synup.postBare("/locations/keywords/archive", ["id": "TG9jYXRpb246MQ=="]).text
        == #"{"data":{"archiveKeyword":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
  }

  @Test func anArchivedNameMayComeBackWithANewIdAndItsRanks() throws {
    let synup = try SynupClient()
    try synup.control("/_sim/seed", #"{"seed":5}"#)
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    try Self.add(synup, location, ["road paving"]).requireOK()
    try synup.setClock("2026-01-06T00:00:00Z")
    let before = try synup.data(synup.get("/locations/\(location)/keywords-performance"), "keywordsByLocationId")
    try synup.postBare("/locations/keywords/archive", ["id": "S2V5d29yZDox"]).requireOK()
    let again = try synup.data(Self.add(synup, location, ["Road Paving"]), "addKeywords")
    #expect(again["keywords"]?[0]?["id"] == "S2V5d29yZDoy")
    try synup.setClock("2026-01-13T00:00:00Z")
    let after = try synup.data(synup.get("/locations/\(location)/keywords-performance"), "keywordsByLocationId")
    let firstRank = before[0]?["sites"]?[0]?["rankings"]?[0]?["rank"]
    let ranks = try #require(after[0]?["sites"]?[0]?["rankings"]?.arrayValue)
    // The re-added keyword was added after 2026-01-05, so only the 2026-01-12 ranking is its own.
    #expect(ranks.count == 1)
    let monday12 = SpecGenerators.keywordRank(
      DataSeed(5), location: 1, keyword: "road paving", site: "Google", monday: "2026-01-12")
    #expect(ranks[0]["rank"] == .int(monday12))
    #expect(firstRank != nil)
  }

  @Test func performanceAnswersWeeklyRanksOnBothSites() throws {
    let synup = try SynupClient()
    try synup.control("/_sim/seed", #"{"seed":3}"#)
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    try Self.add(synup, location, ["local business"]).requireOK()
    try synup.setClock("2026-01-12T03:00:00Z")
    let keywords = try synup.data(synup.get("/locations/\(location)/keywords-performance"), "keywordsByLocationId")
    let keyword = try #require(keywords[0])
    #expect(keyword.objectValue?.keys == ["id", "databaseId", "name", "sites"])
    #expect(keyword["id"] == "S2V5d29yZDox")
    #expect(keyword["databaseId"] == "1")
    #expect(keyword["name"] == "local business")
    #expect(keyword["sites"]?.arrayValue?.map { $0["name"] } == ["Google", "Google Maps"])
    let link = DataSeed(3).googleLiveLink(key: "1")
    for (index, site) in ["Google", "Google Maps"].enumerated() {
      let rankings = try #require(keyword["sites"]?[index]?["rankings"]?.arrayValue)
      #expect(rankings.map { $0["rankedAt"] } == ["2026-01-05T03:00:00.000000", "2026-01-12T03:00:00.000000"])
      for (ranking, monday) in zip(rankings, ["2026-01-05", "2026-01-12"]) {
        let rank = SpecGenerators.keywordRank(
          DataSeed(3), location: 1, keyword: "local business", site: site, monday: monday)
        #expect(ranking.objectValue?.keys == ["rank", "rankedAt", "matchType", "matchUrl"])
        #expect(ranking["rank"] == .int(rank))
        #expect(ranking["matchType"] == (rank == 0 ? .null : "listing"))
        #expect(ranking["matchUrl"] == (rank == 0 ? .null : .string(link)))
      }
    }
    #expect(link.hasPrefix("https://maps.google.com/maps?cid="))
    #expect(link.count == "https://maps.google.com/maps?cid=".count + 19)
  }

  @Test func aFoundRankMatchesTheWebsiteAndRankZeroMatchesNothing() throws {
    let synup = try SynupClient()
    try synup.control("/_sim/seed", #"{"seed":5}"#)
    let location = try #require(try synup.createLocation(["bizUrl": "https://www.example.com"])["id"]?.stringValue)
    // A name whose Google rank on 2026-01-05 is 0 (not found), and one found.
    let seed = DataSeed(5)
    let rank = { (name: String) in
      SpecGenerators.keywordRank(seed, location: 1, keyword: name, site: "Google", monday: "2026-01-05")
    }
    let missing = try #require((1...500).map { "term \($0)" }.first { rank($0) == 0 })
    let found = try #require((1...500).map { "term \($0)" }.first { rank($0) > 0 })
    try Self.add(synup, location, [missing, found]).requireOK()
    try synup.setClock("2026-01-05T03:00:00Z")
    let keywords = try synup.data(synup.get("/locations/\(location)/keywords-performance"), "keywordsByLocationId")
    #expect(
      keywords[0]?["sites"]?[0]?["rankings"]
        == [
          [
            "rank": .int(rank(found)), "rankedAt": "2026-01-05T03:00:00.000000", "matchType": "location_url",
            "matchUrl": "https://www.example.com",
          ]
        ])
    #expect(
      keywords[1]?["sites"]?[0]?["rankings"]
        == [["rank": 0, "rankedAt": "2026-01-05T03:00:00.000000", "matchType": nil, "matchUrl": nil]])
  }

  @Test func noRankingsBeforeTheFirstMondayOrOutsideTheRange() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    try Self.add(synup, location, ["road paving"]).requireOK()
    try synup.setClock("2026-01-05T02:59:59Z")
    let early = try synup.data(synup.get("/locations/\(location)/keywords-performance"), "keywordsByLocationId")
    #expect(early[0]?["sites"]?[0]?["rankings"] == [])
    try synup.setClock("2026-01-20T00:00:00Z")
    let ranged = try synup.data(
      synup.get("/locations/\(location)/keywords-performance", [("fromDate", "2026-01-06"), ("toDate", "2026-01-12")]),
      "keywordsByLocationId")
    #expect(ranged[0]?["sites"]?[1]?["rankings"]?.arrayValue?.map { $0["rankedAt"] } == ["2026-01-12T03:00:00.000000"])
    #expect(
      synup.get("/locations/\(location)/keywords-performance", [("toDate", "soon")]).text
        == #"{"data":{"keywordsByLocationId":null},"errors":[{"message":"SY60103: Invalid Date"}]}"#)
  }
}
