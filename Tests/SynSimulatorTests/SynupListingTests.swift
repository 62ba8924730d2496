import SynJSON
import Testing

@testable import SynSimulator

/// GET premium · additional listings and voice assistants (synup-sections.md
/// 4.6), their statuses derived by G1, and the errors of 2.3.
@Suite struct SynupListingTests {
  static let location1 = "TG9jYXRpb246MQ=="

  @Test func aNewLocationsYelpListingIsTheExampleFieldForField() throws {
    let synup = try SynupClient()
    try synup.createLocation()
    let reply = synup.get("/locations/\(Self.location1)/listings/premium")
    let listings = try synup.data(reply, "listingsForLocation")
    #expect(
      listings[1]?.compactText
        == #"{"id":"TGlzdGluZ0l0ZW06MTAwMg==","databaseId":"1002","#
        + #""site":{"id":"U2l0ZToy","databaseId":"2","name":"Yelp","url":"yelp.com","syScore":"9"},"#
        + #""syncStatus":"REQUIRING_ACTION","displayStatus":"Claim required","actionRequired":true,"listingUrl":null,"#
        + #""connectedAccountId":null,"lastUpdate":"2026-01-01T00:00:00.000Z","indexStatus":false,"syncIssue":null,"#
        + #""verfied":false}"#)
  }

