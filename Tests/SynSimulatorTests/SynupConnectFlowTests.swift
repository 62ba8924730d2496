import SynHTTP
import SynJSON
import Testing

@testable import SynSimulator

/// The connect links of synup-sections.md 4.7 and their end user (5.6): the
/// mock page and `mock authorize`, then the account, its listings and matches.
@Suite struct SynupConnectFlowTests {
  @Test func connectGoogleAnswersTheEvidencedShape() throws {
    let synup = try SynupClient()
    let reply = synup.post(
      "/connected-accounts/connect-google",
      input: #"{"successUrl":"https://a.example/ok","errorUrl":"https://a.example/no"}"#)
    let url = try #require(try synup.data(reply, "bulkConnectLinkForGoogle")["url"]?.stringValue)
    let prefix = "http://localhost/mock/synup/connect/google_oauth2?onboarding=false&platform=local&token="
    #expect(url.hasPrefix(prefix))
    let tokenPattern = /t\d+_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/
    #expect(try tokenPattern.wholeMatch(in: String(url.dropFirst(prefix.count))) != nil)
    #expect(
      reply.text
        == #"{"data":{"bulkConnectLinkForGoogle":{"clientMutationId":null,"errors":null,"success":true,"url":"\#(url)"}}}"#
    )
  }

  @Test func connectFacebookHasNoClientMutationIdAndItsOwnPath() throws {
    let synup = try SynupClient()
    let reply = synup.post(
      "/connected-accounts/connect-facebook",
      input: #"{"successUrl":"https://a.example/ok","errorUrl":"https://a.example/no"}"#)
    let answer = try synup.data(reply, "bulkConnectLinkForFacebook")
    #expect(answer.objectValue?.keys == ["errors", "success", "url"])
    #expect(
      answer["url"]?.stringValue?.hasPrefix("http://localhost/mock/synup/connect/facebook?onboarding=false") == true)
  }

  @Test func theLinkLeadsBackToTheOriginTheRequestCameTo() throws {
    let synup = try SynupClient()
    let reply = synup.tenant.send(
      "POST", "/api/v4/connected-accounts/connect-google",
      body: #"{"input":{"successUrl":"https://a.example/ok","errorUrl":"https://a.example/no"}}"#,
      headers: [("Authorization", "API \(synup.tenant.synupKey)"), ("Host", "127.0.0.1:8080")], key: .none)
    let url = try synup.data(reply, "bulkConnectLinkForGoogle")["url"]?.stringValue
    #expect(url?.hasPrefix("http://127.0.0.1:8080/mock/synup/connect/google_oauth2?") == true)
  }

