import SynHTTP
import SynJSON
import Testing

@testable import SynSimulator

/// `POST /_sim/synup/listings`, what `mock listing` sends (synup-sections.md
/// 5.6, G1 overrides, 6.4): the listing shows the status set until the next epoch.
@Suite struct SynupListingControlTests {
  static let location1 = "TG9jYXRpb246MQ=="

  @Test func section64sExampleIncompleteThenSuccess() throws {
    let synup = try SynupClient()
    try synup.createLocation()
    try synup.control("/_sim/synup/webhook", #"{"secret":"whsec_test"}"#)
    let failed = synup.mockListing(
      #"{"locationId":"\#(Self.location1)","site":"yelp.com","status":"FAILED","syncIssue":"Phone mismatch"}"#)
    #expect(failed.status == 200)
    let listing = try failed.json()
    #expect(listing["syncStatus"] == "FAILED")
    #expect(listing["displayStatus"] == "Submission incomplete")
    #expect(listing["syncIssue"] == "Phone mismatch")
    #expect(listing["listingUrl"] == .null)
    _ = synup.mockListing(#"{"locationId":"\#(Self.location1)","site":"yelp.com","status":"SYNCED"}"#)
    let submissions = try synup.submissions()
    #expect(submissions.count == 2)
    #expect(submissions[0]["status"] == "incomplete")
    #expect(submissions[0]["error_message"] == "Phone mismatch")
    #expect(submissions[0]["live_link"] == nil)
    #expect(submissions[1]["live_link"]?.stringValue?.hasPrefix("https://www.yelp.com/biz/") == true)
    #expect(submissions[1]["error_message"] == nil)
    let headers = try synup.withAccount { $0.outbox.deliveries[1].headers }
    #expect(headers.first { $0.name == "X-Synup-Signature" }?.value.hasPrefix("sha256=") == true)
  }

  @Test func everySyncedOrFailedSettingEmitsAndOthersDoNot() throws {
    let synup = try SynupClient()
    try synup.createLocation()
    for status in ["SYNCED", "SYNCED", "IN_PROGRESS", "PENDING_APPROVAL", "FAILED", "AVAILABLE", "COMPLETED"] {
      let reply = synup.mockListing(#"{"locationId":"\#(Self.location1)","site":"314","status":"\#(status)"}"#)
      #expect(try reply.json()["syncStatus"] == .string(status))
    }
    let submissions = try synup.submissions()
    #expect(submissions.map { $0["status"] } == ["success", "success", "incomplete"])
    #expect(submissions[2]["error_message"] == "The partner could not complete the submission")
  }

  @Test func theOverrideShowsItsUrlAndNameOrIdNameTheSite() throws {
    let synup = try SynupClient()
    try synup.createLocation()
    let reply = synup.tenant.send(
      "POST", "/_sim/synup/listings",
      body: #"{"locationId":"\#(Self.location1)","site":6,"status":"SYNCED","listingUrl":"https://fsq.com/x"}"#)
    #expect(try reply.json()["listingUrl"] == "https://fsq.com/x")
    #expect(try synup.submissions().last?["live_link"] == "https://fsq.com/x")
    let byName = synup.mockListing(#"{"locationId":"\#(Self.location1)","site":"hotfrog","status":"AVAILABLE"}"#)
    #expect(try byName.json()["site"]?["name"] == "Hotfrog")
    #expect(try synup.listings(Self.location1)["Foursquare"]?["displayStatus"] == "Live")
  }

  @Test func theOverrideLastsUntilTheNextEpoch() throws {
    let synup = try SynupClient()
    try synup.createLocation()
    _ = synup.mockListing(#"{"locationId":"\#(Self.location1)","site":"yelp.com","status":"SYNCED"}"#)
    try synup.advanceClock("+1h")
    #expect(try synup.listings(Self.location1)["Yelp"]?["syncStatus"] == "SYNCED")
    _ = synup.post("/locations/update", input: #"{"id":"\#(Self.location1)","city":"Oakland"}"#)
    #expect(try synup.listings(Self.location1)["Yelp"]?["syncStatus"] == "REQUIRING_ACTION")
  }

  @Test func anOverriddenListingsPendingAttemptEmitsNothing() throws {
    let synup = try SynupClient()
    try synup.createLocation()
    _ = synup.mockListing(#"{"locationId":"\#(Self.location1)","site":"infobel.com","status":"FAILED"}"#)
    try synup.advanceClock("+3d")
    let infobel = try synup.submissions().filter { $0["data"]?["site"]?["id"] == 314 }
    #expect(infobel.map { $0["status"] } == ["incomplete"])
    #expect(try synup.listings(Self.location1, premium: false)["Infobel"]?["syncStatus"] == "FAILED")
  }

  @Test(arguments: [
    (#"{"site":"yelp.com","status":"SYNCED"}"#, "locationId"),
    (#"{"locationId":"TG9jYXRpb246OQ==","site":"yelp.com","status":"SYNCED"}"#, "locationId"),
    (#"{"locationId":"TG9jYXRpb246MQ==","site":"myspace.com","status":"SYNCED"}"#, "site"),
    (#"{"locationId":"TG9jYXRpb246Mg==","site":"thumbtack.com","status":"SYNCED"}"#, "site"),
    (#"{"locationId":"TG9jYXRpb246MQ==","site":"yelp.com","status":"LIVE"}"#, "status"),
    (#"{"locationId":"TG9jYXRpb246MQ==","site":"yelp.com"}"#, "status"),
  ])
  func aBadItemIsAValidationErrorOnItsField(body: String, field: String) throws {
    let synup = try SynupClient()
    try synup.createLocation()
    try synup.createLocation(["name": "Tea Room", "countryIso": "GB", "stateIso": "ENG", "postalCode": "SW1A 1AA"])
    let reply = synup.mockListing(body)
    #expect(reply.status == 400)
    #expect(try reply.json()["error"] == "validation_error")
    #expect(try reply.json()["field"] == .string(field))
    #expect(reply.headers[ControlRoute.refusalHeader] != nil)
    #expect(try synup.submissions().isEmpty)
  }

  @Test func listingStateSurvivesSaveAndLoad() throws {
    let synup = try SynupClient()
    try synup.createLocation()
    try synup.advanceClock("+1h")
    _ = synup.mockListing(#"{"locationId":"\#(Self.location1)","site":"yelp.com","status":"SYNCED"}"#)
    let saved = synup.tenant.send("GET", "/_sim/tenant-state")
    #expect(saved.status == 200)
    let path = "/locations/\(Self.location1)/listings/premium"
    let before = synup.get(path).text
    try synup.control("/_sim/reset", "{}")
    #expect(synup.tenant.send("PUT", "/_sim/tenant-state", body: saved.text).status == 200)
    #expect(synup.get(path).text == before)
    try synup.advanceClock("+3d")
    #expect(try synup.submissions().count == 1 + SynupListingSyncTests.usAutoSitesButBing.count)
  }
}
