import Testing

@testable import SynCatalog

extension SynupCatalogTests {
  /// synup-sections.md: Appendix B's statements with their routes (section 3), body styles (2.1) and
  /// positional fields in Appendix B's order.
  static let sectionOperations: [Expected] = [
    Expected(
      verb: "add", noun: "user-and-folder", method: "POST", path: "/api/v4/users/add_user_and_folder",
      body: .wrapped("input")),
    Expected(verb: "list", noun: "photos", method: "GET", path: "/api/v4/locations/{locationId}/photos", body: .none),
    Expected(verb: "add", noun: "photos", method: "POST", path: "/api/v4/locations/photos", body: .wrapped("input")),
    Expected(
      verb: "get", noun: "photo-request", method: "GET", path: "/api/v4/locations/photos/requests/{requestId}",
      body: .none),
    Expected(
      verb: "star", noun: "photos", method: "POST", path: "/api/v4/locations/photos/star", body: .wrapped("input"),
      positional: ["locationId", "photoIds"]),
    Expected(
      verb: "remove", noun: "photos", method: "POST", path: "/api/v4/locations/photos/remove", body: .wrapped("input"),
      positional: ["locationId", "photoIds"]),
    Expected(verb: "list", noun: "subscriptions", method: "GET", path: "/api/v4/subscriptions", body: .none),
    Expected(verb: "list", noun: "plan-sites", method: "GET", path: "/api/v4/plan-sites", body: .none),
    Expected(verb: "create", noun: "grid-report", method: "POST", path: "/api/v4/create-grid-report", body: .json),
    Expected(
      verb: "list", noun: "grid-reports", method: "GET", path: "/api/v4/locations/{locationId}/grid-reports",
      body: .none),
    Expected(verb: "get", noun: "grid-report", method: "GET", path: "/api/v4/grid-report/{reportId}", body: .none),
    Expected(
      verb: "create", noun: "campaign", method: "POST", path: "/api/v4/locations/review-campaigns",
      body: .wrapped("input"), positional: ["locationId"]),
    Expected(
      verb: "add", noun: "campaign-customers", method: "POST", path: "/api/v4/locations/review-campaigns/customers",
      body: .wrapped("input"), positional: ["reviewCampaignId"]),
    Expected(
      verb: "list", noun: "campaigns", method: "GET", path: "/api/v4/locations/{locationId}/review-campaigns",
      body: .none),
    Expected(
      verb: "list", noun: "campaign-customers", method: "GET",
      path: "/api/v4/locations/review-campaigns/{reviewCampaignId}/customers", body: .none),
    Expected(
      verb: "list", noun: "listings", method: "GET", path: "/api/v4/locations/{locationId}/listings/premium",
      body: .none),
    Expected(
      verb: "list", noun: "additional-listings", method: "GET",
      path: "/api/v4/locations/{locationId}/listings/additional", body: .none),
    Expected(
      verb: "list", noun: "voice-listings", method: "GET", path: "/api/v4/locations/{locationId}/voice-assistants",
      body: .none),
    Expected(
      verb: "get", noun: "ai-listings", method: "GET", path: "/api/v4/locations/{locationId}/ai-listings", body: .none),
    Expected(
      verb: "list", noun: "duplicates", method: "GET", path: "/api/v4/locations/{locationId}/listings/duplicates",
      body: .none),
    Expected(
      verb: "list", noun: "account-duplicates", method: "GET", path: "/api/v4/locations/listings/duplicates",
      body: .none),
    Expected(
      verb: "mark", noun: "duplicate", method: "POST", path: "/api/v4/locations/listings/mark-as-duplicate",
      body: .wrapped("input"), positional: ["locationId", "listingItemIds"]),
    Expected(
      verb: "unmark", noun: "duplicate", method: "POST", path: "/api/v4/locations/listings/mark-as-not-duplicate",
      body: .wrapped("input"), positional: ["locationId", "listingItemIds"]),
    Expected(
      verb: "connect", noun: "google", method: "POST", path: "/api/v4/connected-accounts/connect-google",
      body: .wrapped("input")),
    Expected(
      verb: "connect", noun: "facebook", method: "POST", path: "/api/v4/connected-accounts/connect-facebook",
      body: .wrapped("input")),
    Expected(
      verb: "disconnect", noun: "google", method: "POST", path: "/api/v4/connected-accounts/disconnect-google",
      body: .wrapped("input"), positional: ["connectedAccountId"]),
    Expected(
      verb: "disconnect", noun: "facebook", method: "POST", path: "/api/v4/connected-accounts/disconnect-facebook",
      body: .wrapped("input"), positional: ["connectedAccountId"]),
    Expected(verb: "list", noun: "connected-accounts", method: "GET", path: "/api/v4/connected-accounts", body: .none),
    Expected(
      verb: "get", noun: "connected-account", method: "GET",
      path: "/api/v4/connected-accounts/{connectedAccountId}/details", body: .none),
    Expected(
      verb: "list", noun: "google-folders", method: "GET",
      path: "/api/v4/connected-accounts/{connectedAccountId}/folders", body: .none),
    Expected(
      verb: "list", noun: "suggestions", method: "GET",
      path: "/api/v4/connected-accounts/{connectedAccountId}/connection-suggestions", body: .none),
    Expected(
      verb: "list", noun: "account-listings", method: "POST",
      path: "/api/v4/connected-accounts/connected-account-listings", body: .json, positional: ["connectedAccountId"]),
    Expected(
      verb: "trigger", noun: "matches", method: "POST", path: "/api/v4/connected-accounts/trigger-matches",
      body: .wrapped("input"), positional: ["connectedAccountIds"]),
    Expected(
      verb: "confirm", noun: "matches", method: "POST", path: "/api/v4/connected-accounts/confirm-matches",
      body: .wrapped("input"), positional: ["matchRecordIds"]),
    Expected(
      verb: "connect", noun: "listing", method: "POST", path: "/api/v4/connected-accounts/connect-listing",
      body: .wrapped("input"), positional: ["locationId", "connectedAccountId", "connectedAccountListingId"]),
    Expected(
      verb: "disconnect", noun: "listing", method: "POST", path: "/api/v4/connected-accounts/disconnect-listing",
      body: .wrapped("input"), positional: ["locationId", "site"]),
    Expected(
      verb: "create", noun: "gmb-listing", method: "POST", path: "/api/v4/locations/create/gmb-listing",
      body: .wrapped("input"), positional: ["locationId", "connectedAccountId"]),
    Expected(
      verb: "create", noun: "connect-url", method: "POST", path: "/api/v4/locations/oauth_connect_url",
      body: .wrapped("input"), positional: ["locationId", "site"]),
    Expected(
      verb: "disconnect", noun: "oauth-connection", method: "POST", path: "/api/v4/locations/oauth-disconnect",
      body: .wrapped("input"), positional: ["locationId", "site"]),
    Expected(
      verb: "add", noun: "keywords", method: "POST", path: "/api/v4/locations/keywords", body: .json,
      positional: ["locationId", "inputKeywords"]),
    Expected(
      verb: "list", noun: "keywords", method: "GET", path: "/api/v4/locations/{locationId}/keywords", body: .none),
    Expected(
      verb: "remove", noun: "keyword", method: "POST", path: "/api/v4/locations/keywords/archive", body: .json,
      positional: ["id"]),
    Expected(
      verb: "get", noun: "keyword-performance", method: "GET",
      path: "/api/v4/locations/{locationId}/keywords-performance", body: .none),
    Expected(
      verb: "get", noun: "ranking-timeline", method: "POST", path: "/api/v4/locations/ranking-analytics-timeline",
      body: .json),
    Expected(
      verb: "get", noun: "ranking-histogram", method: "POST", path: "/api/v4/locations/ranking-sitewise-histogram",
      body: .json),
    Expected(
      verb: "get", noun: "google-analytics", method: "GET", path: "/api/v4/locations/{locationId}/google-analytics",
      body: .none),
    Expected(
      verb: "get", noun: "facebook-analytics", method: "GET", path: "/api/v4/locations/{locationId}/facebook-analytics",
      body: .none),
    Expected(
      verb: "get", noun: "bing-analytics", method: "GET", path: "/api/v4/locations/{locationId}/bing-analytics",
      body: .none),
    Expected(
      verb: "list", noun: "review-sources", method: "GET", path: "/api/v4/locations/{locationId}/reviews/settings",
      body: .none),
    Expected(
      verb: "list", noun: "account-review-sources", method: "GET", path: "/api/v4/reviews/site-config", body: .none),
    Expected(
      verb: "update", noun: "review-sources", method: "POST", path: "/api/v4/locations/reviews/settings/edit",
      body: .json, positional: ["locationId"]),
    Expected(verb: "list", noun: "reviews", method: "GET", path: "/api/v4/locations/{locationId}/reviews", body: .none),
    Expected(
      verb: "get", noun: "reviews", method: "GET", path: "/api/v4/reviewDetails", body: .none,
      positional: ["interactionIds"]),
    Expected(
      verb: "respond", noun: "review", method: "POST", path: "/api/v4/locations/reviews/respond", body: .json,
      positional: ["interactionId"]),
    Expected(
      verb: "edit", noun: "response", method: "POST", path: "/api/v4/locations/reviews/respond/edit", body: .json,
      positional: ["reviewId", "responseId"]),
    Expected(
      verb: "remove", noun: "response", method: "POST", path: "/api/v4/locations/reviews/respond/archive", body: .json,
      positional: ["responseId"]),
    Expected(
      verb: "get", noun: "review-overview", method: "GET",
      path: "/api/v4/locations/{locationId}/review-analytics-overview", body: .none),
    Expected(
      verb: "get", noun: "review-timeline", method: "GET",
      path: "/api/v4/locations/{locationId}/review-analytics-timeline", body: .none),
    Expected(
      verb: "get", noun: "review-site-stats", method: "GET",
      path: "/api/v4/locations/{locationId}/review-analytics-sites-stats", body: .none),
    Expected(
      verb: "create", noun: "review-widget", method: "POST", path: "/api/v4/review_widget/add", body: .json,
      positional: ["locationId"]),
    Expected(
      verb: "update", noun: "review-widget", method: "POST", path: "/api/v4/review_widget/edit", body: .json,
      positional: ["widgetId"]),
    Expected(
      verb: "close", noun: "location", method: "POST",
      path: "/api/v4/automations/temporary-close-location-with-reopening-date", body: .wrapped("input"),
      positional: ["locationId"]),
  ]

