import SynCatalog
import SynJSON

extension SynupOperationID {
  /// The simulator's answer to each operation: an operation added to the catalog adds its case here.
  /// Nil for an operation not simulated yet, which answers 501.
  /// A closure that throws says `throws(SynupFailure)`, as Swift infers no typed throw from context.
  var handler: SynupHandler? {
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
      return .query { account, query, _, context throws(SynupFailure) in
        try account.listLocations(query, at: context.now)
      }
    case .getLocations:
      return .query { account, query, _, context throws(SynupFailure) in
        try account.locationsByIDs(query, at: context.now)
      }
    case .searchLocations:
      return .query { account, query, _, context throws(SynupFailure) in
        try account.searchLocations(query, at: context.now)
      }
    case .getStoreLocations:
      return .query { account, query, _, context throws(SynupFailure) in
        try account.locationsByStoreCodes(query, at: context.now)
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
      return .query { account, query, _, context throws(SynupFailure) in
        try account.folderLocations(query, at: context.now)
      }
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
      return .query { account, query, _, context throws(SynupFailure) in
        try account.locationsByTag(query, at: context.now)
      }
    case .listSubcategories: return .query { _, _, _, _ in .array(SubCategory.all.map(\.json)) }
    case .listCountries: return .query { _, _, _, _ in Countries.supported }
    case .createUserAndFolder:
      return .payloadMutation(Inputs.addUserAndFolder, .userAndFolder) { account, input, now throws(SynupFailure) in
        try account.addUserAndFolder(input, at: now)
      }
    case .listSubscriptions:
      return .query { account, _, _, _ in SynupSubscriptions.active(account.dataSeed) }
    case .listPlanSites: return .query { _, _, _, _ in .array(DirectorySite.all.map(\.planSiteJSON)) }
    case .listPremiumListings:
      return .query { account, _, path, context throws(SynupFailure) in
        try account.listings(of: path[0], premium: true, at: context.now)
      }
    case .listAdditionalListings:
      return .query { account, _, path, context throws(SynupFailure) in
        try account.listings(of: path[0], premium: false, at: context.now)
      }
    case .listVoiceListings:
      return .query { account, _, path, context throws(SynupFailure) in
        try account.voiceListings(of: path[0], at: context.now)
      }
    case .getAIListings:
      return .query { account, _, path, context throws(SynupFailure) in
        try account.aiListings(of: path[0], at: context.now)
      }
    case .listDuplicates:
      return .query { account, _, path, context throws(SynupFailure) in
        try account.duplicateListings(of: path[0], at: context.now)
      }
    case .listAccountDuplicates:
      return .query { account, query, _, context throws(SynupFailure) in
        try account.duplicateRollup(query, at: context.now)
      }
    case .markDuplicate:
      return .bulkMutation(Inputs.duplicateMark("MarkAsDuplicateInput")) { account, input, now throws(SynupFailure) in
        try account.mark(.duplicate, input, at: now)
      }
    case .unmarkDuplicate:
      return .bulkMutation(Inputs.duplicateMark("MarkAsNotDuplicateInput")) {
        account, input, now throws(SynupFailure) in try account.mark(.notDuplicate, input, at: now)
      }
    case .listPhotos:
      return .query { account, _, path, context throws(SynupFailure) in
        try account.listPhotos(locationID: path[0], at: context.now)
      }
    case .addPhotos:
      return .bulkMutation(Inputs.addLocationPhotos) { account, input, now throws(SynupFailure) in
        try account.addPhotos(input, at: now)
      }
    case .getPhotoRequest:
      return .multiMemberQuery { account, _, path, _ throws(SynupFailure) in
        try account.photoRequestStatus(id: path[0])
      }
    case .starPhotos:
      return .bulkMutation(Inputs.starLocationPhotos) { account, input, now throws(SynupFailure) in
        try account.starPhotos(input, at: now)
      }
    case .removePhotos:
      return .bulkMutation(Inputs.removeLocationPhotos) { account, input, now throws(SynupFailure) in
        try account.removePhotos(input, at: now)
      }
    case .closeLocation:
      return .bulkMutation(Inputs.createFlowFromRecipe) { account, input, now throws(SynupFailure) in
        try account.closeTemporarily(input, at: now)
      }
    case .createGridReport:
      return .bareMutation { account, body, _, now throws(SynupFailure) in try account.createGridReports(body, at: now)
      }
    case .listGridReports:
      return .multiMemberQuery { account, query, path, context throws(SynupFailure) in
        try account.gridReports(locationID: path[0], query, at: context.now)
      }
    case .getGridReport:
      return .query { account, _, path, _ throws(SynupFailure) in try account.gridReport(id: path[0]) }
    case .addKeywords:
      return .bareMutation { account, body, _, now throws(SynupFailure) in try account.addKeywords(body, at: now) }
    case .listKeywords:
      return .query { account, _, path, context throws(SynupFailure) in
        try account.listKeywords(locationID: path[0], at: context.now)
      }
    case .archiveKeyword:
      return .bareMutation { account, body, _, now throws(SynupFailure) in try account.archiveKeyword(body, at: now) }
    case .getKeywordPerformance:
      return .query { account, query, path, context throws(SynupFailure) in
        try account.keywordPerformance(locationID: path[0], query, at: context.now)
      }
    case .getRankingTimeline:
      return .bareMutation { account, body, _, now throws(SynupFailure) in try account.rankingTimeline(body, at: now) }
    case .getRankingHistogram:
      return .bareMutation { account, body, _, now throws(SynupFailure) in try account.rankingHistogram(body, at: now) }
    case .getGoogleAnalytics: return profileAnalytics(.google)
    case .getFacebookAnalytics: return profileAnalytics(.facebook)
    case .getBingAnalytics: return profileAnalytics(.bing)
    case .connectGoogle, .connectFacebook:
      let publisher: SynupPublisher = self == .connectGoogle ? .google : .facebook
      let field = graphQLField
      return .linkMutation(Inputs.bulkConnectLink) { account, input, context in
        [field: account.bulkConnectLink(publisher, input, context)]
      }
    case .createConnectURL:
      return .linkMutation(Inputs.connectURL) { account, input, context throws(SynupFailure) in
        let answer = try account.oauthConnectURL(input, context)
        // The SDK reads connectUrl, the white-label SDK createConnectUrl (section 3).
        return ["connectUrl": answer, "createConnectUrl": answer]
      }
    case .disconnectGoogle:
      return .bulkMutation(Inputs.bulkDisconnect("GmbBulkDisconnectInput")) {
        account, input, now throws(SynupFailure) in
        try account.bulkDisconnect(.google, input, at: now)
      }
    case .disconnectFacebook:
      return .bulkMutation(Inputs.bulkDisconnect("FbBulkDisconnectInput")) { account, input, now throws(SynupFailure) in
        try account.bulkDisconnect(.facebook, input, at: now)
      }
    case .listConnectedAccounts:
      return .query { account, query, _, _ throws(SynupFailure) in try account.listConnectedAccounts(query) }
    case .getConnectedAccount:
      return .query { account, _, path, _ throws(SynupFailure) in try account.connectedAccountDetails(path[0]) }
    case .listGoogleFolders:
      return .query { account, query, path, _ throws(SynupFailure) in try account.googleFolders(path[0], query) }
    case .listSuggestions:
      return .query { account, query, path, _ throws(SynupFailure) in
        try account.connectionSuggestions(path[0], query)
      }
    case .listAccountListings:
      return .bareMutation { account, body, _, _ throws(SynupFailure) in try account.connectedAccountListings(body) }
    case .triggerMatches:
      return .bulkMutation(Inputs.triggerMatches) { account, input, now in account.triggerMatches(input, at: now) }
    case .confirmMatches:
      return .bulkMutation(Inputs.confirmMatches) { account, input, now in account.confirmMatches(input, at: now) }
    case .connectListing:
      return .bulkMutation(Inputs.connectListing) { account, input, now throws(SynupFailure) in
        try account.connectListing(input, at: now)
      }
    case .disconnectListing, .disconnectOAuthConnection:
      return .bulkMutation(Inputs.disconnectListing) { account, input, now throws(SynupFailure) in
        try account.disconnectListing(input, at: now)
      }
    case .createGMBListing:
      return .bareMutation { account, body, _, now throws(SynupFailure) in try account.createGMBListing(body, at: now) }
    case .createCampaign:
      return .bulkMutation(Inputs.createReviewCampaign) { account, input, now throws(SynupFailure) in
        try account.createCampaign(input, at: now)
      }
    case .addCampaignCustomers:
      return .bulkMutation(Inputs.addCustomersToReviewCampaign) { account, input, now throws(SynupFailure) in
        try account.addCampaignCustomers(input, at: now)
      }
    case .listCampaigns:
      return .query { account, query, path, context throws(SynupFailure) in
        try account.listCampaigns(query, locationID: path[0], at: context.now)
      }
    case .listCampaignCustomers:
      return .query { account, _, path, context throws(SynupFailure) in
        try account.campaignCustomers(campaignID: path[0], at: context.now)
      }
    case .listReviewSources:
      return .query { account, _, path, context throws(SynupFailure) in
        try account.reviewSettings(locationID: path[0], at: context.now)
      }
    case .listAccountReviewSources: return .query { _, _, _, _ in SynupAccount.reviewSiteConfig }
    case .updateReviewSources:
      return .bareMutation { account, body, _, now throws(SynupFailure) in try account.editReviewSettings(body, at: now)
      }
    case .listReviews:
      return .query { account, query, path, context throws(SynupFailure) in
        try account.listReviews(query, locationID: path[0], at: context.now)
      }
    case .getReviews: return .query { account, query, _, _ throws(SynupFailure) in try account.reviewDetails(query) }
    case .respondReview:
      return .bareMutation { account, body, _, now throws(SynupFailure) in try account.respond(body, at: now) }
    case .editResponse:
      return .bareMutation { account, body, _, now throws(SynupFailure) in try account.editResponse(body, at: now) }
    case .archiveResponse:
      return .bareMutation { account, body, _, now throws(SynupFailure) in try account.archiveResponse(body, at: now) }
    case .getReviewOverview:
      return .query { account, query, path, context throws(SynupFailure) in
        try account.reviewOverview(query, locationID: path[0], at: context.now)
      }
    case .getReviewTimeline:
      return .query { account, query, path, context throws(SynupFailure) in
        try account.reviewTimeline(query, locationID: path[0], at: context.now)
      }
    case .getReviewSiteStats:
      return .query { account, query, path, context throws(SynupFailure) in
        try account.reviewSiteStats(query, locationID: path[0], at: context.now)
      }
    case .createReviewWidget:
      return .bareMutation { account, body, _, now throws(SynupFailure) in try account.addReviewWidget(body, at: now) }
    case .updateReviewWidget:
      return .bareMutation { account, body, _, now throws(SynupFailure) in try account.editReviewWidget(body, at: now) }
    }
  }
}

