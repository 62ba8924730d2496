import SynJSON

/// How connected accounts, their listings and suggestions print (synup-sections.md 4.7).
extension SynupAccount {
  /// A list record, and the details' `details`.
  func json(of account: SynupConnectedAccount) -> JSONValue {
    [
      "connectedAccountId": .string(account.id.text), "connectedAccountType": .string(account.publisher.accountType),
      "connectedLocationsCount": .int(locationsConnected(through: account).count), "connectivityIssue": .null,
      "email": .string(account.email),
      "lastFetchMatchesRequestedAt": .string(account.lastFetchMatchesRequestedAt.synupDateTime),
      "requestMatches": true, "requestMatchesStatus": .string(account.matchStatus.rawValue), "status": "CONNECTED",
      "remarks": "",
    ]
  }

  /// A record of connected-account-listings.
  static func json(of listing: SynupConnectedAccount.PublisherListing, on publisher: SynupPublisher) -> JSONValue {
    [
      "accountTypeName": .string(publisher.displayName), "address": .string(listing.address),
      "id": .string(TypedUUID(typeName: publisher.listingIDType, uuid: listing.id).text),
      "liveLink": .string(listing.liveLink), "locationName": .string(listing.name), "phone": .string(listing.phone),
      "type": .null, "ownerRole": publisher.ownerRole,
    ]
  }

  /// A record of connection-suggestions: the location as it is now, and the listing it may be.
  func json(of suggestion: SynupConnectedAccount.Suggestion, in account: SynupConnectedAccount) -> JSONValue? {
    guard let location = locations.location(RelayID(.location, suggestion.locationNumber)),
      let listing = account.listing(suggestion.listingID)
    else { return nil }
    let fields = location.fields
    return [
      "accountEmail": .string(account.email), "accountType": .string(account.publisher.shortAccountType),
      "connectedAccountId": .string(account.id.text), "locationId": .string(String(location.number)),
      "locationInfo": [
        "city": .string(fields.city), "countryIso": .string(fields.countryIso),
        "countryName": Countries.names.first { $0.iso == fields.countryIso }.map { .string($0.name) } ?? .null,
        "name": .string(fields.name), "phone": .string(fields.phone), "postalCode": .string(fields.postalCode),
        "stateIso": .string(fields.stateIso),
        "stateName": Countries.states[fields.countryIso]?[fields.stateIso].map(JSONValue.string) ?? .null,
        "storeCode": fields.storeId.map(JSONValue.string) ?? .null, "street": .string(fields.street),
        "street1": .null,
      ],
      "matchedDataDatabaseId": .string(suggestion.id.text),
      "suggestedLocationInfo": [
        "liveLink": .string(listing.liveLink),
        "locationInfo": [
          "city": .string(listing.city), "country": .string(listing.countryIso), "name": .string(listing.name),
          "phone": .string(listing.phone), "postalCode": .string(listing.postalCode),
          "state": .string(listing.stateIso), "street": .string(listing.street),
        ],
        "mainAccount": .string(account.email), "mainAccountId": .null, "storeCode": .null, "subAccount": .null,
        "ownerRole": account.publisher.ownerRole,
      ],
    ]
  }
}

extension SynupPublisher {
  /// `PRIMARY_OWNER` for a Google listing; null for a Facebook page.
  var ownerRole: JSONValue {
    self == .google ? "PRIMARY_OWNER" : .null
  }
}

extension SynupConnectedAccount.PublisherListing {
  /// `3201 South St, Lincoln, NE 68502, US`, leaving out what is empty.
  var address: String {
    [street, city, "\(stateIso) \(postalCode)".trimmingSpaces, countryIso].filter { !$0.isEmpty }.joined(
      separator: ", ")
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}

extension SynupConnectedAccount {
  /// Its one folder's id, `accounts/<21 digits>` (G6 gives a Google account one folder).
  func googleFolderID(_ seed: DataSeed) -> String {
    let halves = ["hi", "lo"].map { half in
      let digits = String(seed.hash("gfolder", id.text, half) % 10_000_000_000)
      return String(repeating: "0", count: 10 - digits.count) + digits
    }
    return "accounts/1" + halves.joined()
  }
}
