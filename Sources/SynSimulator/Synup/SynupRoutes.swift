import SynCatalog
import SynJSON

extension SynupOperationID {
  /// The simulator's answer to each operation: an operation added to the catalog adds its case here.
  /// A closure that throws says `throws(SynupFailure)`, as Swift infers no typed throw from context.
  var handler: SynupHandler {
    typealias Inputs = SynupInputTypes
    switch self {
    case .createUser: return .payloadMutation(Inputs.createUser, .user) { $0.createUser($1, at: $2) }
    case .listUsers: return .query { account, query, _, _ throws(SynupFailure) in try account.listUsers(query) }
    case .getUsers: return .query { account, query, _, _ throws(SynupFailure) in try account.usersByIDs(query) }
    case .updateUser:
      return .payloadMutation(Inputs.updateUser, .user) { account, input, _ throws(SynupFailure) in
        try account.updateUser(input)
      }
    case .addUserLocations:
      return .bulkMutation(Inputs.userLocations("AddLocationsForUserInput")) { account, input, _ throws(SynupFailure) in
        try account.assignLocations(input, adding: true)
      }
    case .removeUserLocations:
      return .bulkMutation(Inputs.userLocations("RemoveLocationsForUserInput")) {
        account, input, _ throws(SynupFailure) in try account.assignLocations(input, adding: false)
      }
    case .addUserFolders:
      return .bulkMutation(Inputs.userFolders("AddFoldersForUserInput")) { account, input, _ throws(SynupFailure) in
        try account.assignFolders(input, adding: true)
      }
    case .removeUserFolders:
      return .bulkMutation(Inputs.userFolders("RemoveFoldersForUserInput")) { account, input, _ throws(SynupFailure) in
        try account.assignFolders(input, adding: false)
      }
    case .listUserResources:
      return .query { account, _, path, _ throws(SynupFailure) in try account.listUserResources(userID: path[0]) }
    case .listRoles: return .query { account, _, _, _ in account.listRoles() }
    case .createLocation: return .payloadMutation(Inputs.createLocation, .location) { $0.createLocation($1, at: $2) }
    case .updateLocation:
      return .payloadMutation(Inputs.updateLocation, .location) { account, input, now throws(SynupFailure) in
        try account.updateLocation(input, at: now)
      }
    case .listLocations:
      return .query { account, query, _, now throws(SynupFailure) in try account.listLocations(query, at: now) }
    case .getLocations:
      return .query { account, query, _, now throws(SynupFailure) in try account.locationsByIDs(query, at: now) }
    case .searchLocations:
      return .query { account, query, _, now throws(SynupFailure) in try account.searchLocations(query, at: now) }
    case .getStoreLocations:
      return .query { account, query, _, now throws(SynupFailure) in
        try account.locationsByStoreCodes(query, at: now)
      }
    case .archiveLocations:
      return .bulkMutation(Inputs.locationIds("ArchiveLocationsInput")) { account, input, now throws(SynupFailure) in
        try account.change(.archive, input, at: now)
      }
    case .activateLocations:
      return .bulkMutation(Inputs.locationIds("ActivateLocationsInput")) { account, input, now throws(SynupFailure) in
        try account.change(.activate, input, at: now)
      }
    case .cancelArchive:
      return .bulkMutation(Inputs.cancelLocationsArchive) { account, input, now throws(SynupFailure) in
        try account.change(.cancelArchive, input, at: now)
      }
    case .createFolder: return .payloadMutation(Inputs.createFolder, .folder) { $0.createFolder($1, at: $2) }
    case .listFolders: return .query { account, _, _, _ in account.flatFolders() }
    case .getFolderTree: return .query { account, _, _, _ in account.folderTree() }
    case .getFolder:
      return .query { account, query, _, _ throws(SynupFailure) in try account.folderDetails(query) }
    case .renameFolder:
      return .payloadMutation(Inputs.renameFolder, .folder) { account, input, _ in account.renameFolder(input) }
    case .deleteFolder:
      return .payloadMutation(Inputs.deleteFolder, .deletedFolder) { account, input, _ in account.deleteFolder(input) }
    case .addFolderLocations:
      return .payloadMutation(Inputs.addLocationsToFolder, .folderOfMovedLocations) {
        account, input, now throws(SynupFailure) in try account.addLocationsToFolder(input, at: now)
      }
    case .removeFolderLocations:
      return .payloadMutation(Inputs.deleteLocationsFromFolder, .locationsBackToRoot) {
        account, input, _ throws(SynupFailure) in try account.removeLocationsFromFolder(input)
      }
    case .listFolderLocations:
      return .query { account, query, _, now throws(SynupFailure) in try account.folderLocations(query, at: now) }
    case .addTag:
      return .payloadMutation(Inputs.tag("AddTagInput"), .tag) { account, input, now throws(SynupFailure) in
        try account.addTag(input, at: now)
      }
    case .removeTag:
      return .payloadMutation(Inputs.tag("RemoveTagInput"), .tag) { account, input, now throws(SynupFailure) in
        try account.removeTag(input, at: now)
      }
    case .listTags: return .query { account, _, _, _ in account.listTags() }
    case .listTagLocations:
      return .query { account, query, _, now throws(SynupFailure) in try account.locationsByTag(query, at: now) }
    case .listSubcategories: return .query { _, _, _, _ in .array(SubCategory.all.map(\.json)) }
    case .listCountries: return .query { _, _, _, _ in Countries.supported }
    }
  }
}

/// Every Synup route the simulator knows: the catalog's operations, then the
/// other sections of the table of contents, which answer 501 (at the paths
/// the official SDK uses). Anything else is 404.
extension SynupEndpoint {
  static let routes = RouteTable<SynupEndpoint>(
    grouping: SynupOperationID.allCases.map { id in
      let operation = id.operation
      let endpoint = SynupEndpoint.operation(id.handler, field: id.graphQLField)
      return (operation.method, operation.path, AuthRequirement(operation.key), endpoint)
    } + laterSections.map { ($0.method, prefix + $0.path, .required, .notSimulated) })

  /// The routes of the sections still to build: location photos,
  /// subscriptions and plan sites; the composite user-and-folder
  /// call; grid rank; review campaigns; listings; connected accounts;
  /// rankings; profile analytics; reviews; automations. None is a catalog operation.
  private static let laterSections: [(method: String, path: String)] = [
    ("POST", "/locations/photos"), ("GET", "/locations/photos/requests/{requestId}"),
    ("POST", "/locations/photos/star"), ("POST", "/locations/photos/remove"), ("GET", "/locations/{locationId}/photos"),
    ("GET", "/subscriptions"), ("GET", "/plan-sites"),
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
  private static let prefix = "/api/v4"
}
