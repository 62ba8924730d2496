// Connected accounts: synup-sections.md 4.7.

extension SynupOperationID {
  var connectedAccountOperation: Operation {
    let id = OperationID.synup(self)
    typealias Fields = SynupSectionFields
    let input = Operation.BodyStyle.wrapped("input")
    let redirects = [
      Field("successUrl", .string, required: true, constraints: "absolute http(s) URL", doc: "Where approval goes."),
      Field("errorUrl", .string, required: true, constraints: "absolute http(s) URL", doc: "Where refusal goes."),
    ]
    let site = Field("site", .string, required: true, allowedValues: ["GOOGLE", "FACEBOOK"], doc: "The publisher.")
    switch self {
    case .connectGoogle:
      return Operation(
        id, "connect", "google", plural: "google", method: "POST", path: "/api/v4/connected-accounts/connect-google",
        body: input, fields: redirects,
        doc: "A 24-hour link that connects a Google account; answers data.bulkConnectLinkForGoogle.url.")
    case .connectFacebook:
      return Operation(
        id, "connect", "facebook", plural: "facebook", method: "POST",
        path: "/api/v4/connected-accounts/connect-facebook", body: input, fields: redirects,
        doc: "A 24-hour link that connects a Facebook account; answers data.bulkConnectLinkForFacebook.url.")
    case .disconnectGoogle:
      return Operation(
        id, "disconnect", "google", plural: "google", method: "POST",
        path: "/api/v4/connected-accounts/disconnect-google", body: input, fields: [Fields.connectedAccountId],
        positionalFields: ["connectedAccountId"],
        doc: "Disconnect a Google account and all its locations; answers data.gmbBulkDisconnect.")
    case .disconnectFacebook:
      return Operation(
        id, "disconnect", "facebook", plural: "facebook", method: "POST",
        path: "/api/v4/connected-accounts/disconnect-facebook", body: input, fields: [Fields.connectedAccountId],
        positionalFields: ["connectedAccountId"],
        doc: "Disconnect a Facebook account and all its locations; answers data.fbBulkDisconnect.")
    case .listConnectedAccounts:
      return Operation(
        id, "list", "connected-account", method: "GET", path: "/api/v4/connected-accounts",
        fields: [
          Field(
            "publisher", .string, allowedValues: ["GoogleAccount", "FacebookAccount"],
            doc: "Only this publisher (google and facebook in any case too)."),
          Field("status", .string, allowedValues: ["Connected", "ConnectionIssue"], doc: "Only this status."),
        ] + Fields.pageNumber(maximum: 100),
        doc: "The account's connected Google and Facebook accounts, newest first; answers data.connectedAccountsInfo.")
    case .getConnectedAccount:
      return Operation(
        id, "get", "connected-account", method: "GET", path: "/api/v4/connected-accounts/{connectedAccountId}/details",
        doc: "A connected account's details; answers data.connectedAccountDetails.details.")
    case .listGoogleFolders:
      return Operation(
        id, "list", "google-folder", method: "GET", path: "/api/v4/connected-accounts/{connectedAccountId}/folders",
        fields: [Field("folderName", .string, constraints: "exact, any case", doc: "Only this folder.")],
        doc: "The folders under a Google account; answers data.getFoldersUnderGoogleAccount.")
    case .listSuggestions:
      return Operation(
        id, "list", "suggestion", method: "GET",
        path: "/api/v4/connected-accounts/{connectedAccountId}/connection-suggestions",
        fields: Fields.pageNumber(maximum: 100),
        doc: "Suggested location-listing matches of an account; answers data.connectionSuggestionsForAccount.")
    case .listAccountListings:
      return Operation(
        id, "list", "account-listing", method: "POST", path: "/api/v4/connected-accounts/connected-account-listings",
        body: .json,
        fields: [
          Fields.connectedAccountId,
          Field("locationInfo", .string, doc: "Only listings whose name, address, city or phone contains this."),
        ] + Fields.pageNumber(maximum: 500),
        positionalFields: ["connectedAccountId"],
        doc: "The Google profiles or Facebook pages a connected account sees; answers data.connectedAccountListings.")
    case .triggerMatches:
      return Operation(
        id, "trigger", "match", plural: "matches", method: "POST",
        path: "/api/v4/connected-accounts/trigger-matches", body: input,
        fields: [
          Field(
            "connectedAccountIds", .array(.string), required: true, constraints: "uuids", doc: "The accounts to match.")
        ],
        positionalFields: ["connectedAccountIds"],
        doc: "Look for new location-listing matches; answers data.connectedAccountsTriggerMatches.")
    case .confirmMatches:
      return Operation(
        id, "confirm", "match", plural: "matches", method: "POST",
        path: "/api/v4/connected-accounts/confirm-matches", body: input,
        fields: [
          Field(
            "matchRecordIds", .array(.string), required: true,
            constraints: "base64 GmbLocationMatchedData:<uuid> or FbLocationMatchedData:<uuid>",
            doc: "The suggestions to accept.")
        ],
        positionalFields: ["matchRecordIds"],
        doc: "Connect suggested matches; answers data.confirmConnectMatches.")
    case .connectListing:
      return Operation(
        id, "connect", "listing", method: "POST", path: "/api/v4/connected-accounts/connect-listing", body: input,
        fields: [
          Fields.locationId, Fields.connectedAccountId,
          Field(
            "connectedAccountListingId", .string, required: true,
            constraints: "base64 GmbBulkDataLake:<uuid> or FbBulkDataLake:<uuid>", doc: "The account's listing."),
        ],
        positionalFields: ["locationId", "connectedAccountId", "connectedAccountListingId"],
        doc: "Connect a location with a listing of a connected account; answers data.connectListing.")
    case .disconnectListing:
      return Operation(
        id, "disconnect", "listing", method: "POST", path: "/api/v4/connected-accounts/disconnect-listing",
        body: input, fields: [Fields.locationId, site], positionalFields: ["locationId", "site"],
        doc: "Disconnect a location from its Google or Facebook listing; "
          + "answers data.disconnectConnectedAccountsLocations.")
    case .disconnectOAuthConnection:
      return Operation(
        id, "disconnect", "oauth-connection", method: "POST", path: "/api/v4/locations/oauth-disconnect",
        body: input, fields: [Fields.locationId, site], positionalFields: ["locationId", "site"],
        doc: "The official SDK's route to disconnect listing; answers data.disconnectConnectedAccountsLocations.")
    case .createGMBListing:
      // The docs send these as query parameters, the SDK as {"input": ...}; the API takes both, and so
      // does the simulator. The catalog sends the SDK's form.
      return Operation(
        id, "create", "gmb-listing", method: "POST", path: "/api/v4/locations/create/gmb-listing", body: input,
        fields: [
          Fields.locationId,
          Field(
            "connectedAccountId", .string, required: true, constraints: "uuid of a Google account",
            doc: "The Google account."),
          Field("folderId", .string, constraints: "accounts/<digits>; default its only folder", doc: "The folder."),
        ],
        positionalFields: ["locationId", "connectedAccountId"],
        doc: "Create a Google Business Profile for a location and connect it (sent wrapped in input, as the SDK "
          + "does); answers data.createGmbListingForLocation.")
    case .createConnectURL:
      return Operation(
        id, "create", "connect-url", method: "POST", path: "/api/v4/locations/oauth_connect_url", body: input,
        fields: [Fields.locationId, site] + redirects, positionalFields: ["locationId", "site"],
        doc: "A link that connects one location to Google or Facebook; answers data.connectUrl and "
          + "data.createConnectUrl.")
    default:
      preconditionFailure("\(self) is not a connected-account operation")
    }
  }
}
