/// G6's match run: pairs a connected account's unconnected listings with the
/// live, unconnected locations of the same name and phone or postal code.
extension SynupAccount {
  /// Completes the match run of `accountID` as of `time`: MATCH_COMPLETED and fresh suggestions.
  mutating func completeMatchRun(of accountID: ResourceID, at time: Timestamp) {
    guard let account = connectedAccounts.account(accountID) else { return }
    let siteID = account.publisher.siteID
    let candidates = locations.all.filter { location in
      location.createdAt <= time && location.status(at: time) != .archived
        && listingConnections.connection(locationNumber: location.number, siteID: siteID) == nil
    }
    var suggestions = account.suggestions
    for listing in account.listings where locationConnected(to: listing.id, on: account.publisher) == nil {
      for location in candidates where Self.matches(listing, location.fields) {
        let isPending = suggestions.contains { $0.listingID == listing.id && $0.locationNumber == location.number }
        guard !isPending else { continue }
        suggestions.append(
          .init(id: mintUUID("match"), listingID: listing.id, locationNumber: location.number, createdAt: time))
      }
    }
    connectedAccounts.update(accountID) { account in
      account.suggestions = suggestions
      account.matchStatus = .completed
      account.matchDueAt = nil
    }
  }

  /// Names equal once lower-cased and stripped to `[a-z0-9]`, and phone digits or postal codes equal.
  private static func matches(_ listing: SynupConnectedAccount.PublisherListing, _ location: LocationFields) -> Bool {
    guard strippedName(listing.name) == strippedName(location.name) else { return false }
    let listingDigits = listing.phone.filter(\.isASCIIDigit)
    return (!listingDigits.isEmpty && listingDigits == location.phone)
      || (!listing.postalCode.isEmpty && listing.postalCode == location.postalCode)
  }

  private static func strippedName(_ name: String) -> String {
    name.lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool {
    isASCII && isNumber
  }
}
