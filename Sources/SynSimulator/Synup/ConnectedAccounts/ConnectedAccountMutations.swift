import SynJSON

/// The connected-account writes of synup-sections.md 4.7 that act on
/// accounts, suggestions and connections.
extension SynupAccount {
  /// The account `id` names, of `publisher` when given; else shape 2 SY30036.
  func connectedAccount(_ id: String, of publisher: SynupPublisher? = nil) throws(SynupFailure)
    -> SynupConnectedAccount
  {
    guard let uuid = ResourceID(Substring(id)), let account = connectedAccounts.account(uuid),
      publisher.map({ $0 == account.publisher }) ?? true
    else { throw .connectedAccountNotFound }
    return account
  }

  /// trigger-matches: each known account starts a match run due in 60 s;
  /// unknown ids are echoed in `failedIds`.
  mutating func triggerMatches(_ input: SynupInput, at now: Timestamp) -> JSONValue {
    var failedIDs: [String] = []
    for id in input.strings("connectedAccountIds") ?? [] {
      guard let account = try? connectedAccount(id) else {
        failedIDs.append(id)
        continue
      }
      connectedAccounts.update(account.id) { account in
        account.matchStatus = .inProgress
        account.lastFetchMatchesRequestedAt = now
        account.matchDueAt = now.adding(seconds: SynupConnectedAccount.matchRunSeconds)
      }
    }
    return Self.successOrFailedIDs(failedIDs)
  }

  /// confirm-matches: connects each pending suggestion named; the others are
  /// failed, as their bare uuid or, when they do not decode, as sent.
  mutating func confirmMatches(_ input: SynupInput, at now: Timestamp) -> JSONValue {
    var failedIDs: [String] = []
    for text in input.strings("matchRecordIds") ?? [] {
      guard let id = TypedUUID(text) else {
        failedIDs.append(text)
        continue
      }
      let found = connectedAccounts.all.lazy.compactMap { account in
        account.publisher.matchIDType == id.typeName
          ? account.suggestions.first { $0.id == id.uuid }.map { (account, $0) } : nil
      }.first
      guard let (account, suggestion) = found else {
        failedIDs.append(id.uuid.text)
        continue
      }
      connect(locationNumber: suggestion.locationNumber, to: suggestion.listingID, of: account, at: now)
    }
    return Self.successOrFailedIDs(failedIDs)
  }

  /// connect-listing: `{message, success}`, the message naming the first rule broken.
  mutating func connectListing(_ input: SynupInput, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    let location = try location(named: input.string("locationId") ?? "", startingWork: true, at: now)
    let account = try connectedAccount(input.string("connectedAccountId") ?? "")
    let listingID = TypedUUID(input.string("connectedAccountListingId") ?? "")
    let message: String? =
      if let listingID, listingID.typeName == account.publisher.listingIDType, account.listing(listingID.uuid) != nil {
        if locationConnected(to: listingID.uuid, on: account.publisher) != nil {
          "Listing is already connected to a location"
        } else if listingConnections.connection(locationNumber: location.number, siteID: account.publisher.siteID)
          != nil
        {
          "Location is already connected for the site"
        } else {
          nil
        }
      } else {
        "Listing not found"
      }
    if message == nil, let listingID {
      connect(locationNumber: location.number, to: listingID.uuid, of: account, at: now)
    }
    return ["message": message.map(JSONValue.string) ?? .null, "success": .bool(message == nil)]
  }

  /// disconnect-listing and oauth-disconnect: `{clientMutationId, errors, success}`.
  mutating func disconnectListing(_ input: SynupInput, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    let location = try location(named: input.string("locationId") ?? "", startingWork: true, at: now)
    let publisher = try SynupPublisher.named(input.string("site") ?? "")
    guard disconnect(locationNumber: location.number, from: publisher, at: now) else {
      throw .resolver("SY10057:Location is not connected for the site")
    }
    return ["clientMutationId": input.clientMutationId, "errors": .null, "success": true]
  }

  /// disconnect-google / disconnect-facebook: disconnects every location
  /// connected through the account, then removes it with its listings and suggestions.
  mutating func bulkDisconnect(_ publisher: SynupPublisher, _ input: SynupInput, at now: Timestamp)
    throws(SynupFailure) -> JSONValue
  {
    let account = try connectedAccount(input.string("connectedAccountId") ?? "", of: publisher)
    for number in locationsConnected(through: account) {
      disconnect(locationNumber: number, from: publisher, at: now)
    }
    connectedAccounts.remove(account.id)
    return publisher == .google ? ["success": true, "__typename": "BulkDisconnectResult"] : ["success": true]
  }

  private static func successOrFailedIDs(_ failedIDs: [String]) -> JSONValue {
    failedIDs.isEmpty ? ["success": true] : ["success": false, "failedIds": .array(failedIDs.map(JSONValue.string))]
  }
}

extension SynupConnectedAccount {
  /// How long a triggered match run takes (5.3).
  static let matchRunSeconds = 60
}

extension SynupFailure {
  /// An unknown or disconnected connected account [E S2].
  static let connectedAccountNotFound = SynupFailure.resolver("SY30036: Requested resource not found")
}
