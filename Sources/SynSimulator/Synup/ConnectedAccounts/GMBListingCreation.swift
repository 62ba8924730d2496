import SynJSON

/// POST /locations/create/gmb-listing (synup-sections.md 4.7): fields from the
/// query or the wrapped body, body fields winning (2.1).
extension SynupAccount {
  /// Adds a listing mirroring the location to the Google account, and connects
  /// the location to it; `{success, errors}`, with failures in the payload.
  mutating func createGMBListing(_ body: SynupBareBody, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    let location = try location(named: body.text("locationId") ?? "", startingWork: true, at: now)
    let accountID = body.text("connectedAccountId") ?? ""
    guard let account = try? connectedAccount(accountID, of: .google) else {
      return Self.gmbFailure("SY30036", "Requested resource not found", key: "connectedAccountId", value: accountID)
    }
    if let folderID = body.text("folderId"), folderID != account.googleFolderID(dataSeed) {
      return Self.gmbFailure("SY90007", "Resource Not Found", key: "folderId", value: folderID)
    }
    if listingConnections.connection(locationNumber: location.number, siteID: SynupPublisher.google.siteID) != nil {
      return Self.gmbFailure(
        "SY90003", "Operation not permitted", key: "locationId", value: body.text("locationId") ?? "")
    }
    let freeMirror = account.listings.first { listing in
      listing.mirroredLocationNumber == location.number && locationConnected(to: listing.id, on: .google) == nil
    }
    let listing = freeMirror ?? mirrorListing(of: location, on: .google)
    if freeMirror == nil {
      connectedAccounts.update(account.id) { $0.listings.append(listing) }
    }
    connect(locationNumber: location.number, to: listing.id, of: account, at: now)
    return ["success": true, "errors": .null]
  }

  private static func gmbFailure(_ code: String, _ message: String, key: String, value: String) -> JSONValue {
    [
      "success": false,
      "errors": [
        [
          "code": .string(code), "message": .string(message),
          "contextInfo": [["key": .string(key), "value": .string(value)]],
        ]
      ],
    ]
  }
}

extension SynupBareBody {
  /// The field `name` as text (a string, or a number's digits) from the body, else from the query.
  func text(_ name: String) -> String? {
    if let value = self[name], !value.isNull {
      return value.stringValue ?? value.numberValue?.text
    }
    return query.string(name)
  }
}