  @Test func premiumAndAdditionalSplitTheSitesOfTheCountryInTableOrder() throws {
    let synup = try SynupClient()
    let us = try #require(try synup.createLocation()["id"]?.stringValue)
    let gb = try #require(
      try synup.createLocation(["name": "Tea Room", "countryIso": "GB", "stateIso": "ENG", "postalCode": "SW1A 1AA"])[
        "id"]?.stringValue)
    func names(_ location: String, premium: Bool) throws -> [String] {
      let path = "/locations/\(location)/listings/\(premium ? "premium" : "additional")"
      return try synup.data(synup.get(path), "listingsForLocation").arrayValue!.map {
        $0["site"]!["name"]!.stringValue!
      }
    }
    #expect(
      try names(us, premium: true) == ["Google", "Yelp", "Facebook", "Bing", "Apple Maps", "Foursquare", "Thumbtack"])
    #expect(try names(us, premium: false) == ["Hotfrog", "Judys Book", "OpenDi.us", "Infobel"])
    #expect(try names(gb, premium: true) == ["Google", "Yelp", "Facebook", "Bing", "Apple Maps", "Foursquare"])
    #expect(try names(gb, premium: false) == ["Hotfrog", "Infobel"])
  }

  @Test func aNewLocationShowsEachModesFirstStatus() throws {
    let synup = try SynupClient()
    try synup.createLocation()
    let listings = try synup.listings(Self.location1)
    #expect(listings["Google"]?["syncStatus"] == "REQUIRING_ACTION")
    #expect(listings["Google"]?["displayStatus"] == "Connect account")
    #expect(listings["Facebook"]?["displayStatus"] == "Connect account")
    #expect(listings["Bing"]?["syncStatus"] == "IN_PROGRESS")
    #expect(listings["Bing"]?["displayStatus"] == "Submitted")
    #expect(listings["Bing"]?["actionRequired"] == false)
  }

  @Test func aConnectedGoogleListingIsLiveAndVerified() throws {
    let synup = try SynupClient()
    try synup.createLocation()
    try synup.advanceClock("+1h")
    try synup.connect(locationNumber: 1, siteID: DirectorySite.google)
    let google = try #require(try synup.listings(Self.location1)["Google"])
    #expect(google["syncStatus"] == "SYNCED")
    #expect(google["displayStatus"] == "Live")
    #expect(google["verfied"] == true)
    #expect(google["indexStatus"] == true)
    #expect(google["connectedAccountId"] == .string(SynupClient.connectedAccountID.text))
    #expect(google["lastUpdate"] == "2026-01-01T01:00:00.000Z")
    #expect(google["listingUrl"]?.stringValue?.hasPrefix("https://maps.google.com/maps?cid=") == true)
    #expect(google["listingUrl"]?.stringValue?.count == "https://maps.google.com/maps?cid=".count + 19)
    let voice = try synup.data(synup.get("/locations/\(Self.location1)/voice-assistants"), "voiceAssistantsForLocation")
    #expect(voice[0]?["syncStatus"] == "COMPLETED")
    #expect(voice[0]?["connectedAccountId"] == .string(SynupClient.connectedAccountID.text))
  }

  @Test func aConnectedListingResyncsFiveMinutesAfterAnUpdate() throws {
    let synup = try SynupClient()
    let id = try #require(try synup.createLocation()["id"]?.stringValue)
    try synup.connect(locationNumber: 1, siteID: DirectorySite.google)
    try synup.advanceClock("+80h")
    let before = try synup.submissions().count
    _ = synup.post("/locations/update", input: #"{"id":"\#(id)","city":"Oakland"}"#)
    try synup.advanceClock("+4m")
    #expect(try synup.submissions().count == before)
    try synup.advanceClock("+1m")
    let google = try synup.submissions().filter { $0["data"]?["site"]?["id"] == 1 }
    #expect(google.count == 1)
    #expect(google.first?["status"] == "success")
    #expect(try synup.listings(id)["Google"]?["lastUpdate"] == "2026-01-04T08:05:00.000Z")
  }

  @Test func voiceAssistantsAreTheExampleAndFollowTheirBackingSites() throws {
    let synup = try SynupClient()
    try synup.createLocation()
    let reply = synup.get("/locations/\(Self.location1)/voice-assistants")
    let voice = try synup.data(reply, "voiceAssistantsForLocation")
    #expect(
      voice[0]?.compactText
        == #"{"databaseId":"1901","actionRequired":false,"connectedAccountId":null,"errors":[],"#
        + #""voiceIdentifier":"GOOGLE_ASSISTANT","name":"Google Assistant","syncStatus":"IN_PROGRESS","#
        + #""syncIssue":null,"__typename":"VoiceAssistant"}"#)
    #expect(
      voice.arrayValue?.map { $0["name"]!.stringValue! } == ["Google Assistant", "Cortana", "Alexa", "Siri", "Bixby"])
    #expect(voice.arrayValue?.map { $0["databaseId"]!.stringValue! } == ["1901", "1902", "1903", "1904", "1905"])
    _ = synup.mockListing(#"{"locationId":"\#(Self.location1)","site":"foursquare.com","status":"FAILED"}"#)
    _ = synup.mockListing(#"{"locationId":"\#(Self.location1)","site":"Apple Maps","status":"SYNCED"}"#)
    let after = try synup.data(synup.get("/locations/\(Self.location1)/voice-assistants"), "voiceAssistantsForLocation")
    #expect(after[3]?["syncStatus"] == "COMPLETED")
    #expect(after[4]?["syncStatus"] == "FAILED")
    #expect(after[1]?["syncStatus"] == "IN_PROGRESS")
  }

  @Test(arguments: [
    "/listings/premium", "/listings/additional", "/voice-assistants", "/listings/duplicates", "/ai-listings",
  ])
  func everyReadFailsOnABadOrArchivedLocation(suffix: String) throws {
    let synup = try SynupClient()
    let id = try #require(try synup.createLocation()["id"]?.stringValue)
    let field = try #require(SynupListingTests.fields[suffix])
    for bad in ["nope", "TG9jYXRpb246OQ=="] {
      let reply = synup.get("/locations/\(bad)\(suffix)")
      #expect(reply.text == #"{"data":{"\#(field)":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
    }
    _ = synup.post("/locations/archive", input: #"{"locationIds":["\#(id)"]}"#)
    #expect(synup.get("/locations/\(id)\(suffix)").status == 200)
    try synup.setClock("2026-02-01T00:00:00Z")
    #expect(
      synup.get("/locations/\(id)\(suffix)").text
        == #"{"data":{"\#(field)":null},"errors":[{"message":"SY00008: Location is in archived state"}]}"#)
  }

  @Test func listingsAreSimulatedNow() throws {
    let synup = try SynupClient()
    let path = "/locations/\(Self.location1)/listings/premium"
    #expect(synup.get(path).status == 200)
    let unauthorized = synup.get(path, key: "wrong")
    #expect(unauthorized.status == 401)
    #expect(
      unauthorized.text == #"{"data":{"listingsForLocation":null},"errors":[{"message":"SY90005:Invalid token"}]}"#)
  }

  @Test func aPercentEncodedLocationIdIsRead() throws {
    let synup = try SynupClient()
    try synup.createLocation()
    let listings = try synup.data(synup.get("/locations/TG9jYXRpb246MQ%3D%3D/listings/premium"), "listingsForLocation")
    #expect(listings.arrayValue?.count == 7)
  }

  static let fields = [
    "/listings/premium": "listingsForLocation", "/listings/additional": "listingsForLocation",
    "/voice-assistants": "voiceAssistantsForLocation", "/listings/duplicates": "duplicateListingsForLocation",
    "/ai-listings": "fetchAiListings",
  ]
}
