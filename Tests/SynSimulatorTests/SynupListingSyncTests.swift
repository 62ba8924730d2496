import SynJSON
import Testing

@testable import SynSimulator

/// Listing sync over the tenant clock (synup-sections.md G1, 5.3, 6.1, 6.2):
/// each auto site's attempt completes once per epoch, as of its due time, and
/// emits one `listing.submission`.
@Suite struct SynupListingSyncTests {
  static let location1 = "TG9jYXRpb246MQ=="
  /// The auto sites of a US location, but Bing (weeks, not days).
  static let usAutoSitesButBing: Set<Int> = [5, 6, 224, 48, 75, 162, 314]

  /// A tenant seeded with `seed`, holding one US location.
  static func seeded(_ seed: Int = 42, simulator: Simulator = Simulator()) throws -> SynupClient {
    let synup = try SynupClient(simulator: simulator)
    try synup.control("/_sim/seed", #"{"seed":\#(seed)}"#)
    try synup.createLocation()
    return synup
  }

  @Test func anAutoListingSyncsAtItsDueTimeBetween24And72Hours() throws {
    let synup = try Self.seeded()
    let hash = DataSeed(42).hash("sync", "1", "314", "0")
    let due = Timestamp.simulationStart.adding(seconds: 86400 + Int(hash % (48 * 3600)))
    try synup.setClock(due.adding(seconds: -1).iso8601)
    #expect(try synup.listings(Self.location1, premium: false)["Infobel"]?["syncStatus"] == "IN_PROGRESS")
    try synup.setClock(due.iso8601)
    let infobel = try #require(try synup.listings(Self.location1, premium: false)["Infobel"])
    #expect(infobel["syncStatus"] == "SYNCED")
    #expect(infobel["lastUpdate"] == .string(due.synupMilliseconds))
    #expect(infobel["listingUrl"] == "https://www.infobel.com/biz/blue-cafe-1")
    #expect(infobel["indexStatus"] == true)
  }

  @Test func inProgressBecomesSyncedWithinThreeDaysWithOneSubmissionPerSite() throws {
    let synup = try Self.seeded()
    try synup.setClock("2026-01-01T23:59:59Z")
    #expect(try synup.submissions().isEmpty)
    try synup.setClock("2026-01-04T00:00:00Z")
    let submissions = try synup.submissions()
    #expect(
      Set(submissions.compactMap { $0["data"]?["site"]?["id"]?.numberValue?.intValue }) == Self.usAutoSitesButBing)
    #expect(submissions.count == Self.usAutoSitesButBing.count)
    #expect(submissions.allSatisfy { $0["status"] == "success" })
    let listings = try synup.listings(Self.location1).merging(try synup.listings(Self.location1, premium: false)) { $1 }
    for (name, listing) in listings {
      let expected = ["Google": "REQUIRING_ACTION", "Facebook": "REQUIRING_ACTION", "Yelp": "REQUIRING_ACTION"][name]
      #expect(listing["syncStatus"] == .string(expected ?? (name == "Bing" ? "IN_PROGRESS" : "SYNCED")), "\(name)")
    }
    try synup.setClock("2026-01-02T00:00:00Z")
    try synup.setClock("2026-01-05T00:00:00Z")
    #expect(try synup.submissions().count == Self.usAutoSitesButBing.count)
  }

  @Test func theSubmissionIsS9sCompactEnvelopeAtTheDueTime() throws {
    let synup = try Self.seeded()
    try synup.advanceClock("+3d")
    let deliveries = try synup.withAccount { $0.outbox.deliveries }
    let infobel = try #require(deliveries.first { String(decoding: $0.body, as: UTF8.self).contains("infobel") })
    #expect(
      String(decoding: infobel.body, as: UTF8.self)
        == #"{"event":"listing.submission","status":"success","live_link":"https://www.infobel.com/biz/blue-cafe-1","#
        + #""data":{"business_id":1,"v4_business_id":"TG9jYXRpb246MQ==","location_id":"TG9jYXRpb246MQ==","#
        + #""site":{"id":314,"name":"Infobel","url":"infobel.com"}}}"#)
    let due = Timestamp.simulationStart.adding(
      seconds: 86400 + Int(DataSeed(42).hash("sync", "1", "314", "0") % (48 * 3600)))
    #expect(infobel.createdAt == due)
    #expect(deliveries.map(\.createdAt) == deliveries.map(\.createdAt).sorted())
  }

  @Test func bingTakesEighteenToTwentyFourDays() throws {
    let synup = try Self.seeded()
    try synup.setClock("2026-01-18T23:59:59Z")
    #expect(try synup.listings(Self.location1)["Bing"]?["syncStatus"] == "IN_PROGRESS")
    try synup.setClock("2026-01-25T00:00:00Z")
    #expect(try synup.listings(Self.location1)["Bing"]?["syncStatus"] == "SYNCED")
    #expect(try synup.submissions().filter { $0["data"]?["site"]?["id"] == 4 }.count == 1)
  }

  /// Each change starts an epoch and leaves the replaced one's entry queued:
  /// a location changed again and again must not grow the queue an entry a
  /// change (scripts/load --soak found it), and the last epoch still syncs.
  @Test func repeatedChangesKeepTheSyncQueueBoundedAndTheLastEpochSyncs() throws {
    let synup = try Self.seeded()
    for index in 0..<300 {
      let reply = synup.post("/locations/update", input: #"{"id":"\#(Self.location1)","city":"City \#(index)"}"#)
      try #require(try synup.data(reply, "updateLocation")["success"] == true)
    }
    let (queued, epoch) = try synup.withAccount { ($0.listingState.queue.count, $0.listingState.epochs[1]?.index) }
    #expect(epoch == 300)
    #expect(queued <= 2 * 1 + 16 + 1)
    try synup.advanceClock("+3d")
    let submissions = try synup.submissions()
    #expect(
      Set(submissions.compactMap { $0["data"]?["site"]?["id"]?.numberValue?.intValue }) == Self.usAutoSitesButBing)
    #expect(submissions.count == Self.usAutoSitesButBing.count)
  }

