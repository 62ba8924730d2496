import SynJSON
import Testing

@testable import SynSimulator

/// The connected-account reads of synup-sections.md 4.7: the list, details,
/// folders, suggestions and account listings, with the evidenced shapes.
@Suite struct SynupConnectedAccountReadTests {
  /// The location of the evidenced suggestion: Lincoln, Nebraska.
  static let lincoln: [String: JSONValue] = [
    "name": "Greenleaf Bakery", "street": "3201 South St", "city": "Lincoln", "postalCode": "68502",
    "phone": "3125270491", "stateIso": "NE",
  ]

  @Test func aSuggestionIsTheEvidencedRecordFieldForField() throws {
    let synup = try SynupClient()
    try synup.createLocation(Self.lincoln)
    let id = try synup.connectAccount("google", #"{"email":"owner@example.com"}"#)
    let suggestion = try #require(try synup.suggestions(id).first)
    let matchID = try #require(suggestion["matchedDataDatabaseId"]?.stringValue)
    let liveLink = try #require(suggestion["suggestedLocationInfo"]?["liveLink"]?.stringValue)
    #expect(
      suggestion.compactText
        == #"{"accountEmail":"owner@example.com","accountType":"GMB","connectedAccountId":"\#(id)","locationId":"1","#
        + #""locationInfo":{"city":"Lincoln","countryIso":"US","countryName":"United States","name":"Greenleaf Bakery","#
        + #""phone":"3125270491","postalCode":"68502","stateIso":"NE","stateName":"Nebraska","storeCode":null,"#
        + #""street":"3201 South St","street1":null},"matchedDataDatabaseId":"\#(matchID)","#
        + #""suggestedLocationInfo":{"liveLink":"\#(liveLink)","locationInfo":{"city":"Lincoln","country":"US","#
        + #""name":"Greenleaf Bakery","phone":"(312) 527-0491","postalCode":"68502","state":"NE","#
        + #""street":"3201 South St"},"mainAccount":"owner@example.com","mainAccountId":null,"storeCode":null,"#
        + #""subAccount":null,"ownerRole":"PRIMARY_OWNER"}}"#)
  }

  @Test func aFacebookSuggestionIsFBWithNoOwnerRole() throws {
    let synup = try SynupClient()
    try synup.createLocation(["storeId": "S-1"])
    let suggestion = try #require(try synup.suggestions(try synup.connectAccount("facebook")).first)
    #expect(suggestion["accountType"] == "FB")
    #expect(suggestion["locationInfo"]?["storeCode"] == "S-1")
    #expect(suggestion["suggestedLocationInfo"]?["ownerRole"] == .null)
    #expect(suggestion["suggestedLocationInfo"]?["liveLink"] == "https://www.facebook.com/blue-cafe-1")
  }

  @Test func anAccountListingIsTheEvidencedRecord() throws {
    let synup = try SynupClient()
    try synup.createLocation(Self.lincoln)
    let id = try synup.connectAccount()
    let listing = try #require(try synup.accountListings(id).first)
    let account = try synup.account()
    let uuid = try #require(account.connectedAccounts.all.first?.listings.first?.id)
    let base64 = Base64.standard.encode(Array("GmbBulkDataLake:\(uuid.text)".utf8))
    let liveLink = try #require(listing["liveLink"]?.stringValue)
    #expect(
      listing.compactText
        == #"{"accountTypeName":"Google","address":"3201 South St, Lincoln, NE 68502, US","id":"\#(base64)","#
        + #""liveLink":"\#(liveLink)","locationName":"Greenleaf Bakery","phone":"(312) 527-0491","type":null,"#
        + #""ownerRole":"PRIMARY_OWNER"}"#)
  }

  @Test func accountListingsFilterByLocationInfoAndPage() throws {
    let synup = try SynupClient()
    try synup.createLocation(Self.lincoln)
    try synup.createLocations(3)
    let id = try synup.connectAccount()
    let filtered = synup.send(
      "POST", "/connected-accounts/connected-account-listings",
      body: #"{"connectedAccountId":"\#(id)","locationInfo":"LINCOLN"}"#)
    #expect(try synup.records(filtered, "connectedAccountListings").map { $0["locationName"] } == ["Greenleaf Bakery"])
    let wrapped = synup.send(
      "POST", "/connected-accounts/connected-account-listings",
      body: #"{"input":{"connectedAccountId":"\#(id)","page":2,"perPage":3}}"#)
    let page = try synup.data(wrapped, "connectedAccountListings")
    #expect(
      page["pageInfo"]?.compactText
        == #"{"hasNextPage":false,"hasPreviousPage":true,"totalPages":2,"totalRecords":4}"#)
    #expect(page["records"]?.arrayValue?.map { $0["locationName"] } == ["Store 3"])
  }

  @Test func theListIsNewestFirstFilteredAndPaged() throws {
    let synup = try SynupClient()
    let google = try synup.connectAccount("google")
    let facebook = try synup.connectAccount("facebook")
    let all = try synup.data(
      synup.get("/connected-accounts", [("perPage", "1"), ("page", "2")]), "connectedAccountsInfo")
    #expect(
      all["pageInfo"]?.compactText
        == #"{"hasNextPage":false,"hasPreviousPage":true,"totalPages":2,"totalRecords":2}"#)
    #expect(all["records"]?[0]?["connectedAccountId"] == .string(google))
    let newest = try synup.records(synup.get("/connected-accounts"), "connectedAccountsInfo")
    #expect(newest.map { $0["connectedAccountId"] } == [.string(facebook), .string(google)])
    for filter in ["FacebookAccount", "facebook", "FACEBOOK"] {
      let only = try synup.records(synup.get("/connected-accounts", [("publisher", filter)]), "connectedAccountsInfo")
      #expect(only.map { $0["connectedAccountId"] } == [.string(facebook)])
    }
    #expect(
      try synup.records(synup.get("/connected-accounts", [("status", "ConnectionIssue")]), "connectedAccountsInfo")
        .isEmpty)
    #expect(
      try synup.records(synup.get("/connected-accounts", [("status", "Connected")]), "connectedAccountsInfo").count == 2
    )
    let bad = synup.get("/connected-accounts", [("publisher", "Yelp")])
    #expect(bad.status == 400)
    #expect(
      bad.text == #"{"data":{"connectedAccountsInfo":null},"errors":[{"message":"Invalid value for publisher"}]}"#)
  }

  @Test func detailsAreAListRecord() throws {
    let synup = try SynupClient()
    let id = try synup.connectAccount("google", #"{"email":"owner@example.com"}"#)
    let listed = try synup.records(synup.get("/connected-accounts"), "connectedAccountsInfo")
    #expect(try synup.details(id) == listed[0])
  }

  @Test(arguments: [
    "/connected-accounts/00000000-0000-4000-8000-000000000000/details", "/connected-accounts/nope/details",
  ])
  func anUnknownAccountIsSY30036(path: String) throws {
    let reply = try SynupClient().get(path)
    #expect(
      reply.text
        == #"{"data":{"connectedAccountDetails":null},"errors":[{"message":"SY30036: Requested resource not found"}]}"#)
  }

  @Test func unknownAccountsAreSY30036OnEveryRouteNamingOne() throws {
    let synup = try SynupClient()
    let unknown = "00000000-0000-4000-8000-000000000000"
    let message = #"{"message":"SY30036: Requested resource not found"}"#
    #expect(synup.get("/connected-accounts/\(unknown)/folders").text.contains(message))
    #expect(synup.get("/connected-accounts/\(unknown)/connection-suggestions").text.contains(message))
    let listings = synup.send(
      "POST", "/connected-accounts/connected-account-listings", body: #"{"connectedAccountId":"\#(unknown)"}"#)
    #expect(listings.text == #"{"data":{"connectedAccountListings":null},"errors":[\#(message)]}"#)
  }

  @Test func aGoogleAccountHasOneFolderAndFacebookNone() throws {
    let synup = try SynupClient()
    try synup.createLocations(3)
    let google = try synup.connectAccount()
    let folders = try synup.data(synup.get("/connected-accounts/\(google)/folders"), "getFoldersUnderGoogleAccount")
    let folderID = try #require(folders[0]?["folderId"]?.stringValue)
    #expect(folderID.wholeMatch(of: /accounts\/\d{21}/) != nil)
    #expect(folders.compactText == #"[{"name":"Ungrouped","locationCount":3,"folderId":"\#(folderID)"}]"#)
    let named = synup.get("/connected-accounts/\(google)/folders", [("folderName", "ungrouped")])
    #expect(try synup.data(named, "getFoldersUnderGoogleAccount") == folders)
    let other = synup.get("/connected-accounts/\(google)/folders", [("folderName", "Other")])
    #expect(try synup.data(other, "getFoldersUnderGoogleAccount") == [])
    let facebook = try synup.connectAccount("facebook")
    #expect(try synup.data(synup.get("/connected-accounts/\(facebook)/folders"), "getFoldersUnderGoogleAccount") == [])
  }

  @Test func suggestionsPageInLocationOrder() throws {
    let synup = try SynupClient()
    try synup.createLocations(3)
    let id = try synup.connectAccount()
    let page = try synup.data(
      synup.get("/connected-accounts/\(id)/connection-suggestions", [("page", "2"), ("perPage", "2")]),
      "connectionSuggestionsForAccount")
    #expect(
      page["pageInfo"]?.compactText
        == #"{"hasNextPage":false,"hasPreviousPage":true,"totalPages":2,"totalRecords":3}"#)
    #expect(page["records"]?.arrayValue?.map { $0["locationId"] } == ["3"])
    let bad = synup.get("/connected-accounts/\(id)/connection-suggestions", [("perPage", "x")])
    #expect(bad.status == 400)
  }

  @Test func matchingNeedsTheNameAndThePhoneOrPostalCode() throws {
    let synup = try SynupClient()
    let id = try synup.connectAccount()
    try synup.createLocation(["name": "Blue  Café!"])
    try synup.createLocation(["name": "blue cafe", "phone": "4155550000", "postalCode": "10001"])
    try synup.createLocation(["name": "BLUE-CAFE", "phone": "4155550000"])
    // The account's listings came from before these locations: a second approval brings their mirrors.
    try synup.connectAccount("google", #"{"email":"google-owner-1@example.com"}"#)
    let pairs = try synup.suggestions(id).map { suggestion in
      let listingName = suggestion["suggestedLocationInfo"]?["locationInfo"]?["name"]?.stringValue ?? "?"
      return "\(suggestion["locationId"]?.stringValue ?? "?")~\(listingName)"
    }
    // "Blue  Café!" strips to "bluecaf": its postal code is 3's, its name is not. 2 and 3 share a phone.
    #expect(pairs == ["1~Blue  Café!", "2~blue cafe", "2~BLUE-CAFE", "3~blue cafe", "3~BLUE-CAFE"])
  }
}
