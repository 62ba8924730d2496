import SynJSON
import Testing

@testable import SynSimulator

/// Profile analytics (synup-sections.md 4.9, G4): daily series, the 30 days
/// ending today by default, Google and Facebook only while connected (7 #11, #12).
@Suite struct SynupProfileAnalyticsTests {
  static let googleMetrics: [(String, Double)] = [
    ("directionsAction", 9), ("maps", 80), ("phoneAction", 6), ("search", 120), ("websiteAction", 12),
  ]
  static let facebookMetrics: [(String, Double)] = [
    ("ctaAction", 3), ("directionsAction", 3), ("phoneAction", 2), ("views", 60), ("websiteAction", 4),
  ]

  static func seeded() throws -> (SynupClient, String) {
    let synup = try SynupClient()
    try synup.control("/_sim/seed", #"{"seed":9}"#)
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    return (synup, location)
  }

  static func connect(_ synup: SynupClient, site: Int) throws {
    try synup.withState { state in
      let connection = SynupListingConnections.Connection(
        connectedAccountID: ResourceID(high: 1, low: 1), publisherListingID: ResourceID(high: 2, low: 2),
        connectedAt: state.now)
      state.synup.listingConnections.connect(locationNumber: 1, siteID: site, connection)
    }
  }

  /// The days from 2025-12-03 through 2026-01-01, `YYYY-MM-DD`, and whether each is a weekend day.
  static let defaultDays: [(date: String, weekend: Bool)] =
    (3...31).map { day in
      // 2025-12-06 was a Saturday.
      (String(format2: 2025, 12, day), [6, 0].contains(day % 7))
    } + [("2026-01-01", false)]

  @Test func bingViewsAreAlwaysThereForTheLastThirtyDays() throws {
    let (synup, location) = try Self.seeded()
    let reply = synup.get("/locations/\(location)/bing-analytics")
    let insights = try synup.data(reply, "bingInsights")
    #expect(insights.objectValue?.keys == ["views"])
    let expected: [JSONValue] = Self.defaultDays.map { day in
      [
        "startTime": .string(day.date + "T00:00:00+00:00"),
        "value": .int(
          SpecGenerators.analytics(
            DataSeed(9), location: 1, site: 4, metric: "views", base: 25, date: day.date, weekend: day.weekend)),
      ]
    }
    #expect(insights["views"] == .array(expected))
    #expect(expected.count == 30)
  }

  @Test func datesAfterTodayAreDropped() throws {
    let (synup, location) = try Self.seeded()
    let reply = synup.get(
      "/locations/\(location)/bing-analytics", [("fromDate", "2025-12-31"), ("toDate", "2026-01-09")])
    let views = try #require(try synup.data(reply, "bingInsights")["views"]?.arrayValue)
    #expect(views.map { $0["startTime"] } == ["2025-12-31T00:00:00+00:00", "2026-01-01T00:00:00+00:00"])
    let future = synup.get(
      "/locations/\(location)/bing-analytics", [("fromDate", "2026-01-02"), ("toDate", "2026-01-09")])
    #expect(future.text == #"{"data":{"bingInsights":{"views":[]}}}"#)
  }

  @Test func googleIsEmptyUntilConnectedThenTotalsItsMetrics() throws {
    let (synup, location) = try Self.seeded()
    let path = "/locations/\(location)/google-analytics"
    #expect(
      synup.get(path).text
        == #"{"data":{"googleInsights":{"directionsAction":[],"maps":[],"phoneAction":[],"search":[],"#
        + #""websiteAction":[],"total":[]}}}"#)
    try Self.connect(synup, site: 1)
    let insights = try synup.data(
      synup.get(path, [("fromDate", "2025-12-27"), ("toDate", "2025-12-28")]), "googleInsights")
    #expect(insights.objectValue?.keys == Self.googleMetrics.map(\.0) + ["total"])
    for (index, day) in [("2025-12-27", true), ("2025-12-28", true)].enumerated() {
      let values = Self.googleMetrics.map { metric, base in
        SpecGenerators.analytics(
          DataSeed(9), location: 1, site: 1, metric: metric, base: base, date: day.0, weekend: day.1)
      }
      for (metric, value) in zip(Self.googleMetrics.map(\.0), values) {
        #expect(insights[metric]?[index] == ["startTime": .string(day.0 + "T00:00:00+00:00"), "value": .int(value)])
      }
      #expect(insights["total"]?[index]?["value"] == .int(values.reduce(0, +)))
    }
  }

  @Test func facebookIsEmptyUntilConnected() throws {
    let (synup, location) = try Self.seeded()
    let path = "/locations/\(location)/facebook-analytics"
    let before = try synup.data(synup.get(path), "facebookInsights")
    #expect(before.objectValue?.keys == Self.facebookMetrics.map(\.0))
    #expect(Self.facebookMetrics.allSatisfy { before[$0.0] == [] })
    try Self.connect(synup, site: 1)
    #expect(try synup.data(synup.get(path), "facebookInsights")["views"] == [], "Google's connection is not Facebook's")
    try Self.connect(synup, site: 3)
    let after = try synup.data(synup.get(path, [("fromDate", "2026-01-01")]), "facebookInsights")
    let expected = SpecGenerators.analytics(
      DataSeed(9), location: 1, site: 3, metric: "views", base: 60, date: "2026-01-01", weekend: false)
    #expect(after["views"] == [["startTime": "2026-01-01T00:00:00+00:00", "value": .int(expected)]])
  }

  @Test(arguments: ["google", "facebook", "bing"])
  func datesAndLocationsAreChecked(source: String) throws {
    let (synup, location) = try Self.seeded()
    let field = ["google": "googleInsights", "facebook": "facebookInsights", "bing": "bingInsights"][source] ?? ""
    func answer(_ location: String, _ query: [(String, String)]) -> String {
      synup.get("/locations/\(location)/\(source)-analytics", query).text
    }
    func shapeTwo(_ message: String) -> String {
      #"{"data":{"\#(field)":null},"errors":[{"message":"\#(message)"}]}"#
    }
    #expect(answer(location, [("fromDate", "2026-1-1")]) == shapeTwo("SY60103: Invalid Date"))
    #expect(answer(location, [("toDate", "2026-02-30")]) == shapeTwo("SY60103: Invalid Date"))
    #expect(
      answer(location, [("fromDate", "2026-01-02"), ("toDate", "2026-01-01")])
        == shapeTwo("SY60101: fromDate cannot be greater than toDate."))
    #expect(
      answer(location, [("fromDate", "2024-01-01"), ("toDate", "2026-01-01")]) == shapeTwo("SY60103: Invalid Date"))
    #expect(answer("TG9jYXRpb246OTk=", []) == shapeTwo("SY90002: Invalid Id"))
  }
}

extension String {
  /// `YYYY-MM-DD`.
  fileprivate init(format2 year: Int, _ month: Int, _ day: Int) {
    self = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
  }
}
