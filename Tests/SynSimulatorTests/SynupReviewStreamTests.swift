import SynJSON
import Testing

@testable import SynSimulator

/// G5's review streams (synup-sections.md 5.4) as due events (5.3): reviews arrive as the clock moves.
@Suite struct SynupReviewStreamTests {
  /// A seeded tenant whose location has a Yelp URL from the start of time.
  private func yelpStream(simulator: Simulator = Simulator()) throws -> (synup: SynupClient, location: String) {
    let synup = try SynupClient(simulator: simulator)
    try synup.control("/_sim/seed", #"{"seed":5}"#)
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let body: JSONValue = [
      "locationId": .string(location), "siteUrls": [["name": "yelp.com", "url": "https://www.yelp.com/biz/blue-cafe"]],
    ]
    _ = try synup.data(synup.postBare("/locations/reviews/settings/edit", body), "editInteractionsSetting")
    return (synup, location)
  }

  private func reviews(_ synup: SynupClient, _ location: String) throws -> [JSONValue] {
    try #require(
      try synup.data(synup.get("/locations/\(location)/reviews", [("first", "500")]), "interactions")["edges"]?
        .arrayValue?.compactMap { $0["node"] })
  }

  @Test func noReviewsArriveWithoutASource() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    try synup.advanceClock(seconds: 90 * 86_400)
    #expect(try reviews(synup, location).isEmpty)
  }

  @Test func aStreamProducesReviewsAsTheClockMoves() throws {
    let (synup, location) = try yelpStream()
    #expect(try reviews(synup, location).isEmpty)
    try synup.advanceClock(seconds: 60 * 86_400)
    let arrived = try reviews(synup, location)
    #expect(arrived.count > 3)
    for review in arrived {
      #expect(review["source"] == "yelp.com")
      #expect(review["permalink"] == "https://www.yelp.com/biz/blue-cafe")
      #expect(review["canRespond"] == false)
      let rating = try #require(review["rating"]?.numberValue?.intValue)
      #expect((1...5).contains(rating))
      #expect(ReviewTexts.authors.contains(review["authorName"]?.stringValue ?? ""))
    }
    let events = try synup.deliveries()
    #expect(events.count == arrived.count)
    #expect(events.allSatisfy { $0.event == "interaction.review" })
    // Each event is stamped with its review's arrival, oldest first.
    let stamps = events.compactMap { $0.body["timestamp"]?.stringValue }
    #expect(stamps == stamps.sorted())
    #expect(
      Set(events.compactMap { $0.body["data"]?["interaction"]?["id"] }) == Set(arrived.compactMap { $0["id"] }))
  }

  @Test func movingOnceOrInStepsGivesTheSameReviewsAndDeliveries() throws {
    let simulator = Simulator()
    let (once, onceLocation) = try yelpStream(simulator: simulator)
    let (steps, stepsLocation) = try yelpStream(simulator: simulator)
    try once.advanceClock(seconds: 45 * 86_400)
    for _ in 1...45 { try steps.advanceClock(seconds: 86_400) }
    #expect(onceLocation == stepsLocation)
    #expect(try reviews(once, onceLocation) == reviews(steps, stepsLocation))
    #expect(try once.deliveries().map(\.body) == steps.deliveries().map(\.body))
  }

  @Test func movingTheClockBackNeitherUndoesNorRepeats() throws {
    let (synup, location) = try yelpStream()
    try synup.advanceClock(seconds: 30 * 86_400)
    let arrived = try reviews(synup, location)
    try synup.control("/_sim/clock", #"{"set":"2026-01-01T00:00:00Z"}"#)
    try synup.advanceClock(seconds: 30 * 86_400)
    #expect(try reviews(synup, location) == arrived)
    #expect(try synup.deliveries().count == arrived.count)
  }

  @Test func aConnectedGoogleListingStreamsRespondableReviews() throws {
    let synup = try SynupClient()
    try synup.control("/_sim/seed", #"{"seed":9}"#)
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    try synup.connect(locationNumber: 1, siteID: 1, at: Timestamp.simulationStart)
    try synup.connect(locationNumber: 1, siteID: 3, at: Timestamp.simulationStart)
    try synup.advanceClock(seconds: 60 * 86_400)
    let arrived = try reviews(synup, location)
    let google = arrived.filter { $0["source"] == "maps.google.com" }
    let facebook = arrived.filter { $0["source"] == "facebook.com" }
    #expect(!google.isEmpty && !facebook.isEmpty)
    #expect(google.allSatisfy { $0["canRespond"] == true && $0["category"] == "Review" })
    #expect(facebook.allSatisfy { [1, 5].contains($0["rating"]) && $0["category"] == "Recommendation" })
    #expect(
      facebook.allSatisfy { $0["permalink"] == "https://www.facebook.com/blue-cafe-1/reviews" })
  }
}