extension SynupOperationID {
  /// A profile-analytics read of `source`.
  private func profileAnalytics(_ source: ProfileAnalyticsSource) -> SynupHandler {
    .query { account, query, path, context throws(SynupFailure) in
      try account.profileAnalytics(source, locationID: path[0], query, at: context.now)
    }
  }
}

/// Every Synup route the simulator knows: the catalog's operations (those not
/// simulated yet answer 501), then two SDK routes of unknown shape that stay
/// 501 (synup-sections.md section 3). Anything else is 404.
extension SynupEndpoint {
  static let routes = RouteTable<SynupEndpoint>(
    grouping: SynupOperationID.allCases.map { id in
      let operation = id.operation
      let endpoint = id.handler.map { SynupEndpoint.operation($0, field: id.graphQLField) } ?? .notSimulated
      return (operation.method, operation.path, AuthRequirement(operation.key), endpoint)
    } + uncataloged.map { ($0.method, $0.path, .required, .notSimulated) }
      + otherMethods.compactMap { method, id in
        id.handler.map { (method, id.operation.path, .required, .operation($0, field: id.graphQLField)) }
      })

  /// A catalog operation also routed under a second method: S2 documents the settings edit as a GET with a body,
  /// the SDK sends a POST (synup-sections.md 7 #25).
  private static let otherMethods: [(method: String, id: SynupOperationID)] = [("GET", .updateReviewSources)]

  /// Routes the official SDK calls whose answers nothing shows; they are no catalog operation.
  private static let uncataloged: [(method: String, path: String)] = [
    ("GET", "/api/v4/locations/{locationId}/connection_info"), ("GET", "/api/v4/review-phrases"),
  ]
}