  /// The required fields (`*`) of section 4's tables, in their order.
  @Test(arguments: [
    ("add user-and-folder", ["email", "roleId", "firstName", "name"]),
    ("star photos", ["locationId", "starred"]),
    (
      "create grid-report",
      [
        "locationId", "keywords", "businessName", "businessStreet", "businessCity", "businessCountry", "businessState",
        "latitude", "longitude", "distance", "distanceUnit", "gridSize",
      ]
    ),
    ("create campaign", ["locationId", "name", "locationCustomers"]),
    ("connect listing", ["locationId", "connectedAccountId", "connectedAccountListingId"]),
    ("get ranking-timeline", ["fromDate", "toDate", "locationIds", "source"]),
    (
      "update review-widget",
      [
        "widgetId", "name", "minimumRating", "reviewCount", "readOnly", "sites", "widgetType", "widgetWidth",
        "widgetHeight",
      ]
    ),
    ("close location", ["locationId", "name", "startDate", "startTime", "endDate"]),
  ])
  func requiredFieldsAreSection4s(statement: String, required: [String]) throws {
    let words = statement.split(separator: " ").map(String.init)
    let operation = try #require(Catalog.synup.operation(verb: words[0], noun: words[1]))
    #expect(operation.fields.filter(\.isRequired).map(\.name) == required)
  }
}
