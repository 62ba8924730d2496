import SynJSON
import Testing

@testable import SynSimulator

/// Review analytics (synup-sections.md 4.10): overview, timeline and site stats from stored reviews.
@Suite struct SynupReviewAnalyticsTests {
  private func location(_ synup: SynupClient) throws -> String {
    try #require(try synup.createLocation()["id"]?.stringValue)
  }

  @Test func theOverviewReproducesTheEvidencedExample() throws {
    let synup = try SynupClient()
    let location = try location(synup)
    var ids: [String] = []
    for rating in [5, 4, 4] {
      ids.append(
        try #require(
          try synup.injectReview(["locationId": .string(location), "rating": .int(rating)])["id"]?.stringValue))
    }
    _ = synup.postBare("/locations/reviews/respond", ["interactionId": .string(ids[0]), "responseContent": "Thanks"])
    let reply = synup.get("/locations/\(location)/review-analytics-overview")
    #expect(
      reply.text
        == #"{"data":{"interactionsAnalyticsStats":{"stats":[{"name":"total-reviews","value":3,"delta":100},"#
        + #"{"name":"new-reviews","value":3,"delta":100},{"name":"overall-rating","value":4.333333333333333,"#
        + #""delta":100},{"name":"review-response-rate","value":0.3333333333333333,"delta":100}]}}}"#)
  }

  @Test func deltasCompareWithThePeriodBefore() throws {
    let synup = try SynupClient()
    let location = try location(synup)
    try synup.control("/_sim/clock", #"{"set":"2026-01-10T00:00:00Z"}"#)
    try synup.injectReview(["locationId": .string(location), "rating": 4, "date": "2026-01-03T10:00:00Z"])
    try synup.injectReview(["locationId": .string(location), "rating": 2, "date": "2026-01-07T10:00:00Z"])
    try synup.injectReview(["locationId": .string(location), "rating": 3, "date": "2026-01-08T10:00:00Z"])
    let stats = try synup.data(
      synup.get(
        "/locations/\(location)/review-analytics-overview", [("startDate", "2026-01-06"), ("endDate", "2026-01-10")]),
      "interactionsAnalyticsStats")["stats"]
    // P is 2026-01-01…05: one review, rating 4.
    #expect(stats?[0] == ["name": "total-reviews", "value": 3, "delta": 200])
    #expect(stats?[1] == ["name": "new-reviews", "value": 2, "delta": 100])
    #expect(stats?[2] == ["name": "overall-rating", "value": 3, "delta": -25])
    #expect(stats?[3] == ["name": "review-response-rate", "value": 0, "delta": 100])
  }

  @Test func theTimelineReproducesTheEvidencedExample() throws {
    let synup = try SynupClient()
    let location = try location(synup)
    try synup.control("/_sim/clock", #"{"set":"2026-01-06T08:00:00Z"}"#)
    try synup.injectReview(["locationId": .string(location), "rating": 4, "date": "2026-01-05T13:22:10Z"])
    let reply = synup.get("/locations/\(location)/review-analytics-timeline")
    #expect(
      reply.text
        == #"{"data":{"interactionsChartData":{"data":[{"date":"2026-01-05","interactionCount":1,"averageRating":4}]}}}"#
    )
    let outside = synup.get(
      "/locations/\(location)/review-analytics-timeline", [("startDate", "2026-01-01"), ("endDate", "2026-01-04")])
    #expect(outside.text == #"{"data":{"interactionsChartData":{"data":[]}}}"#)
  }

  @Test func siteStatsReproduceTheEvidencedEntryThenConsolidated() throws {
    let synup = try SynupClient()
    let location = try location(synup)
    try synup.control("/_sim/clock", #"{"set":"2026-01-06T08:00:00Z"}"#)
    try synup.injectReview(["locationId": .string(location), "rating": 5, "date": "2026-01-04T10:00:00Z"])
    try synup.injectReview(["locationId": .string(location), "rating": 4, "date": "2026-01-05T10:00:00Z"])
    try synup.injectReview(["locationId": .string(location), "rating": 1, "source": "yelp.com", "date": "2026-01-02"])
    let stats = try #require(
      try synup.data(synup.get("/locations/\(location)/review-analytics-sites-stats"), "interactionsSitesStats")[
        "stats"]?.arrayValue)
    #expect(stats.map { $0["key"] } == ["Google", "Yelp", "Consolidated"])
    #expect(
      stats[0].compactText
        == #"{"key":"Google","siteUrl":"maps.google.com","averageRating":{"value":4.5,"delta":100},"#
        + #""totalInteractions":{"value":2,"delta":100},"newInteractions":{"value":2,"delta":100},"#
        + #""recency":"1767571200000.0","baseRating":0,"baseInteractions":0,"humanizedRecency":"1 day ago"}"#)
    #expect(stats[2]["siteUrl"] == "Consolidated")
    #expect(stats[2]["totalInteractions"]?["value"] == 3)
    #expect(stats[2]["averageRating"]?["value"] == 3.3333333333333335)
  }

  @Test func badDatesAreRefused() throws {
    let synup = try SynupClient()
    let location = try location(synup)
    let reply = synup.get("/locations/\(location)/review-analytics-overview", [("startDate", "yesterday")])
    #expect(
      reply.text
        == #"{"data":{"interactionsAnalyticsStats":null},"errors":[{"message":"SY60103: Invalid Date"}]}"#)
  }
}
