import SynJSON
import Testing

@testable import SynSimulator

/// Connected accounts from a test (synup-sections.md 4.7): links, the end user's decision, and the account's state.
extension SynupClient {
  static let successURL = "https://app.example.com/ok"
  static let errorURL = "https://app.example.com/fail"

  /// The `url` connect-google (or connect-facebook) answers.
  func connectLink(_ publisher: String = "google") throws -> String {
    let field = publisher == "google" ? "bulkConnectLinkForGoogle" : "bulkConnectLinkForFacebook"
    let reply = post(
      "/connected-accounts/connect-\(publisher)",
      input: #"{"successUrl":"\#(Self.successURL)","errorUrl":"\#(Self.errorURL)"}"#)
    return try #require(try data(reply, field)["url"]?.stringValue)
  }

  /// Opens a connect link and approves it with `mock authorize` items; answers the account's id.
  @discardableResult
  func connectAccount(_ publisher: String = "google", _ items: String = "{}") throws -> String {
    _ = try connectLink(publisher)
    return try #require(try control("/_sim/authorize", items)["connectedAccountId"]?.stringValue)
  }

  /// GET of a link this simulator handed out, with no key, as a browser opens it.
  func open(_ url: String, adding extra: [(String, String)] = []) -> Reply {
    let afterOrigin = url.drop { $0 != "/" }.dropFirst(2).drop { $0 != "/" }
    let path = String(afterOrigin.prefix { $0 != "?" })
    let query = afterOrigin.drop { $0 != "?" }.dropFirst().split(separator: "&").map { pair in
      let parts = pair.split(separator: "=", maxSplits: 1)
      return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
    }
    return tenant.send("GET", path, query: query + extra, key: .none)
  }

  /// The records of `data.<field>`'s page.
  func records(_ reply: Reply, _ field: String) throws -> [JSONValue] {
    try #require(try data(reply, field)["records"]?.arrayValue)
  }

  func suggestions(_ accountID: String) throws -> [JSONValue] {
    try records(get("/connected-accounts/\(accountID)/connection-suggestions"), "connectionSuggestionsForAccount")
  }

  func accountListings(_ accountID: String) throws -> [JSONValue] {
    let reply = send(
      "POST", "/connected-accounts/connected-account-listings", body: #"{"connectedAccountId":"\#(accountID)"}"#)
    return try records(reply, "connectedAccountListings")
  }

  func details(_ accountID: String) throws -> JSONValue {
    try #require(try data(get("/connected-accounts/\(accountID)/details"), "connectedAccountDetails")["details"])
  }

  /// The tenant's Synup account as the simulator holds it.
  func account() throws -> SynupAccount {
    let entry = try #require(tenant.simulator.tenantEntry(forKey: tenant.synupKey))
    return entry.tenant.withState { $0.synup }
  }

  /// The bodies of the webhook events emitted so far, oldest first, as compact JSON.
  /// The bodies of the `connection.*` events emitted so far (listing events are the listings' tests' concern).
  func emittedBodies() throws -> [String] {
    try account().outbox.deliveries.filter { $0.event.hasPrefix("connection.") }.map {
      String(decoding: $0.body, as: UTF8.self)
    }
  }
}
