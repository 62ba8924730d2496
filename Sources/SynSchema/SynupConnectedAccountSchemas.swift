import SynCatalog
import SynJSON

/// The answers of the connected-account operations (synup-sections.md 4.7).
extension SynupResponses {
  static func connectedAccountValue(of id: SynupOperationID) -> JSONValue? {
    let failedIDs = S.object([("success", S.boolean), ("failedIds", S.array(S.string))], optional: ["failedIds"])
    let payloadError = S.array(S.ref("ConnectedAccountError"))
    switch id {
    case .connectGoogle:
      return S.object([
        ("clientMutationId", clientMutationId), ("errors", S.nullable(payloadError)), ("success", S.boolean),
        ("url", S.nullable(S.string)),
      ])
    case .connectFacebook:
      return S.object([("errors", S.nullable(payloadError)), ("success", S.boolean), ("url", S.nullable(S.string))])
    case .createConnectURL:
      return S.object([("success", S.boolean), ("errors", S.nullable(payloadError)), ("url", S.nullable(S.string))])
    case .disconnectGoogle:
      return S.object([("success", S.boolean), ("__typename", S.constant("BulkDisconnectResult"))])
    case .disconnectFacebook: return S.object([("success", S.boolean)])
    case .listConnectedAccounts: return pageOf("ConnectedAccount")
    case .getConnectedAccount: return S.object([("details", S.ref("ConnectedAccount"))])
    case .listGoogleFolders:
      return S.array(S.object([("name", S.string), ("locationCount", S.integer), ("folderId", S.string)]))
    case .listSuggestions: return pageOf("ConnectionSuggestion")
    case .listAccountListings: return pageOf("ConnectedAccountListing")
    case .triggerMatches, .confirmMatches: return failedIDs
    case .connectListing: return S.object([("message", S.nullable(S.string)), ("success", S.boolean)])
    case .disconnectListing, .disconnectOAuthConnection:
      return S.object([("clientMutationId", clientMutationId), ("errors", S.null), ("success", S.boolean)])
    case .createGMBListing: return S.object([("success", S.boolean), ("errors", S.nullable(payloadError))])
    default: return nil
    }
  }

  /// The page-number family's answer (2.5).
  private static func pageOf(_ component: String) -> JSONValue {
    S.object([("pageInfo", S.ref("ConnectedAccountPageInfo")), ("records", S.array(S.ref(component)))])
  }
}

extension SynupSchemas {
  static let connectedAccounts: [(String, JSONValue)] = [
    (
      "ConnectedAccountPageInfo",
      S.object([
        ("hasNextPage", S.boolean), ("hasPreviousPage", S.boolean), ("totalPages", S.integer),
        ("totalRecords", S.integer),
      ])
    ),
    (
      "ConnectedAccountError",
      S.object([
        ("code", S.string), ("message", S.string),
        ("contextInfo", S.array(S.object([("key", S.string), ("value", S.string)]))),
      ])
    ),
    (
      "ConnectedAccount",
      S.object([
        ("connectedAccountId", S.uuid), ("connectedAccountType", S.enumeration(["GoogleAccount", "FacebookAccount"])),
        ("connectedLocationsCount", S.integer), ("connectivityIssue", S.null), ("email", S.string),
        ("lastFetchMatchesRequestedAt", synupTime), ("requestMatches", S.boolean),
        ("requestMatchesStatus", S.enumeration(["MATCH_IN_PROGRESS", "MATCH_COMPLETED", "MATCH_FAILED"])),
        ("status", S.constant("CONNECTED")), ("remarks", S.string),
      ])
    ),
    (
      "ConnectedAccountListing",
      S.object([
        ("accountTypeName", S.enumeration(["Google", "Facebook"])), ("address", S.string), ("id", S.string),
        ("liveLink", S.string), ("locationName", S.string), ("phone", S.string), ("type", S.null),
        ("ownerRole", S.nullable(S.constant("PRIMARY_OWNER"))),
      ])
    ),
    (
      "ConnectionSuggestion",
      S.object([
        ("accountEmail", S.string), ("accountType", S.enumeration(["GMB", "FB"])), ("connectedAccountId", S.uuid),
        ("locationId", S.string),
        (
          "locationInfo",
          S.object([
            ("city", S.string), ("countryIso", S.string), ("countryName", S.nullable(S.string)), ("name", S.string),
            ("phone", S.string), ("postalCode", S.string), ("stateIso", S.string),
            ("stateName", S.nullable(S.string)), ("storeCode", S.nullable(S.string)), ("street", S.string),
            ("street1", S.null),
          ])
        ),
        ("matchedDataDatabaseId", S.uuid),
        (
          "suggestedLocationInfo",
          S.object([
            ("liveLink", S.string),
            (
              "locationInfo",
              S.object([
                ("city", S.string), ("country", S.string), ("name", S.string), ("phone", S.string),
                ("postalCode", S.string), ("state", S.string), ("street", S.string),
              ])
            ),
            ("mainAccount", S.string), ("mainAccountId", S.null), ("storeCode", S.null), ("subAccount", S.null),
            ("ownerRole", S.nullable(S.constant("PRIMARY_OWNER"))),
          ])
        ),
      ])
    ),
  ]
}
