import SynCatalog
import SynJSON
import Testing

/// The connected-account operations (synup-sections.md 4.7), each called in
/// its success and error forms, for `synupAnswersFitTheirSchemas`.
extension ResponseConformanceTests {
  static func callConnectedAccountOperations(_ client: ConformanceClient, location: JSONValue) {
    let urls: JSONValue = ["successUrl": "https://a.example/ok", "errorUrl": "https://a.example/no"]
    client.call(.synup, "connect google", body: ["input": urls])
    client.call(.synup, "connect google", body: ["input": ["successUrl": "x", "errorUrl": "y"]])
    let google = client.control("authorize", ["extraListings": 1])["connectedAccountId"] ?? .null
    client.call(.synup, "connect facebook", body: ["input": urls])
    client.call(.synup, "connect facebook", body: ["input": ["successUrl": "x", "errorUrl": "y"]])
    let facebook = client.control("authorize", [:])["connectedAccountId"] ?? .null
    let googleID = google.stringValue ?? ""
    client.call(.synup, "list connected-account", query: [("perPage", "1")])
    client.call(.synup, "list connected-account", query: [("publisher", "nope")])
    client.call(.synup, "get connected-account", path: "/api/v4/connected-accounts/\(googleID)/details")
    client.call(.synup, "get connected-account", path: "/api/v4/connected-accounts/nope/details")
    client.call(.synup, "list google-folder", path: "/api/v4/connected-accounts/\(googleID)/folders")
    let suggestions = client.call(
      .synup, "list suggestion", path: "/api/v4/connected-accounts/\(googleID)/connection-suggestions")
    let listings = client.call(.synup, "list account-listing", body: ["connectedAccountId": google])
    client.call(.synup, "list account-listing", body: [:])
    client.call(.synup, "trigger match", body: ["input": ["connectedAccountIds": [google, "nope"]]])
    let suggestion = suggestions["data"]?["connectionSuggestionsForAccount"]?["records"]?.arrayValue?.first?[
      "matchedDataDatabaseId"]
    client.call(.synup, "confirm match", body: ["input": ["matchRecordIds": ["nope", suggestion ?? .null]]])
    let unclaimed = listings["data"]?["connectedAccountListings"]?["records"]?.arrayValue?.last?["id"] ?? .null
    let connect: JSONValue = [
      "locationId": location, "connectedAccountId": google, "connectedAccountListingId": unclaimed,
    ]
    client.call(.synup, "connect listing", body: ["input": connect])
    client.call(.synup, "disconnect listing", body: ["input": ["locationId": location, "site": "GOOGLE"]])
    client.call(.synup, "disconnect oauth-connection", body: ["input": ["locationId": location, "site": "GOOGLE"]])
    client.call(.synup, "connect listing", body: ["input": connect])
    let gmb: JSONValue = ["locationId": location, "connectedAccountId": google]
    client.call(.synup, "create gmb-listing", body: ["input": gmb])
    client.call(
      .synup, "create gmb-listing", body: ["input": ["locationId": location, "connectedAccountId": facebook]])
    var connectURL = urls.objectValue ?? JSONObject()
    connectURL["locationId"] = location
    connectURL["site"] = "FACEBOOK"
    client.call(.synup, "create connect-url", body: ["input": .object(connectURL)])
    connectURL["site"] = "YELP"
    client.call(.synup, "create connect-url", body: ["input": .object(connectURL)])
    client.call(.synup, "disconnect google", body: ["input": ["connectedAccountId": google]])
    client.call(.synup, "disconnect facebook", body: ["input": ["connectedAccountId": facebook]])
    client.call(.synup, "disconnect facebook", body: ["input": ["connectedAccountId": facebook]])
  }
}
