import SynJSON
import Synchronization
import Testing

@testable import SynSimulator

/// Helpers of the review and review-campaign tests (synup-sections.md 4.10, 4.5).
extension SynupClient {
  /// Runs `body` on the tenant's Synup account, as a test that needs state no route makes yet (a connection).
  func withAccount<Result>(_ body: (inout SynupAccount) -> Result) throws -> Result {
    let number = try #require(Int(tenant.tenantID.dropFirst()))
    let owner = try #require(tenant.simulator.directory.withLock { $0.tenant(number: number) })
    var result: Result?
    owner.withState { state in result = body(&state.synup) }
    return try #require(result)
  }

  /// `mock review` with `items`, answering the stored review.
  @discardableResult
  func injectReview(_ items: JSONValue) throws -> JSONValue {
    try control("/_sim/synup/reviews", items.compactText)
  }

  /// The interaction events the outbox holds (not the listings' own), oldest first: `(event, parsed body)`.
  func deliveries() throws -> [(event: String, body: JSONValue)] {
    try withAccount { account in
      account.outbox.deliveries.filter { $0.event.hasPrefix("interaction.") }.map {
        ($0.event, (try? JSONValue(parsing: $0.body)) ?? .null)
      }
    }
  }

  /// Connects the location's Google (site 1) or Facebook (site 3) listing at `time`, as connected accounts will.
  func connect(locationNumber: Int, siteID: Int, at time: Timestamp) throws {
    try withAccount { account in
      account.listingConnections.connect(
        locationNumber: locationNumber, siteID: siteID,
        .init(
          connectedAccountID: ResourceID(high: 1, low: 1), publisherListingID: ResourceID(high: 2, low: 2),
          connectedAt: time))
    }
  }
}