  @Test(arguments: [
    (#"{"successUrl":"ftp://a.example","errorUrl":"https://a.example/no"}"#, "successUrl", "ftp://a.example"),
    (#"{"successUrl":"https://a.example","errorUrl":"/relative"}"#, "errorUrl", "/relative"),
  ])
  func aURLThatIsNotAbsoluteHTTPIsSY81022(input: String, key: String, value: String) throws {
    let synup = try SynupClient()
    let reply = synup.post("/connected-accounts/connect-google", input: input)
    #expect(
      reply.text
        == #"{"data":{"bulkConnectLinkForGoogle":{"clientMutationId":null,"errors":[{"code":"SY81022","#
        + #""message":"Invalid Success or Error URL","contextInfo":[{"key":"\#(key)","value":"\#(value)"}]}],"#
        + #""success":false,"url":null}}}"#)
  }

  @Test func approvingOnThePageRedirectsAndListsTheAccountWithItsMirrors() throws {
    let synup = try SynupClient()
    try synup.createLocations(2)
    let link = try synup.connectLink()
    let page = synup.open(link)
    #expect(page.status == 302)
    let location = try #require(page.headers["Location"])
    #expect(location.hasPrefix(SynupClient.successURL + "?connectedAccountId="))
    let accountID = String(location.dropFirst((SynupClient.successURL + "?connectedAccountId=").count))
    let listed = try synup.records(synup.get("/connected-accounts"), "connectedAccountsInfo")
    #expect(listed.count == 1)
    #expect(
      listed[0].compactText
        == #"{"connectedAccountId":"\#(accountID)","connectedAccountType":"GoogleAccount","connectedLocationsCount":0,"#
        + #""connectivityIssue":null,"email":"google-owner-1@example.com","#
        + #""lastFetchMatchesRequestedAt":"2026-01-01 00:00:00 UTC","requestMatches":true,"#
        + #""requestMatchesStatus":"MATCH_COMPLETED","status":"CONNECTED","remarks":""}"#)
    let listings = try synup.accountListings(accountID)
    #expect(listings.map { $0["locationName"] } == ["Store 1", "Store 2"])
    #expect(listings[0]["address"] == "1 Main St, San Francisco, CA 94105, US")
    #expect(listings[0]["phone"] == "(415) 555-1239")
    #expect(listings[0]["ownerRole"] == "PRIMARY_OWNER")
    #expect(
      listings[0]["liveLink"]?.stringValue?.wholeMatch(of: /https:\/\/maps\.google\.com\/maps\?cid=\d{19}/) != nil)
    #expect(try synup.suggestions(accountID).map { $0["locationId"] } == ["1", "2"])
  }

  @Test func aUsedUnknownOrExpiredTokenIsInvalidState() throws {
    let synup = try SynupClient()
    let link = try synup.connectLink()
    #expect(synup.open(link).status == 302)
    let used = synup.open(link)
    #expect(used.status == 400)
    #expect(try used.json()["error"] == "invalid_state")
    #expect(
      synup.tenant.send("GET", "/mock/synup/connect/google_oauth2", query: [("token", "t1_nope")], key: .none).status
        == 400)
    let expiring = try synup.connectLink()
    try synup.control("/_sim/clock", #"{"advanceSeconds":86400}"#)
    #expect(try synup.open(expiring).json()["error"] == "invalid_state")
  }

  @Test func theFacebookPageDoesNotTakeAGoogleToken() throws {
    let synup = try SynupClient()
    let link = try synup.connectLink()
    let wrongPage = link.replacing("/google_oauth2?", with: "/facebook?")
    #expect(try synup.open(wrongPage).json()["error"] == "invalid_state")
    #expect(synup.open(link).status == 302)
  }

  @Test func denyingRedirectsToTheErrorURLAndConnectsNothing() throws {
    let synup = try SynupClient()
    let link = try synup.connectLink()
    let page = synup.open(link, adding: [("decision", "deny")])
    #expect(page.headers["Location"] == SynupClient.errorURL + "?error=access_denied")
    _ = try synup.connectLink()
    let answer = try synup.control("/_sim/authorize", #"{"decision":"deny"}"#)
    #expect(
      answer.compactText == #"{"error":"access_denied","redirect":"https://app.example.com/fail?error=access_denied"}"#)
    #expect(try synup.records(synup.get("/connected-accounts"), "connectedAccountsInfo").isEmpty)
  }

  @Test func mockAuthorizeAnswersTheAccountAndTheRedirect() throws {
    let synup = try SynupClient()
    _ = try synup.connectLink("facebook")
    let answer = try synup.control("/_sim/authorize", #"{"email":"owner@example.com","extraListings":2}"#)
    let id = try #require(answer["connectedAccountId"]?.stringValue)
    #expect(
      answer.compactText
        == #"{"connectedAccountId":"\#(id)","connectedAccountType":"FacebookAccount","email":"owner@example.com","#
        + #""redirect":"https://app.example.com/ok?connectedAccountId=\#(id)"}"#)
    let listings = try synup.accountListings(id)
    #expect(listings.map { $0["locationName"] } == ["Unclaimed listing 1", "Unclaimed listing 2"])
    #expect(listings[0]["accountTypeName"] == "Facebook")
    #expect(listings[0]["ownerRole"] == .null)
  }

  @Test func theSameEmailReusesItsAccount() throws {
    let synup = try SynupClient()
    let first = try synup.connectAccount("google", #"{"email":"a@example.com"}"#)
    try synup.createLocation()
    let second = try synup.connectAccount("google", #"{"email":"a@example.com","extraListings":"1"}"#)
    #expect(first == second)
    #expect(try synup.accountListings(first).count == 2)
    #expect(try synup.records(synup.get("/connected-accounts"), "connectedAccountsInfo").count == 1)
    #expect(try synup.connectAccount("facebook", #"{"email":"a@example.com"}"#) != first)
  }

  @Test func theLatestPendingFlowOfEitherAPIIsAuthorized() throws {
    let synup = try SynupClient()
    try synup.tenant.startConnect()
    _ = try synup.connectLink()
    #expect(try synup.control("/_sim/authorize", "{}")["connectedAccountType"] == "GoogleAccount")
    #expect(try synup.control("/_sim/authorize", "{}")["platform"] == "twitter")
    try synup.control("/_sim/clock", #"{"advanceSeconds":1}"#)
    _ = try synup.connectLink()
    try synup.control("/_sim/clock", #"{"advanceSeconds":1}"#)
    try synup.tenant.startConnect()
    #expect(try synup.control("/_sim/authorize", "{}")["platform"] == "twitter")
    #expect(try synup.control("/_sim/authorize", "{}")["connectedAccountType"] == "GoogleAccount")
  }

  @Test func withOnlyEndedSynupFlowsMockAuthorizeIsTheLinksInvalidState() throws {
    let synup = try SynupClient()
    try synup.connectAccount()
    let reply = synup.tenant.send("POST", "/_sim/authorize", body: "{}")
    #expect(reply.status == 400)
    #expect(try reply.json()["error"] == "invalid_state")
  }

  @Test func aBadExtraListingsIsAValidationError() throws {
    let synup = try SynupClient()
    _ = try synup.connectLink()
    let reply = synup.tenant.send("POST", "/_sim/authorize", body: #"{"extraListings":101}"#)
    #expect(reply.status == 400)
    #expect(try reply.json()["field"] == "extraListings")
  }

  @Test func anOAuthConnectURLConnectsItsLocationDirectly() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let reply = synup.post(
      "/locations/oauth_connect_url",
      input:
        #"{"locationId":"\#(location)","site":"GOOGLE","successUrl":"https://a.example/ok","errorUrl":"https://a.example/no"}"#
    )
    let answer = try synup.data(reply, "connectUrl")
    #expect(try synup.data(reply, "createConnectUrl") == answer)
    #expect(answer.objectValue?.keys == ["success", "errors", "url"])
    let url = try #require(answer["url"]?.stringValue)
    #expect(url.hasSuffix("&location=1"))
    #expect(synup.open(url).status == 302)
    let account = try synup.account()
    let connection = try #require(account.listingConnections.connection(locationNumber: 1, siteID: 1))
    #expect(try synup.details(connection.connectedAccountID.text)["connectedLocationsCount"] == 1)
    #expect(try synup.suggestions(connection.connectedAccountID.text).isEmpty)
  }

  @Test func anOAuthConnectURLNeedsAKnownLocationAndSite() throws {
    let synup = try SynupClient()
    let unknown = synup.post(
      "/locations/oauth_connect_url",
      input: #"{"locationId":"TG9jYXRpb246OQ==","site":"GOOGLE","successUrl":"https://a/ok","errorUrl":"https://a/no"}"#
    )
    #expect(unknown.text == #"{"data":{"connectUrl":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let yelp = synup.post(
      "/locations/oauth_connect_url",
      input: #"{"locationId":"\#(location)","site":"YELP","successUrl":"https://a/ok","errorUrl":"https://a/no"}"#)
    #expect(yelp.text.contains("SY10056"))
  }
}
