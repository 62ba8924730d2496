/// Which of the account's locations are connected to a publisher listing, per
/// directory site (synup-sections.md 5.1 `listingState.connection`). Connected
/// accounts (4.7) make and break connections; listing statuses (G1), Google
/// and Facebook analytics (7 #12) and review streams (G5) read them.
struct SynupListingConnections: Sendable, Codable {
  /// A location's connection on one site.
  struct Connection: Sendable, Codable, Equatable {
    let connectedAccountID: ResourceID
    let publisherListingID: ResourceID
    let connectedAt: Timestamp
  }

  private struct Key: Hashable, Sendable, Codable {
    let locationNumber: Int
    let siteID: Int
  }

  private var connections: [Key: Connection] = [:]

  /// The connection of location `locationNumber` on site `siteID` (Appendix A ids: Google 1, Facebook 3).
  func connection(locationNumber: Int, siteID: Int) -> Connection? {
    connections[Key(locationNumber: locationNumber, siteID: siteID)]
  }

  mutating func connect(locationNumber: Int, siteID: Int, _ connection: Connection) {
    connections[Key(locationNumber: locationNumber, siteID: siteID)] = connection
  }

  /// Removes the connection and answers it; nil when there was none.
  @discardableResult
  mutating func disconnect(locationNumber: Int, siteID: Int) -> Connection? {
    connections.removeValue(forKey: Key(locationNumber: locationNumber, siteID: siteID))
  }
}
