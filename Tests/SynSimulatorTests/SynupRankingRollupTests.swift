import SynJSON
import Testing

@testable import SynSimulator

/// The rankings roll-ups (synup-sections.md 4.8, section 7 #29 and #30): one
/// aggregated element over the locations, and the four closed rank buckets.
@Suite struct SynupRankingRollupTests {
  /// Two locations with keywords since 2026-01-01, and the clock on 2026-01-19 after the ranking.
  static func twoTrackedLocations() throws -> (SynupClient, [String]) {
    let synup = try SynupClient()
    try synup.control("/_sim/seed", #"{"seed":11}"#)
    let locations = try synup.createLocations(2)
    try SynupKeywordTests.add(synup, locations[0], ["pizza", "pasta", "calzone"]).requireOK()
    try SynupKeywordTests.add(synup, locations[1], ["pizza"]).requireOK()
    try synup.setClock("2026-01-19T04:00:00Z")
    return (synup, locations)
  }

  static let tracked = [(1, "pizza"), (1, "pasta"), (1, "calzone"), (2, "pizza")]
  static let mondays = ["2026-01-05", "2026-01-12", "2026-01-19"]

  static func body(
    _ locations: [String], source: [JSONValue] = [], from: String = "2026-01-01", to: String = "2026-01-31"
  )
    -> JSONValue
  {
    [
      "fromDate": .string(from), "toDate": .string(to), "locationIds": .array(locations.map(JSONValue.string)),
      "source": .array(source),
    ]
  }

  static func ranks(site: String, monday: String) -> [Int] {
    tracked.map { SpecGenerators.keywordRank(DataSeed(11), location: $0.0, keyword: $0.1, site: site, monday: monday) }
  }

  @Test func theTimelineAveragesTheFoundRanksOfEveryLocationAWeek() throws {
    let (synup, locations) = try Self.twoTrackedLocations()
    let reply = synup.postBare(
      "/locations/ranking-analytics-timeline", Self.body(locations, source: ["google maps", "Bing", "GOOGLE"]))
    let rollup = try synup.data(reply, "rankingsRollupByDate")
    #expect(rollup.arrayValue?.count == 1)
    let sites = try #require(rollup[0]?["siteAverageRanking"]?.arrayValue)
    #expect(sites.map { $0["site"] } == ["Google Maps", "Bing", "Google"])
    #expect(sites[1]["averageRankings"] == [])
    for (index, site) in [(0, "Google Maps"), (2, "Google")] {
      let expected: [JSONValue] = Self.mondays.map { monday in
        let found = Self.ranks(site: site, monday: monday).filter { $0 > 0 }
        let average = found.isEmpty ? 0 : Int((Double(found.reduce(0, +)) / Double(found.count)).rounded())
        return ["date": .string(monday), "averageRank": .int(average)]
      }
      #expect(sites[index]["averageRankings"] == .array(expected), "\(site)")
    }
  }

  @Test func anEmptySourceMeansAllFour() throws {
    let (synup, locations) = try Self.twoTrackedLocations()
    let rollup = try synup.data(
      synup.postBare("/locations/ranking-analytics-timeline", Self.body(locations)), "rankingsRollupByDate")
    #expect(
      rollup[0]?["siteAverageRanking"]?.arrayValue?.map { $0["site"] } == ["Google", "Google Maps", "Bing", "Yahoo"])
  }

  @Test func theHistogramCountsKeywordsInTheFourClosedBuckets() throws {
    let (synup, locations) = try Self.twoTrackedLocations()
    let reply = synup.postBare(
      "/locations/ranking-sitewise-histogram",
      Self.body([locations[0], locations[1], locations[0]], source: ["Google", "Yahoo"]))
    let sites = try #require(try synup.data(reply, "rankingsRollupByKeywordCount").arrayValue)
    #expect(sites.map { $0["site"] } == ["Google", "Yahoo"])
    let names = ["rank_from_1_to_3", "rank_from_3_to_10", "rank_from_10_to_20", "rank_from_20_to_50"]
    let ranges = [1...3, 4...10, 11...20, 21...50]
    let buckets = try #require(sites[0]["keywordCountByBucket"]?.arrayValue)
    #expect(buckets.map { $0["rankRange"] } == names.map(JSONValue.string))
    for (bucket, range) in zip(buckets, ranges) {
      let expected: [JSONValue] = Self.mondays.map { monday in
        [
          "rankDate": .string(monday),
          "keywordCount": .int(Self.ranks(site: "Google", monday: monday).filter(range.contains).count),
        ]
      }
      #expect(bucket["dailyKeywordCount"] == .array(expected))
    }
    #expect(
      sites[1]["keywordCountByBucket"] == .array(names.map { ["rankRange": .string($0), "dailyKeywordCount": []] }))
  }

  @Test func archivedKeywordsCountOnlyForTheWeeksTheyWereActive() throws {
    let (synup, locations) = try Self.twoTrackedLocations()
    try synup.setClock("2026-01-10T00:00:00Z")
    // pizza of the second location is Keyword:4.
    try synup.postBare("/locations/keywords/archive", ["id": .string(RelayID(.keyword, 4).text)]).requireOK()
    try synup.setClock("2026-01-19T04:00:00Z")
    let reply = synup.postBare("/locations/ranking-sitewise-histogram", Self.body([locations[1]], source: ["Google"]))
    let buckets = try #require(
      try synup.data(reply, "rankingsRollupByKeywordCount")[0]?["keywordCountByBucket"]?.arrayValue)
    let totals = Self.mondays.indices.map { week in
      buckets.compactMap { $0["dailyKeywordCount"]?[week]?["keywordCount"]?.numberValue?.intValue }.reduce(0, +)
    }
    let first = SpecGenerators.keywordRank(
      DataSeed(11), location: 2, keyword: "pizza", site: "Google", monday: "2026-01-05")
    #expect(totals == [(1...50).contains(first) ? 1 : 0, 0, 0])
  }

  @Test(arguments: ["/locations/ranking-analytics-timeline", "/locations/ranking-sitewise-histogram"])
  func theRollupsRefuseBadRequestsInShapeTwo(path: String) throws {
    let (synup, locations) = try Self.twoTrackedLocations()
    let field = path.hasSuffix("timeline") ? "rankingsRollupByDate" : "rankingsRollupByKeywordCount"
    func error(_ body: JSONValue) -> String {
      synup.postBare(path, body).text
    }
    func shapeTwo(_ message: String) -> String {
      #"{"data":{"\#(field)":null},"errors":[{"message":"\#(message)"}]}"#
    }
    #expect(error(Self.body([])) == shapeTwo("SY20101: Location Ids can't be blank"))
    #expect(
      error(["fromDate": "2026-01-01", "toDate": "2026-01-31"]) == shapeTwo("SY20101: Location Ids can't be blank"))
    #expect(error(Self.body(locations, from: "01/01/2026")) == shapeTwo("SY60103: Invalid Date"))
    #expect(error(["locationIds": .array(locations.map(JSONValue.string))]) == shapeTwo("SY60103: Invalid Date"))
    #expect(
      error(Self.body(locations, from: "2026-02-01")) == shapeTwo("SY60101: fromDate cannot be greater than toDate."))
    #expect(error(Self.body(locations, from: "2024-01-30")) == shapeTwo("SY60103: Invalid Date"))
    #expect(error(Self.body(locations + ["TG9jYXRpb246OTk="])) == shapeTwo("SY90002: Invalid Id"))
    #expect(synup.postBare(path, Self.body(locations, source: ["Yelp"])).status == 400)
  }
}
