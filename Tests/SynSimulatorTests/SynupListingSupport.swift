import SynJSON
import Testing

@testable import SynSimulator

/// What the listing tests share: the account's state, the clock and the emitted submissions.
extension SynupClient {
  /// Runs `body` on the tenant's Synup account.
  func withAccount<Result: Sendable>(_ body: (inout SynupAccount) -> Result) throws -> Result {
    let entry = try #require(tenant.simulator.tenantEntry(forKey: tenant.synupKey))
    return entry.tenant.withState { body(&$0.synup) }
  }

  func advanceClock(_ amount: String) throws {
    try control("/_sim/clock", #"{"advance":"\#(amount)"}"#)
  }

  /// The bodies of every `listing.submission` emitted so far, oldest first.
  func submissions() throws -> [JSONValue] {
    try withAccount { account in
      account.outbox.deliveries.filter { $0.event == "listing.submission" }.map { $0.body }
    }.map { try JSONValue(parsing: $0) }
  }

  /// `data.listingsForLocation` of premium (or additional) listings, by site name.
  func listings(_ location: String, premium: Bool = true) throws -> [String: JSONValue] {
    let path = "/locations/\(location)/listings/\(premium ? "premium" : "additional")"
    let listings = try data(get(path), "listingsForLocation").arrayValue ?? []
    return Dictionary(uniqueKeysWithValues: listings.map { ($0["site"]?["name"]?.stringValue ?? "", $0) })
  }

  /// `POST /_sim/synup/listings` with `body`.
  func mockListing(_ body: String) -> Reply {
    tenant.send("POST", "/_sim/synup/listings", body: body)
  }

  /// Connects location `number` on `siteID` now, straight in the state, as connected accounts will.
  func connect(locationNumber: Int, siteID: Int) throws {
    let entry = try #require(tenant.simulator.tenantEntry(forKey: tenant.synupKey))
    entry.tenant.withState { state in
      state.synup.listingConnections.connect(
        locationNumber: locationNumber, siteID: siteID,
        .init(
          connectedAccountID: SynupClient.connectedAccountID, publisherListingID: SynupClient.connectedAccountID,
          connectedAt: state.now))
    }
  }

  static let connectedAccountID = ResourceID.version4(1, 2)
}
