import SynJSON

/// Connecting a location to a publisher listing and back (synup-sections.md
/// 4.7): the shared `listingConnections` fact, the pending suggestions it
/// makes stale, and the `connection.*` webhooks.
extension SynupAccount {
  /// Connects location `locationNumber` to `listingID` of `account` at `now`.
  mutating func connect(
    locationNumber: Int, to listingID: ResourceID, of account: SynupConnectedAccount, at now: Timestamp
  ) {
    let publisher = account.publisher
    listingConnections.connect(
      locationNumber: locationNumber, siteID: publisher.siteID,
      .init(connectedAccountID: account.id, publisherListingID: listingID, connectedAt: now))
    connectedAccounts.dropSuggestions(of: publisher) {
      $0.locationNumber == locationNumber || $0.listingID == listingID
    }
    // A connection completes a sync attempt at once: the listing is live (6.2).
    if let location = locations.location(RelayID(.location, locationNumber)),
      let site = DirectorySite.withID(publisher.siteID)
    {
      emitListingSubmission(of: location, on: site, .success(liveLink(of: location, on: site)), at: now)
    }
    emitConnectionEvent("connection.location_connected", locationNumber, publisher, account.id, at: now)
  }

  /// Disconnects location `locationNumber` on `publisher`'s site; false when it was not connected.
  @discardableResult
  mutating func disconnect(locationNumber: Int, from publisher: SynupPublisher, at now: Timestamp) -> Bool {
    guard let connection = listingConnections.disconnect(locationNumber: locationNumber, siteID: publisher.siteID)
    else { return false }
    emitConnectionEvent(
      "connection.location_disconnected", locationNumber, publisher, connection.connectedAccountID, at: now)
    return true
  }

  /// The location connected to the publisher listing `listingID`, if any.
  func locationConnected(to listingID: ResourceID, on publisher: SynupPublisher) -> Int? {
    locations.all.first { location in
      listingConnections.connection(locationNumber: location.number, siteID: publisher.siteID)?.publisherListingID
        == listingID
    }?.number
  }

  /// The numbers of the locations connected through `account`.
  func locationsConnected(through account: SynupConnectedAccount) -> [Int] {
    locations.all.map(\.number).filter { number in
      listingConnections.connection(locationNumber: number, siteID: account.publisher.siteID)?.connectedAccountID
        == account.id
    }
  }

  /// The publisher listing a connection names: its live link is the connected listing's (G1).
  func publisherListing(of connection: SynupListingConnections.Connection) -> SynupConnectedAccount.PublisherListing? {
    connectedAccounts.account(connection.connectedAccountID)?.listing(connection.publisherListingID)
  }

  private mutating func emitConnectionEvent(
    _ event: String, _ locationNumber: Int, _ publisher: SynupPublisher, _ accountID: ResourceID, at now: Timestamp
  ) {
    let data: JSONValue = ["platform": .string(publisher.rawValue), "connected_account_id": .string(accountID.text)]
    outbox.emit(event, locationNumber: locationNumber, data: data, at: now)
  }
}

extension SynupConnectedAccounts {
  /// Removes the suggestions of `publisher`'s accounts that `isStale` picks.
  mutating func dropSuggestions(
    of publisher: SynupPublisher, where isStale: (SynupConnectedAccount.Suggestion) -> Bool
  ) {
    for account in all where account.publisher == publisher {
      update(account.id) { $0.suggestions.removeAll(where: isStale) }
    }
  }
}
