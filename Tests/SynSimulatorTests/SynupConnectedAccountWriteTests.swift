import SynJSON
import Testing

@testable import SynSimulator

/// The connected-account writes of synup-sections.md 4.7: confirming matches,
/// connecting and disconnecting listings and accounts, creating a GMB listing,
/// each with its evidenced answers and the `connection.*` webhooks (6.2).
@Suite struct SynupConnectedAccountWriteTests {
  /// A location and a Google account whose mirror of it is suggested: (location id, account id, listing base64 id).
  static func connectableLocation(_ synup: SynupClient) throws -> (String, String, String) {
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let account = try synup.connectAccount()
    let listing = try #require(try synup.accountListings(account).first?["id"]?.stringValue)
    return (location, account, listing)
  }

  static func matchRecordID(_ uuid: String, facebook: Bool = false) -> String {
    Base64.standard.encode(Array("\(facebook ? "Fb" : "Gmb")LocationMatchedData:\(uuid)".utf8))
  }

  @Test func confirmingASuggestionConnectsItsLocationAndEmitsTheWebhook() throws {
    let synup = try SynupClient()
    let (_, account, _) = try Self.connectableLocation(synup)
    let suggestion = try #require(try synup.suggestions(account).first?["matchedDataDatabaseId"]?.stringValue)
    let reply = synup.post(
      "/connected-accounts/confirm-matches", input: #"{"matchRecordIds":["\#(Self.matchRecordID(suggestion))"]}"#)
    #expect(reply.text == #"{"data":{"confirmConnectMatches":{"success":true}}}"#)
    let connection = try #require(try synup.account().listingConnections.connection(locationNumber: 1, siteID: 1))
    #expect(connection.connectedAccountID.text == account)
    #expect(try synup.details(account)["connectedLocationsCount"] == 1)
    #expect(try synup.suggestions(account).isEmpty)
    #expect(
      try synup.emittedBodies()
        == [
          #"{"event":"connection.location_connected","timestamp":"2026-01-01T00:00:00Z","account_id":1,"#
            + #""location_id":"1","data":{"platform":"google","connected_account_id":"\#(account)"}}"#
        ])
    // The connection also completes a sync attempt: Google's listing is live (6.2).
    let submissions = try synup.account().outbox.deliveries.filter { $0.event == "listing.submission" }
    let submission = try JSONValue(parsing: try #require(submissions.last).body)
    #expect(submission["status"] == "success")
    #expect(submission["data"]?["site"]?["id"] == 1)
    #expect(submission["live_link"]?.stringValue?.hasPrefix("https://maps.google.com/maps?cid=") == true)
  }

  @Test func confirmFailuresAreTheBareUUIDOrTheTextAsSent() throws {
    let synup = try SynupClient()
    let (_, account, _) = try Self.connectableLocation(synup)
    let suggestion = try #require(try synup.suggestions(account).first?["matchedDataDatabaseId"]?.stringValue)
    let unknown = "e4fa51db-0000-4000-8000-000000000000"
    let input =
      #"{"matchRecordIds":["\#(Self.matchRecordID(unknown))","not-base64","\#(Self.matchRecordID(suggestion, facebook: true))","\#(Self.matchRecordID(suggestion))"]}"#
    let reply = synup.post("/connected-accounts/confirm-matches", input: input)
    #expect(
      reply.text
        == #"{"data":{"confirmConnectMatches":{"success":false,"failedIds":["\#(unknown)","not-base64","\#(suggestion)"]}}}"#
    )
    #expect(try synup.details(account)["connectedLocationsCount"] == 1)
    let again = synup.post(
      "/connected-accounts/confirm-matches", input: #"{"matchRecordIds":"\#(Self.matchRecordID(suggestion))"}"#)
    #expect(again.text.contains(#""failedIds":["\#(suggestion)"]"#))
  }

  @Test func connectListingAnswersTheEvidencedSuccess() throws {
    let synup = try SynupClient()
    let (location, account, listing) = try Self.connectableLocation(synup)
    let input =
      #"{"locationId":"\#(location)","connectedAccountId":"\#(account)","connectedAccountListingId":"\#(listing)"}"#
    #expect(
      synup.post("/connected-accounts/connect-listing", input: input).text
        == #"{"data":{"connectListing":{"message":null,"success":true}}}"#)
    #expect(try synup.account().listingConnections.connection(locationNumber: 1, siteID: 1) != nil)
  }

  @Test func connectListingFailuresNameTheFirstRuleBroken() throws {
    let synup = try SynupClient()
    let (location, account, listing) = try Self.connectableLocation(synup)
    let second = try #require(try synup.createLocation(["name": "Other"])["id"]?.stringValue)
    func connect(_ location: String, _ listing: String) -> String {
      let input =
        #"{"locationId":"\#(location)","connectedAccountId":"\#(account)","connectedAccountListingId":"\#(listing)"}"#
      return synup.post("/connected-accounts/connect-listing", input: input).text
    }
    func failure(_ message: String) -> String {
      #"{"data":{"connectListing":{"message":"\#(message)","success":false}}}"#
    }
    let facebookID = Base64.standard.encode(
      Array("FbBulkDataLake:\(try #require(ResourceID(Substring(account))).text)".utf8))
    #expect(connect(location, facebookID) == failure("Listing not found"))
    #expect(connect(location, listing).contains(#""success":true"#))
    #expect(connect(second, listing) == failure("Listing is already connected to a location"))
    let extra = try synup.connectAccount("google", #"{"email":"google-owner-1@example.com","extraListings":1}"#)
    let unclaimed = try #require(try synup.accountListings(extra).last?["id"]?.stringValue)
    #expect(connect(location, unclaimed) == failure("Location is already connected for the site"))
    #expect(connect(second, unclaimed).contains(#""success":true"#))
    let unknownLocation = connect("TG9jYXRpb246OQ==", listing)
    #expect(unknownLocation == #"{"data":{"connectListing":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
  }

  @Test(arguments: ["/connected-accounts/disconnect-listing", "/locations/oauth-disconnect"])
  func disconnectingAListingAnswersTheEvidencedShapes(path: String) throws {
    let synup = try SynupClient()
    let (location, account, listing) = try Self.connectableLocation(synup)
    let connect =
      #"{"locationId":"\#(location)","connectedAccountId":"\#(account)","connectedAccountListingId":"\#(listing)"}"#
    _ = synup.post("/connected-accounts/connect-listing", input: connect)
    let input = #"{"locationId":"\#(location)","site":"GOOGLE"}"#
    #expect(
      synup.post(path, input: input).text
        == #"{"data":{"disconnectConnectedAccountsLocations":{"clientMutationId":null,"errors":null,"success":true}}}"#)
    #expect(try synup.account().listingConnections.connection(locationNumber: 1, siteID: 1) == nil)
    #expect(try synup.details(account)["connectedLocationsCount"] == 0)
    #expect(
      try synup.emittedBodies().last
        == #"{"event":"connection.location_disconnected","timestamp":"2026-01-01T00:00:00Z","account_id":1,"#
        + #""location_id":"1","data":{"platform":"google","connected_account_id":"\#(account)"}}"#)
    #expect(
      synup.post(path, input: input).text
        == #"{"data":{"disconnectConnectedAccountsLocations":null},"errors":[{"message":"SY10057:Location is not connected for the site"}]}"#
    )
    #expect(
      synup.post(path, input: #"{"locationId":"\#(location)","site":"YELP"}"#).text
        == #"{"data":{"disconnectConnectedAccountsLocations":null},"errors":[{"message":"SY10056: Site is not valid for the location disconnection"}]}"#
    )
  }

  @Test func disconnectingGoogleDisconnectsItsLocationsAndRemovesIt() throws {
    let synup = try SynupClient()
    let (location, account, listing) = try Self.connectableLocation(synup)
    let connect =
      #"{"locationId":"\#(location)","connectedAccountId":"\#(account)","connectedAccountListingId":"\#(listing)"}"#
    _ = synup.post("/connected-accounts/connect-listing", input: connect)
    let facebookRoute = synup.post(
      "/connected-accounts/disconnect-facebook", input: #"{"connectedAccountId":"\#(account)"}"#)
    #expect(
      facebookRoute.text
        == #"{"data":{"fbBulkDisconnect":null},"errors":[{"message":"SY30036: Requested resource not found"}]}"#)
    let reply = synup.post("/connected-accounts/disconnect-google", input: #"{"connectedAccountId":"\#(account)"}"#)
    #expect(reply.text == #"{"data":{"gmbBulkDisconnect":{"success":true,"__typename":"BulkDisconnectResult"}}}"#)
    #expect(try synup.account().listingConnections.connection(locationNumber: 1, siteID: 1) == nil)
    #expect(try synup.emittedBodies().last?.contains("connection.location_disconnected") == true)
    #expect(synup.get("/connected-accounts/\(account)/details").text.contains("SY30036"))
    #expect(try synup.records(synup.get("/connected-accounts"), "connectedAccountsInfo").isEmpty)
  }

  @Test func disconnectingFacebookAnswersItsOwnShape() throws {
    let synup = try SynupClient()
    let account = try synup.connectAccount("facebook")
    let reply = synup.post("/connected-accounts/disconnect-facebook", input: #"{"connectedAccountId":"\#(account)"}"#)
    #expect(reply.text == #"{"data":{"fbBulkDisconnect":{"success":true}}}"#)
  }

  @Test func aGMBListingFromTheQueryMirrorsAndConnectsTheLocation() throws {
    let synup = try SynupClient()
    let account = try synup.connectAccount()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let reply = synup.send(
      "POST", "/locations/create/gmb-listing", query: [("locationId", location), ("connectedAccountId", account)])
    #expect(reply.text == #"{"data":{"createGmbListingForLocation":{"success":true,"errors":null}}}"#)
    #expect(try synup.account().listingConnections.connection(locationNumber: 1, siteID: 1) != nil)
    #expect(try synup.accountListings(account).map { $0["locationName"] } == ["Blue Cafe"])
  }

  @Test func aGMBListingTakesTheWrappedBodyWhoseFieldsWin() throws {
    let synup = try SynupClient()
    let account = try synup.connectAccount()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let folder = try #require(
      try synup.data(synup.get("/connected-accounts/\(account)/folders"), "getFoldersUnderGoogleAccount")[0]?[
        "folderId"]?.stringValue)
    let reply = synup.send(
      "POST", "/locations/create/gmb-listing",
      body: #"{"input":{"locationId":"\#(location)","connectedAccountId":"\#(account)","folderId":"\#(folder)"}}"#,
      query: [("connectedAccountId", "00000000-0000-4000-8000-000000000000")])
    #expect(reply.text == #"{"data":{"createGmbListingForLocation":{"success":true,"errors":null}}}"#)
  }

  @Test func gmbListingFailuresAreInThePayload() throws {
    let synup = try SynupClient()
    let google = try synup.connectAccount()
    let facebook = try synup.connectAccount("facebook")
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    func create(_ account: String, folder: String? = nil) -> String {
      let folderMember = folder.map { #","folderId":"\#($0)""# } ?? ""
      return synup.send(
        "POST", "/locations/create/gmb-listing",
        body: #"{"input":{"locationId":"\#(location)","connectedAccountId":"\#(account)"\#(folderMember)}}"#
      ).text
    }
    func failure(_ code: String, _ message: String, _ key: String, _ value: String) -> String {
      #"{"data":{"createGmbListingForLocation":{"success":false,"errors":[{"code":"\#(code)","message":"\#(message)","#
        + #""contextInfo":[{"key":"\#(key)","value":"\#(value)"}]}]}}}"#
    }
    #expect(create(facebook) == failure("SY30036", "Requested resource not found", "connectedAccountId", facebook))
    #expect(create(google, folder: "accounts/1") == failure("SY90007", "Resource Not Found", "folderId", "accounts/1"))
    #expect(create(google).contains(#""success":true"#))
    #expect(create(google) == failure("SY90003", "Operation not permitted", "locationId", location))
  }

  @Test func anArchivedLocationIsSY00008() throws {
    let synup = try SynupClient()
    let (location, account, listing) = try Self.connectableLocation(synup)
    _ = synup.post("/locations/archive", input: #"{"locationIds":["\#(location)"]}"#)
    try synup.control("/_sim/clock", #"{"set":"2026-02-01T00:00:00Z"}"#)
    let input =
      #"{"locationId":"\#(location)","connectedAccountId":"\#(account)","connectedAccountListingId":"\#(listing)"}"#
    #expect(
      synup.post("/connected-accounts/connect-listing", input: input).text
        == #"{"data":{"connectListing":null},"errors":[{"message":"SY00008: Location is in archived state"}]}"#)
  }
}
