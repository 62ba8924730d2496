/// Every Synup route the simulator knows: those of spec 4, then the other
/// sections of the table of contents, which answer 501 (at the paths the
/// official SDK uses). Anything else is 404.
extension SynupEndpoint {
  static let routes = RouteTable<SynupEndpoint>(
    grouped(simulated + laterSections.map { ($0.method, $0.path, .notSimulated) }))

  private static let simulated: [(method: String, path: String, endpoint: SynupEndpoint)] = [
    ("POST", "/users/create", .payloadMutation(.addUser)),
    ("GET", "/users", .query(.users)),
    ("GET", "/users-by-ids", .query(.usersByIds)),
    ("POST", "/users/update", .payloadMutation(.updateUser)),
    ("POST", "/users/locations/add", .bulkMutation(.addLocationsForUser)),
    ("POST", "/users/locations/remove", .bulkMutation(.removeLocationsForUser)),
    ("POST", "/users/folders/add", .bulkMutation(.addFoldersForUser)),
    ("POST", "/users/folders/remove", .bulkMutation(.removeFoldersForUser)),
    ("GET", "/users/{userId}/resources", .query(.listUserResources)),
    ("GET", "/roles", .query(.fetchAccountRoles)),
    ("POST", "/locations", .payloadMutation(.createLocation)),
    ("GET", "/locations", .query(.allLocations)),
    ("POST", "/locations/update", .payloadMutation(.updateLocation)),
    ("GET", "/locations-by-ids", .query(.getLocationsByIds)),
    ("GET", "/locations/search", .query(.searchLocations)),
    ("GET", "/locations-by-store-codes", .query(.getLocationsByStoreCodes)),
    ("POST", "/locations/archive", .bulkMutation(.archiveLocations)),
    ("POST", "/locations/activate", .bulkMutation(.activateLocations)),
    ("POST", "/locations/cancel_archive", .bulkMutation(.cancelLocationsArchive)),
    ("GET", "/sub-categories", .query(.subCategories)),
    ("POST", "/folders/create", .payloadMutation(.createFolder)),
    ("GET", "/folders/flat", .query(.getUserFolders)),
    ("GET", "/folders/tree", .query(.getFolderTree)),
    ("GET", "/folder-details", .query(.getFolderDetails)),
    ("POST", "/locations/folders/rename", .payloadMutation(.renameFolder)),
    ("POST", "/locations/folders", .payloadMutation(.addLocationsToFolder)),
    ("POST", "/locations/folders/remove", .payloadMutation(.deleteLocationsFromFolder)),
    ("POST", "/folders/delete", .payloadMutation(.deleteFolder)),
    ("GET", "/folder-locations", .query(.getLocationsForFolder)),
    ("GET", "/tags", .query(.listAllTags)),
    ("GET", "/tags/locations", .query(.searchLocationsByTag)),
    ("POST", "/locations/tags", .payloadMutation(.addTag)),
    ("POST", "/locations/tags/remove", .payloadMutation(.removeTag)),
  ]

  /// The routes of the sections still to build: location photos,
  /// subscriptions, countries and plan sites; the composite user-and-folder
  /// call; grid rank; review campaigns; listings; connected accounts;
  /// rankings; profile analytics; reviews; automations.
  private static let laterSections: [(method: String, path: String)] = [
    ("POST", "/locations/photos"), ("GET", "/locations/photos/requests/{requestId}"),
    ("POST", "/locations/photos/star"), ("POST", "/locations/photos/remove"), ("GET", "/locations/{locationId}/photos"),
    ("GET", "/subscriptions"), ("GET", "/countries"), ("GET", "/plan-sites"),
    ("POST", "/users/add_user_and_folder"),
    ("POST", "/create-grid-report"), ("GET", "/locations/{locationId}/grid-reports"),
    ("GET", "/grid-report/{reportId}"),
    ("GET", "/locations/{locationId}/review-campaigns"), ("POST", "/locations/review-campaigns"),
    ("GET", "/locations/review-campaigns/{campaignId}/customers"), ("POST", "/locations/review-campaigns/customers"),
    ("GET", "/locations/{locationId}/listings/premium"), ("GET", "/locations/{locationId}/listings/additional"),
    ("GET", "/locations/{locationId}/voice-assistants"), ("GET", "/locations/{locationId}/listings/duplicates"),
    ("GET", "/locations/listings/duplicates"), ("POST", "/locations/listings/mark-as-duplicate"),
    ("POST", "/locations/listings/mark-as-not-duplicate"), ("GET", "/locations/{locationId}/ai-listings"),
    ("GET", "/connected-accounts"), ("GET", "/connected-accounts/{connectedAccountId}/details"),
    ("GET", "/connected-accounts/{connectedAccountId}/folders"),
    ("GET", "/connected-accounts/{connectedAccountId}/connection-suggestions"),
    ("POST", "/connected-accounts/connected-account-listings"), ("POST", "/connected-accounts/connect-google"),
    ("POST", "/connected-accounts/connect-facebook"), ("POST", "/connected-accounts/disconnect-google"),
    ("POST", "/connected-accounts/disconnect-facebook"), ("POST", "/connected-accounts/trigger-matches"),
    ("POST", "/connected-accounts/confirm-matches"), ("POST", "/connected-accounts/connect-listing"),
    ("POST", "/connected-accounts/disconnect-listing"), ("POST", "/locations/create/gmb-listing"),
    ("POST", "/locations/oauth_connect_url"), ("POST", "/locations/oauth-disconnect"),
    ("GET", "/locations/{locationId}/connection_info"),
    ("GET", "/locations/{locationId}/keywords"), ("GET", "/locations/{locationId}/keywords-performance"),
    ("POST", "/locations/keywords"), ("POST", "/locations/keywords/archive"),
    ("POST", "/locations/ranking-analytics-timeline"), ("POST", "/locations/ranking-sitewise-histogram"),
    ("GET", "/locations/{locationId}/google-analytics"), ("GET", "/locations/{locationId}/bing-analytics"),
    ("GET", "/locations/{locationId}/facebook-analytics"),
    ("GET", "/locations/{locationId}/reviews"), ("POST", "/locations/reviews/respond"),
    ("POST", "/locations/reviews/respond/edit"), ("POST", "/locations/reviews/respond/archive"),
    ("GET", "/locations/{locationId}/reviews/settings"), ("POST", "/locations/reviews/settings/edit"),
    ("GET", "/reviewDetails"), ("GET", "/review-phrases"), ("GET", "/reviews/site-config"),
    ("GET", "/locations/{locationId}/review-analytics-overview"),
    ("GET", "/locations/{locationId}/review-analytics-timeline"),
    ("GET", "/locations/{locationId}/review-analytics-sites-stats"),
    ("POST", "/automations/temporary-close-location-with-reopening-date"),
  ]

  /// The API's paths all start here.
  static let prefix = "/api/v4"

  /// One route per path, holding its methods, in the order of first appearance.
  private static func grouped(_ entries: [(method: String, path: String, endpoint: SynupEndpoint)])
    -> [RouteTable<SynupEndpoint>.Route]
  {
    var paths: [String] = []
    var methods: [String: [(method: String, endpoint: SynupEndpoint)]] = [:]
    for entry in entries {
      if methods[entry.path] == nil { paths.append(entry.path) }
      methods[entry.path, default: []].append((entry.method, entry.endpoint))
    }
    return paths.map { .init(template: PathTemplate(prefix + $0), auth: .required, methods: methods[$0] ?? []) }
  }
}
