// Who creates a resource and who removes it: what the cleanup ledger of a live
// test run reads (docs/live.md, "Cleanup after live tests").

/// A resource a create operation makes: its name in messages, where the new
/// resource's id sits in the success answer, and the operation that removes it.
public struct CreatedResource: Sendable {
  /// `profile`, `location`: how cleanup lines and reports name it.
  public var name: String
  /// The keys that lead to the id in the answer, `*` standing for every element
  /// of an array (`data.addKeywords.keywords.*.id`). The answer made nothing
  /// when nothing is there (Synup answers a refusal with 200 and a null object).
  public var idPath: [String]
  /// What removes it; nil when the API documents no way to.
  public var removal: Removal?
  /// Why nothing removes it, for the docs and `syn help`; empty when `removal` is set.
  public var unremovableReason: String

  init(_ name: String, id idPath: String, removedBy removal: Removal) {
    self.name = name
    self.idPath = idPath.split(separator: ".").map(String.init)
    self.removal = removal
    self.unremovableReason = ""
  }

  init(_ name: String, id idPath: String, unremovable reason: String) {
    self.name = name
    self.idPath = idPath.split(separator: ".").map(String.init)
    self.removal = nil
    self.unremovableReason = reason
  }

  /// The account `mock authorize` (the end user approving a `connect account`
  /// flow) makes: the only way a script makes a Synposter account. Its answer
  /// is the final redirect's parameters.
  public static let authorizedAccount = CreatedResource(
    "account", id: "accountId", removedBy: Removal(.synposter(.deleteAccount), takesIDAs: "id"))
}

/// The operation that removes a resource, and where its request takes the id.
public struct Removal: Sendable {
  public var operation: OperationID
  /// The path parameter (`{id}`) or the field (`locationIds`, a one-element
  /// array when the field is an array) the id fills.
  public var parameter: String

  init(_ operation: OperationID, takesIDAs parameter: String) {
    self.operation = operation
    self.parameter = parameter
  }
}

extension OperationID {
  /// The resources a successful call makes; empty for an operation that makes none.
  public var createdResources: [CreatedResource] {
    switch self {
    case .synposter(let id): id.createdResources
    case .synup(let id): id.createdResources
    }
  }
}

extension SynposterOperationID {
  public var createdResources: [CreatedResource] {
    switch self {
    case .createProfile:
      [CreatedResource("profile", id: "id", removedBy: Removal(.synposter(.deleteProfile), takesIDAs: "id"))]
    case .createPost:
      [CreatedResource("post", id: "id", removedBy: Removal(.synposter(.deletePost), takesIDAs: "id"))]
    case .createMedia:
      [
        CreatedResource(
          "media", id: "id", unremovable: "Synposter documents no way to delete an upload; it is not a quota item")
      ]
    // The flow makes no account: the end user's approval does (`CreatedResource.authorizedAccount`).
    case .connectAccount: []
    case .listProfiles, .getProfile, .updateProfile, .deleteProfile, .listAccounts, .getAccount, .deleteAccount,
      .listPosts, .getPost, .deletePost, .getUsage, .getHealth:
      []
    }
  }
}

extension SynupOperationID {
  public var createdResources: [CreatedResource] {
    let folder = CreatedResource(
      "folder", id: "data.\(graphQLField).folder.name", removedBy: Removal(.synup(.deleteFolder), takesIDAs: "name"))
    let user = CreatedResource(
      "user", id: "data.\(graphQLField).user.id",
      unremovable: "Synup documents no user delete (update user archived=true has no documented effect)")
    switch self {
    case .createLocation:
      // Archival is Synup's removal: scheduled until the billing cycle ends (synup.md, locations).
      return [
        CreatedResource(
          "location", id: "data.createLocation.location.id",
          removedBy: Removal(.synup(.archiveLocations), takesIDAs: "locationIds"))
      ]
    // Synup's folder delete takes the folder's (lower-cased) name, so the name is the id kept.
    case .createFolder: return [folder]
    case .createUser: return [user]
    case .createUserAndFolder: return [user, folder]
    case .addKeywords:
      return [
        CreatedResource(
          "keyword", id: "data.addKeywords.keywords.*.id",
          removedBy: Removal(.synup(.archiveKeyword), takesIDAs: "id"))
      ]
    case .addTag:
      return [CreatedResource("tag", id: "data.addTag.tag.name", unremovable: "remove tag untags; the tag stays")]
    case .addPhotos:
      return [
        CreatedResource(
          "photo", id: "data.addLocationPhotos.photos.*.id",
          unremovable: "remove photo needs the location as well; the photos go with their location's archival")
      ]
    case .createGridReport:
      return [
        CreatedResource(
          "grid report", id: "data.createGridrankReport.data.reportIds.*",
          unremovable: "Synup documents no grid report delete")
      ]
    case .createCampaign:
      return [
        CreatedResource(
          "review campaign", id: "data.createReviewCampaign.reviewCampaign.id",
          unremovable: "Synup documents no review campaign delete")
      ]
    case .createReviewWidget:
      return [
        CreatedResource(
          "review widget", id: "data.addReviewWidget.widget.id",
          unremovable: "Synup documents no review widget delete")
      ]
    case .listUsers, .getUsers, .updateUser, .addUserLocations, .removeUserLocations, .addUserFolders,
      .removeUserFolders, .listUserResources, .listRoles, .updateLocation, .listLocations, .getLocations,
      .searchLocations, .getStoreLocations, .archiveLocations, .activateLocations, .cancelArchive, .listFolders,
      .getFolderTree, .getFolder, .renameFolder, .deleteFolder, .removeFolderLocations, .listFolderLocations,
      .removeTag, .listTags, .listTagLocations, .listSubcategories, .listCountries, .listPhotos, .getPhotoRequest,
      .starPhotos, .removePhotos, .listSubscriptions, .listPlanSites, .listGridReports, .getGridReport,
      .addCampaignCustomers, .listCampaigns, .listCampaignCustomers, .listPremiumListings, .listAdditionalListings,
      .listVoiceListings, .getAIListings, .listDuplicates, .listAccountDuplicates, .markDuplicate, .unmarkDuplicate,
      .connectGoogle, .connectFacebook, .disconnectGoogle, .disconnectFacebook, .listConnectedAccounts,
      .getConnectedAccount, .listGoogleFolders, .listSuggestions, .listAccountListings, .triggerMatches,
      .confirmMatches, .connectListing, .disconnectListing, .disconnectOAuthConnection,
      .listKeywords, .archiveKeyword, .getKeywordPerformance, .getRankingTimeline, .getRankingHistogram,
      .getGoogleAnalytics, .getFacebookAnalytics, .getBingAnalytics, .listReviewSources, .listAccountReviewSources,
      .updateReviewSources, .listReviews, .getReviews, .respondReview, .editResponse, .archiveResponse,
      .getReviewOverview, .getReviewTimeline, .getReviewSiteStats, .updateReviewWidget, .closeLocation:
      return []
    // It may make the folder it names, but its answer does not say whether the folder was new:
    // recording it would delete a folder the case found.
    case .addFolderLocations: return []
    // It connects an existing location to a new Google listing; archiving the location removes both.
    case .createGMBListing: return []
    // A link for the end user, not a resource of the account.
    case .createConnectURL: return []
    }
  }
}