  @Test func oneJumpAndManyStepsGiveTheSameDeliveries() throws {
    let simulator = Simulator()
    let jumping = try Self.seeded(simulator: simulator)
    let stepping = try Self.seeded(simulator: simulator)
    try jumping.advanceClock("+25d")
    for _ in 0..<(25 * 4) { try stepping.advanceClock("+6h") }
    let jumped = try jumping.withAccount { $0.outbox.deliveries.map { ($0.createdAt, $0.body) } }
    let stepped = try stepping.withAccount { $0.outbox.deliveries.map { ($0.createdAt, $0.body) } }
    #expect(jumped.map(\.0) == stepped.map(\.0))
    #expect(jumped.map(\.1) == stepped.map(\.1))
    #expect(jumped.count == Self.usAutoSitesButBing.count + 1)
  }

  @Test func theSameSeedGivesTheSameStatusesWhateverTheTenant() throws {
    let simulator = Simulator()
    let first = try Self.seeded(7, simulator: simulator)
    try SynupClient(simulator: simulator).createLocation()
    let second = try Self.seeded(7, simulator: simulator)
    try first.advanceClock("+40h")
    try second.advanceClock("+40h")
    let path = "/locations/\(Self.location1)/listings/additional"
    #expect(first.get(path).text == second.get(path).text)
    let other = try Self.seeded(8, simulator: simulator)
    try other.advanceClock("+40h")
    #expect(try first.submissions() == second.submissions())
    #expect(try first.submissions() != other.submissions())
  }

  @Test func anAcceptedChangeStartsANewEpochThatSyncsWithinADay() throws {
    let synup = try Self.seeded()
    try synup.advanceClock("+3d")
    let firstRound = try synup.submissions().count
    let update = synup.post("/locations/update", input: #"{"id":"\#(Self.location1)","city":"Oakland"}"#)
    #expect(try synup.data(update, "updateLocation")["success"] == true)
    #expect(try synup.listings(Self.location1, premium: false)["Infobel"]?["syncStatus"] == "IN_PROGRESS")
    #expect(
      try synup.listings(Self.location1, premium: false)["Infobel"]?["lastUpdate"] == "2026-01-04T00:00:00.000Z")
    try synup.advanceClock("+24h")
    let submissions = try synup.submissions()
    #expect(submissions.count == firstRound + Self.usAutoSitesButBing.count)
    #expect(try synup.listings(Self.location1, premium: false)["Infobel"]?["syncStatus"] == "SYNCED")
  }

  @Test func anUpdateThatChangesNothingStartsNoEpoch() throws {
    let synup = try Self.seeded()
    try synup.advanceClock("+3d")
    _ = synup.post("/locations/update", input: #"{"id":"\#(Self.location1)","city":"San Francisco"}"#)
    #expect(try synup.listings(Self.location1, premium: false)["Infobel"]?["syncStatus"] == "SYNCED")
  }

  @Test func anEpochReplacedBeforeItsAttemptsEmitsNothingForThem() throws {
    let synup = try Self.seeded()
    try synup.advanceClock("+1h")
    _ = synup.post("/locations/update", input: #"{"id":"\#(Self.location1)","city":"Oakland"}"#)
    try synup.advanceClock("+3d")
    // Only the new epoch's attempts complete: one per site, never two.
    #expect(try synup.submissions().count == Self.usAutoSitesButBing.count)
  }

  @Test func archivingStopsTheSyncsAndActivatingStartsANewEpoch() throws {
    let synup = try Self.seeded()
    try synup.setClock("2026-01-31T23:00:00Z")
    _ = synup.post("/locations/update", input: #"{"id":"\#(Self.location1)","city":"Oakland"}"#)
    _ = synup.post("/locations/archive", input: #"{"locationIds":["\#(Self.location1)"]}"#)
    let before = try synup.submissions().count
    try synup.setClock("2026-02-10T00:00:00Z")
    #expect(try synup.submissions().count == before)
    _ = synup.post("/locations/activate", input: #"{"locationIds":["\#(Self.location1)"]}"#)
    #expect(try synup.listings(Self.location1, premium: false)["Infobel"]?["syncStatus"] == "IN_PROGRESS")
    try synup.advanceClock("+24h")
    #expect(try synup.submissions().count == before + Self.usAutoSitesButBing.count)
  }

  @Test func movingTheClockBackUndoesNothingAndRepeatsNothing() throws {
    let synup = try Self.seeded()
    try synup.advanceClock("+3d")
    let emitted = try synup.submissions()
    try synup.setClock("2026-01-01T00:00:00Z")
    #expect(try synup.listings(Self.location1, premium: false)["Infobel"]?["syncStatus"] == "IN_PROGRESS")
    try synup.advanceClock("+3d")
    #expect(try synup.submissions() == emitted)
  }

  @Test func hundredsOfLocationsEachSyncOncePerSite() throws {
    let synup = try SynupClient()
    try synup.createLocations(300)
    try synup.advanceClock("+3d")
    #expect(try synup.submissions().count == 300 * Self.usAutoSitesButBing.count)
  }
}
