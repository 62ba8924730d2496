import SynJSON

/// GET /locations/{locationId}/listings/premium · additional (synup-sections.md 4.6).
extension SynupAccount {
  /// → `listingsForLocation`: the location's listings on the premium sites, or on the others.
  func listings(of locationID: Substring, premium: Bool, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    let location = try location(inPath: locationID, startingWork: true, at: now)
    let sites = DirectorySite.supporting(location.fields.countryIso).filter { $0.isPremium == premium }
    return .array(sites.map { listingJSON(listingView(of: location, on: $0, at: now), of: location) })
  }

  /// A listing object, keys in 4.6's order.
  func listingJSON(_ view: ListingView, of location: SynupLocation) -> JSONValue {
    let site = view.site
    let number = location.number * 1000 + site.id
    let connected = view.connection != nil
    return [
      "id": .string(RelayID(.listingItem, number).text), "databaseId": .string(String(number)),
      "site": [
        "id": .string(site.relayID.text), "databaseId": .string(String(site.id)), "name": .string(site.name),
        "url": .string(site.url), "syScore": .string(site.syScore),
      ],
      "syncStatus": .string(view.status.rawValue), "displayStatus": .string(view.status.displayStatus(on: site)),
      "actionRequired": .bool(view.status == .requiringAction),
      "listingUrl": view.listingUrl.map(JSONValue.string) ?? .null,
      "connectedAccountId": view.connection.map { .string($0.connectedAccountID.text) } ?? .null,
      "lastUpdate": .string(view.lastUpdate.synupMilliseconds), "indexStatus": .bool(view.status == .synced),
      "syncIssue": view.syncIssue.map(JSONValue.string) ?? .null, "verfied": .bool(connected),
    ]
  }
}
