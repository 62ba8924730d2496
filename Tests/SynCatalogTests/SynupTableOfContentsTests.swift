import Testing

@testable import SynCatalog

/// synup-sections.md section 3: every row of the table of contents, and the
/// routes outside it that the simulator is to simulate, is one catalog
/// operation with the row's method, path and `data.<field>`, named as
/// Appendix B suggests (but for `add user-and-folder`, which Appendix B does
/// not name, and `remove keyword` and `remove response`: `archive` is left to
/// locations alone).
@Suite struct SynupTableOfContentsTests {
  struct Row: CustomTestStringConvertible, Sendable {
    /// The row's number in section 3; 0 for a route outside the table.
    var number: Int
    var method: String
    /// Under `/api/v4`.
    var path: String
    var field: String
    /// `verb noun`, the noun as Appendix B writes it (often the plural).
    var statement: String
    var testDescription: String { "#\(number) \(method) \(path)" }
  }

  static let rows: [Row] = [
    Row(number: 1, method: "POST", path: "/locations", field: "createLocation", statement: "create location"),
    Row(number: 2, method: "POST", path: "/locations/update", field: "updateLocation", statement: "update location"),
    Row(number: 3, method: "GET", path: "/locations", field: "allLocations", statement: "list locations"),
    Row(number: 4, method: "GET", path: "/locations-by-ids", field: "getLocationsByIds", statement: "get location"),
    Row(number: 5, method: "GET", path: "/locations/search", field: "searchLocations", statement: "search locations"),
    Row(
      number: 6, method: "GET", path: "/locations-by-store-codes", field: "getLocationsByStoreCodes",
      statement: "get store-location"),
    Row(number: 7, method: "POST", path: "/locations/photos", field: "addLocationPhotos", statement: "add photos"),
    Row(
      number: 8, method: "GET", path: "/locations/photos/requests/{requestId}",
      field: "getLocationPhotosUploadStatus", statement: "get photo-request"),
    Row(
      number: 9, method: "POST", path: "/locations/photos/star", field: "starUnstarLocationPhotos",
      statement: "star photos"),
    Row(
      number: 10, method: "POST", path: "/locations/photos/remove", field: "removeLocationPhotos",
      statement: "remove photos"),
    Row(
      number: 11, method: "POST", path: "/locations/archive", field: "archiveLocations", statement: "archive location"),
    Row(
      number: 12, method: "POST", path: "/locations/cancel_archive", field: "cancelLocationsArchive",
      statement: "cancel archive"),
    Row(
      number: 13, method: "POST", path: "/locations/activate", field: "activateLocations",
      statement: "activate location"),
    Row(
      number: 14, method: "GET", path: "/subscriptions", field: "activeSubscriptions",
      statement: "list subscriptions"),
    Row(number: 15, method: "GET", path: "/countries", field: "supportedCountries", statement: "list countries"),
    Row(number: 16, method: "GET", path: "/sub-categories", field: "subcategories", statement: "list subcategories"),
    Row(number: 17, method: "GET", path: "/plan-sites", field: "planSites", statement: "list plan-sites"),
    Row(number: 18, method: "POST", path: "/folders/create", field: "createFolder", statement: "create folder"),
    Row(number: 19, method: "GET", path: "/folders/flat", field: "getUserFolders", statement: "list folders"),
    Row(number: 20, method: "GET", path: "/folders/tree", field: "getFolderTree", statement: "get folder-tree"),
    Row(number: 21, method: "GET", path: "/folder-details", field: "getFolderDetails", statement: "get folder"),
    Row(
      number: 22, method: "POST", path: "/locations/folders/rename", field: "renameFolder",
      statement: "rename folder"),
    Row(
      number: 23, method: "POST", path: "/locations/folders", field: "addLocationsToFolder",
      statement: "add folder-location"),
    Row(
      number: 24, method: "POST", path: "/locations/folders/remove", field: "deleteLocationsFromFolder",
      statement: "remove folder-location"),
    Row(number: 25, method: "POST", path: "/folders/delete", field: "deleteFolder", statement: "delete folder"),
    Row(
      number: 26, method: "GET", path: "/folder-locations", field: "getLocationsForFolder",
      statement: "list folder-locations"),
    Row(number: 27, method: "GET", path: "/tags", field: "listAllTags", statement: "list tags"),
    Row(
      number: 28, method: "GET", path: "/tags/locations", field: "searchLocationsByTag",
      statement: "list tag-locations"),
    Row(number: 29, method: "POST", path: "/locations/tags", field: "addTag", statement: "add tag"),
    Row(number: 30, method: "POST", path: "/locations/tags/remove", field: "removeTag", statement: "remove tag"),
    Row(number: 31, method: "POST", path: "/users/create", field: "addUser", statement: "create user"),
    Row(number: 32, method: "GET", path: "/users", field: "users", statement: "list users"),
    Row(number: 33, method: "GET", path: "/users-by-ids", field: "usersByIds", statement: "get user"),
    Row(
      number: 34, method: "POST", path: "/users/locations/add", field: "addLocationsForUser",
      statement: "add user-location"),
    Row(
      number: 35, method: "POST", path: "/users/add_user_and_folder", field: "addUserAndFolder",
      statement: "add user-and-folder"),
    Row(number: 36, method: "GET", path: "/roles", field: "fetchAccountRoles", statement: "list roles"),
    Row(
      number: 37, method: "POST", path: "/users/folders/add", field: "addFoldersForUser",
      statement: "add user-folder"),
    Row(
      number: 38, method: "GET", path: "/users/{userId}/resources", field: "listUserResources",
      statement: "list user-resources"),
    Row(number: 39, method: "POST", path: "/users/update", field: "updateUser", statement: "update user"),
    Row(
      number: 40, method: "POST", path: "/users/folders/remove", field: "removeFoldersForUser",
      statement: "remove user-folder"),
    Row(
      number: 41, method: "POST", path: "/users/locations/remove", field: "removeLocationsForUser",
      statement: "remove user-location"),
    Row(
      number: 42, method: "POST", path: "/create-grid-report", field: "createGridrankReport",
      statement: "create grid-report"),
    Row(
      number: 43, method: "GET", path: "/locations/{locationId}/grid-reports", field: "gridrankReportsByLocationId",
      statement: "list grid-reports"),
    Row(
      number: 44, method: "GET", path: "/grid-report/{reportId}", field: "gridrankReportById",
      statement: "get grid-report"),
    Row(
      number: 45, method: "POST", path: "/locations/review-campaigns", field: "createReviewCampaign",
      statement: "create campaign"),
    Row(
      number: 46, method: "POST", path: "/locations/review-campaigns/customers",
      field: "addCustomersToReviewCampaign", statement: "add campaign-customers"),
    Row(
      number: 47, method: "GET", path: "/locations/{locationId}/review-campaigns", field: "listReviewCampaigns",
      statement: "list campaigns"),
    Row(
      number: 48, method: "GET", path: "/locations/review-campaigns/{reviewCampaignId}/customers",
      field: "reviewCampaignInfo", statement: "list campaign-customers"),
    Row(
      number: 49, method: "GET", path: "/locations/{locationId}/listings/premium", field: "listingsForLocation",
      statement: "list listings"),
    Row(
      number: 50, method: "GET", path: "/locations/{locationId}/voice-assistants",
      field: "voiceAssistantsForLocation", statement: "list voice-listings"),
    Row(
      number: 51, method: "GET", path: "/locations/{locationId}/listings/duplicates",
      field: "duplicateListingsForLocation", statement: "list duplicates"),
    Row(
      number: 52, method: "GET", path: "/locations/listings/duplicates", field: "duplicateListingsRollup",
      statement: "list account-duplicates"),
    Row(
      number: 53, method: "POST", path: "/locations/listings/mark-as-duplicate", field: "markAsDuplicate",
      statement: "mark duplicate"),
    Row(
      number: 54, method: "POST", path: "/locations/listings/mark-as-not-duplicate", field: "markAsNotDuplicate",
      statement: "unmark duplicate"),
    Row(
      number: 55, method: "GET", path: "/locations/{locationId}/ai-listings", field: "fetchAiListings",
      statement: "get ai-listings"),
    Row(
      number: 56, method: "POST", path: "/connected-accounts/connect-google", field: "bulkConnectLinkForGoogle",
      statement: "connect google"),
    Row(
      number: 57, method: "POST", path: "/connected-accounts/connect-facebook", field: "bulkConnectLinkForFacebook",
      statement: "connect facebook"),
    Row(
      number: 58, method: "GET", path: "/connected-accounts", field: "connectedAccountsInfo",
      statement: "list connected-accounts"),
    Row(
      number: 59, method: "GET", path: "/connected-accounts/{connectedAccountId}/folders",
      field: "getFoldersUnderGoogleAccount", statement: "list google-folders"),
    Row(
      number: 60, method: "POST", path: "/locations/create/gmb-listing", field: "createGmbListingForLocation",
      statement: "create gmb-listing"),
    Row(
      number: 61, method: "POST", path: "/connected-accounts/disconnect-google", field: "gmbBulkDisconnect",
      statement: "disconnect google"),
    Row(
      number: 62, method: "POST", path: "/connected-accounts/disconnect-facebook", field: "fbBulkDisconnect",
      statement: "disconnect facebook"),
    Row(
      number: 63, method: "GET", path: "/connected-accounts/{connectedAccountId}/details",
      field: "connectedAccountDetails", statement: "get connected-account"),
    Row(
      number: 64, method: "POST", path: "/connected-accounts/trigger-matches",
      field: "connectedAccountsTriggerMatches", statement: "trigger matches"),
    Row(
      number: 65, method: "GET", path: "/connected-accounts/{connectedAccountId}/connection-suggestions",
      field: "connectionSuggestionsForAccount", statement: "list suggestions"),
    Row(
      number: 66, method: "POST", path: "/connected-accounts/connected-account-listings",
      field: "connectedAccountListings", statement: "list account-listings"),
    Row(
      number: 67, method: "POST", path: "/connected-accounts/confirm-matches", field: "confirmConnectMatches",
      statement: "confirm matches"),
    Row(
      number: 68, method: "POST", path: "/connected-accounts/connect-listing", field: "connectListing",
      statement: "connect listing"),
    Row(
      number: 69, method: "POST", path: "/connected-accounts/disconnect-listing",
      field: "disconnectConnectedAccountsLocations", statement: "disconnect listing"),
    Row(number: 70, method: "POST", path: "/locations/keywords", field: "addKeywords", statement: "add keywords"),
    Row(
      number: 71, method: "GET", path: "/locations/{locationId}/keywords", field: "keywordsByLocationId",
      statement: "list keywords"),
    Row(
      number: 72, method: "GET", path: "/locations/{locationId}/keywords-performance", field: "keywordsByLocationId",
      statement: "get keyword-performance"),
    Row(
      number: 73, method: "POST", path: "/locations/keywords/archive", field: "archiveKeyword",
      statement: "remove keyword"),
    Row(
      number: 74, method: "POST", path: "/locations/ranking-analytics-timeline", field: "rankingsRollupByDate",
      statement: "get ranking-timeline"),
    Row(
      number: 75, method: "POST", path: "/locations/ranking-sitewise-histogram",
      field: "rankingsRollupByKeywordCount", statement: "get ranking-histogram"),
    Row(
      number: 76, method: "GET", path: "/locations/{locationId}/bing-analytics", field: "bingInsights",
      statement: "get bing-analytics"),
    Row(
      number: 77, method: "GET", path: "/locations/{locationId}/facebook-analytics", field: "facebookInsights",
      statement: "get facebook-analytics"),
    Row(
      number: 78, method: "GET", path: "/locations/{locationId}/google-analytics", field: "googleInsights",
      statement: "get google-analytics"),
    Row(
      number: 79, method: "GET", path: "/locations/{locationId}/reviews/settings", field: "interactionsSetting",
      statement: "list review-sources"),
    Row(
      number: 80, method: "GET", path: "/reviews/site-config", field: "interactionSiteConfig",
      statement: "list account-review-sources"),
    Row(
      number: 81, method: "POST", path: "/locations/reviews/settings/edit", field: "editInteractionsSetting",
      statement: "update review-sources"),
    Row(
      number: 82, method: "GET", path: "/locations/{locationId}/reviews", field: "interactions",
      statement: "list reviews"),
    Row(number: 83, method: "GET", path: "/reviewDetails", field: "interactionDetails", statement: "get reviews"),
    Row(
      number: 84, method: "POST", path: "/locations/reviews/respond", field: "respondToInteraction",
      statement: "respond review"),
    Row(
      number: 85, method: "POST", path: "/locations/reviews/respond/edit", field: "editResponse",
      statement: "edit response"),
    Row(
      number: 86, method: "POST", path: "/locations/reviews/respond/archive", field: "archiveResponse",
      statement: "remove response"),
    Row(
      number: 87, method: "GET", path: "/locations/{locationId}/review-analytics-overview",
      field: "interactionsAnalyticsStats", statement: "get review-overview"),
    Row(
      number: 87, method: "GET", path: "/locations/{locationId}/review-analytics-timeline",
      field: "interactionsChartData", statement: "get review-timeline"),
    Row(
      number: 87, method: "GET", path: "/locations/{locationId}/review-analytics-sites-stats",
      field: "interactionsSitesStats", statement: "get review-site-stats"),
    Row(
      number: 88, method: "POST", path: "/review_widget/add", field: "addReviewWidget",
      statement: "create review-widget"),
    Row(
      number: 89, method: "POST", path: "/review_widget/edit", field: "editReviewWidget",
      statement: "update review-widget"),
    Row(
      number: 90, method: "POST", path: "/automations/temporary-close-location-with-reopening-date",
      field: "createFlowFromRecipe", statement: "close location"),
    Row(
      number: 0, method: "GET", path: "/locations/{locationId}/photos", field: "mediaFilesOfLocation",
      statement: "list photos"),
    Row(
      number: 0, method: "GET", path: "/locations/{locationId}/listings/additional", field: "listingsForLocation",
      statement: "list additional-listings"),
    Row(
      number: 0, method: "POST", path: "/locations/oauth_connect_url", field: "connectUrl",
      statement: "create connect-url"),
    Row(
      number: 0, method: "POST", path: "/locations/oauth-disconnect", field: "disconnectConnectedAccountsLocations",
      statement: "disconnect oauth-connection"),
  ]

  @Test(arguments: rows)
  func rowIsOneCatalogOperation(row: Row) throws {
    let matches = Catalog.synup.operations.filter { $0.method == row.method && $0.path == "/api/v4" + row.path }
    let operation = try #require(matches.count == 1 ? matches.first : nil, "\(matches.count) operations")
    #expect(operation.graphQLField == row.field)
    let words = row.statement.split(separator: " ").map(String.init)
    #expect(Catalog.synup.operation(verb: words[0], noun: words[1])?.id == operation.id, "named \(operation.name)")
  }

  @Test func theCatalogHoldsNothingButTheTable() {
    #expect(Catalog.synup.operations.count == Self.rows.count)
    #expect(Set(Self.rows.filter { $0.number > 0 }.map(\.number)) == Set(1...90))
  }
}
