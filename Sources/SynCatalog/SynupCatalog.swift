// Synup API v4 as specified in ../shared/spec/synup.md section 4 and, for the
// other sections of the table of contents, synup-sections.md sections 3 and 4.
// Reads are GET with query parameters (arrays travel as JSON text); most writes
// are POST with the fields inside {"input": {...}}, which the catalog adds, and
// some send a bare object (synup-sections.md 2.1).

extension Catalog {
  public static let synup = Catalog(
    api: .synup,
    defaultOrigin: "https://api.synup.com",
    auth: .authorization(scheme: "API"),
    operations: SynupOperationID.allCases.map(\.operation)
  )
}

/// Every Synup operation, in the catalog's order (completion and `:help` list them so).
public enum SynupOperationID: Hashable, Sendable, CaseIterable {
  case createUser, listUsers, getUsers, updateUser
  case addUserLocations, removeUserLocations, addUserFolders, removeUserFolders, listUserResources
  case listRoles
  case createLocation, updateLocation, listLocations, getLocations, searchLocations, getStoreLocations
  case archiveLocations, activateLocations, cancelArchive
  case createFolder, listFolders, getFolderTree, getFolder, renameFolder, deleteFolder
  case addFolderLocations, removeFolderLocations, listFolderLocations
  case addTag, removeTag, listTags, listTagLocations
  case listSubcategories
  case listCountries
  case createUserAndFolder
  case listPhotos, addPhotos, getPhotoRequest, starPhotos, removePhotos
  case listSubscriptions, listPlanSites
  case createGridReport, listGridReports, getGridReport
  case createCampaign, addCampaignCustomers, listCampaigns, listCampaignCustomers
  case listPremiumListings, listAdditionalListings, listVoiceListings, getAIListings
  case listDuplicates, listAccountDuplicates, markDuplicate, unmarkDuplicate
  case connectGoogle, connectFacebook, disconnectGoogle, disconnectFacebook
  case listConnectedAccounts, getConnectedAccount, listGoogleFolders, listSuggestions, listAccountListings
  case triggerMatches, confirmMatches, connectListing, disconnectListing, createGMBListing
  case createConnectURL, disconnectOAuthConnection
  case addKeywords, listKeywords, archiveKeyword, getKeywordPerformance, getRankingTimeline, getRankingHistogram
  case getGoogleAnalytics, getFacebookAnalytics, getBingAnalytics
  case listReviewSources, listAccountReviewSources, updateReviewSources
  case listReviews, getReviews, respondReview, editResponse, archiveResponse
  case getReviewOverview, getReviewTimeline, getReviewSiteStats
  case createReviewWidget, updateReviewWidget
  case closeLocation

  /// The GraphQL field the answer sits under: `{"data":{"addUser": ...}}`, named in error bodies too.
  public var graphQLField: String {
    switch self {
    case .createUser: "addUser"
    case .listUsers: "users"
    case .getUsers: "usersByIds"
    case .updateUser: "updateUser"
    case .addUserLocations: "addLocationsForUser"
    case .removeUserLocations: "removeLocationsForUser"
    case .addUserFolders: "addFoldersForUser"
    case .removeUserFolders: "removeFoldersForUser"
    case .listUserResources: "listUserResources"
    case .listRoles: "fetchAccountRoles"
    case .createLocation: "createLocation"
    case .updateLocation: "updateLocation"
    case .listLocations: "allLocations"
    case .getLocations: "getLocationsByIds"
    case .searchLocations: "searchLocations"
    case .getStoreLocations: "getLocationsByStoreCodes"
    case .archiveLocations: "archiveLocations"
    case .activateLocations: "activateLocations"
    case .cancelArchive: "cancelLocationsArchive"
    case .createFolder: "createFolder"
    case .listFolders: "getUserFolders"
    case .getFolderTree: "getFolderTree"
    case .getFolder: "getFolderDetails"
    case .renameFolder: "renameFolder"
    case .deleteFolder: "deleteFolder"
    case .addFolderLocations: "addLocationsToFolder"
    case .removeFolderLocations: "deleteLocationsFromFolder"
    case .listFolderLocations: "getLocationsForFolder"
    case .addTag: "addTag"
    case .removeTag: "removeTag"
    case .listTags: "listAllTags"
    case .listTagLocations: "searchLocationsByTag"
    case .listSubcategories: "subcategories"
    case .listCountries: "supportedCountries"
    case .createUserAndFolder: "addUserAndFolder"
    case .listPhotos: "mediaFilesOfLocation"
    case .addPhotos: "addLocationPhotos"
    // The docs' name; the simulator answers the SDK's bulkImageProcessingStatus too (synup-sections.md 4.1).
    case .getPhotoRequest: "getLocationPhotosUploadStatus"
    case .starPhotos: "starUnstarLocationPhotos"
    case .removePhotos: "removeLocationPhotos"
    case .listSubscriptions: "activeSubscriptions"
    case .listPlanSites: "planSites"
    case .createGridReport: "createGridrankReport"
    // The docs' name; the simulator answers the SDK's allGridrankReports too (synup-sections.md 4.4).
    case .listGridReports: "gridrankReportsByLocationId"
    case .getGridReport: "gridrankReportById"
    case .createCampaign: "createReviewCampaign"
    case .addCampaignCustomers: "addCustomersToReviewCampaign"
    case .listCampaigns: "listReviewCampaigns"
    case .listCampaignCustomers: "reviewCampaignInfo"
    case .listPremiumListings, .listAdditionalListings: "listingsForLocation"
    case .listVoiceListings: "voiceAssistantsForLocation"
    case .getAIListings: "fetchAiListings"
    case .listDuplicates: "duplicateListingsForLocation"
    case .listAccountDuplicates: "duplicateListingsRollup"
    case .markDuplicate: "markAsDuplicate"
    case .unmarkDuplicate: "markAsNotDuplicate"
    case .connectGoogle: "bulkConnectLinkForGoogle"
    case .connectFacebook: "bulkConnectLinkForFacebook"
    case .disconnectGoogle: "gmbBulkDisconnect"
    case .disconnectFacebook: "fbBulkDisconnect"
    case .listConnectedAccounts: "connectedAccountsInfo"
    case .getConnectedAccount: "connectedAccountDetails"
    case .listGoogleFolders: "getFoldersUnderGoogleAccount"
    case .listSuggestions: "connectionSuggestionsForAccount"
    case .listAccountListings: "connectedAccountListings"
    case .triggerMatches: "connectedAccountsTriggerMatches"
    case .confirmMatches: "confirmConnectMatches"
    case .connectListing: "connectListing"
    case .disconnectListing, .disconnectOAuthConnection: "disconnectConnectedAccountsLocations"
    case .createGMBListing: "createGmbListingForLocation"
    // The SDK's name; the white-label SDK reads createConnectUrl, which the simulator answers too (4.7).
    case .createConnectURL: "connectUrl"
    case .addKeywords: "addKeywords"
    case .listKeywords, .getKeywordPerformance: "keywordsByLocationId"
    case .archiveKeyword: "archiveKeyword"
    case .getRankingTimeline: "rankingsRollupByDate"
    case .getRankingHistogram: "rankingsRollupByKeywordCount"
    case .getGoogleAnalytics: "googleInsights"
    case .getFacebookAnalytics: "facebookInsights"
    case .getBingAnalytics: "bingInsights"
    case .listReviewSources: "interactionsSetting"
    case .listAccountReviewSources: "interactionSiteConfig"
    case .updateReviewSources: "editInteractionsSetting"
    case .listReviews: "interactions"
    case .getReviews: "interactionDetails"
    case .respondReview: "respondToInteraction"
    case .editResponse: "editResponse"
    case .archiveResponse: "archiveResponse"
    case .getReviewOverview: "interactionsAnalyticsStats"
    case .getReviewTimeline: "interactionsChartData"
    case .getReviewSiteStats: "interactionsSitesStats"
    case .createReviewWidget: "addReviewWidget"
    case .updateReviewWidget: "editReviewWidget"
    case .closeLocation: "createFlowFromRecipe"
    }
  }

  /// The operation's description; `operation` adds its documented errors (SynupErrors.swift).
  var definition: Operation {
    let id = OperationID.synup(self)
    typealias Fields = SynupFields
    let input = Operation.BodyStyle.wrapped("input")
    switch self {
    // MARK: Users and roles
    case .createUser:
      return Operation(
        id, "create", "user", method: "POST", path: "/api/v4/users/create", body: input, fields: Fields.user,
        doc: "Create a user with a role; answers data.addUser {success, errors, user}.")
    case .listUsers:
      return Operation(
        id, "list", "user", method: "GET", path: "/api/v4/users", fields: Fields.page,
        doc: "List users, newest first, up to 50 a page; answers data.users.")
    case .getUsers:
      return Operation(
        id, "get", "user", method: "GET", path: "/api/v4/users-by-ids",
        fields: [
          Field("userIds", .array(.string), required: true, constraints: "base64 User:N ids", doc: "The users to get.")
        ],
        positionalFields: ["userIds"], doc: "Get users by id; answers data.usersByIds.")
    case .updateUser:
      return Operation(
        id, "update", "user", method: "POST", path: "/api/v4/users/update", body: input,
        fields: [Field("id", .string, required: true, constraints: "base64 User:N", doc: "The user to change.")]
          + Fields.user.map(\.optional)
          + [
            Field("phone", .string, doc: "Phone number."),
            Field("archived", .boolean, doc: "Archive or restore the user."),
          ],
        positionalFields: ["id"], doc: "Change a user's fields; answers data.updateUser.")
    case .addUserLocations:
      return Operation(
        id, "add", "user-location", method: "POST", path: "/api/v4/users/locations/add", body: input,
        fields: [Fields.userId, Fields.locationIds], positionalFields: ["userId", "locationIds"],
        doc: "Let a user see locations; answers data.addLocationsForUser.status.")
    case .removeUserLocations:
      return Operation(
        id, "remove", "user-location", method: "POST", path: "/api/v4/users/locations/remove", body: input,
        fields: [Fields.userId, Fields.locationIds], positionalFields: ["userId", "locationIds"],
        doc: "Take locations from a user; answers data.removeLocationsForUser.status.")
    case .addUserFolders:
      return Operation(
        id, "add", "user-folder", method: "POST", path: "/api/v4/users/folders/add", body: input,
        fields: [
          Fields.userId, Fields.folderIds,
          Field("defaultFolderId", .string, constraints: "uuid", doc: "The user's default folder (ignored)."),
        ],
        positionalFields: ["userId", "folderIds"],
        doc: "Let a user see folders; answers data.addFoldersForUser.status.")
    case .removeUserFolders:
      return Operation(
        id, "remove", "user-folder", method: "POST", path: "/api/v4/users/folders/remove", body: input,
        fields: [Fields.userId, Fields.folderIds], positionalFields: ["userId", "folderIds"],
        doc: "Take folders from a user; answers data.removeFoldersForUser.status.")
    case .listUserResources:
      return Operation(
        id, "list", "user-resource", method: "GET", path: "/api/v4/users/{userId}/resources",
        doc: "List the folders and locations a user may see; answers data.listUserResources.")
    case .listRoles:
      return Operation(
        id, "list", "role", method: "GET", path: "/api/v4/roles",
        doc: "List the account's roles (Admin, Manager, Client (Write), Client (Read Only)).")

    // MARK: Locations
    case .createLocation:
      return Operation(
        id, "create", "location", method: "POST", path: "/api/v4/locations", body: input,
        fields: Fields.requiredLocation + Fields.optionalLocation,
        doc: "Create a location; answers data.createLocation {success, errors, location}.")
    case .updateLocation:
      return Operation(
        id, "update", "location", method: "POST", path: "/api/v4/locations/update", body: input,
        fields: [Field("id", .string, required: true, constraints: "base64 Location:N", doc: "The location to change.")]
          + Fields.requiredLocation.map(\.optional) + Fields.optionalLocation,
        positionalFields: ["id"], doc: "Change a location's fields; answers data.updateLocation.")
    case .listLocations:
      return Operation(
        id, "list", "location", method: "GET", path: "/api/v4/locations", fields: Fields.page,
        doc: "List locations, newest first; answers data.allLocations.")
    case .getLocations:
      return Operation(
        id, "get", "location", method: "GET", path: "/api/v4/locations-by-ids",
        fields: [
          Field(
            "ids", .array(.string), required: true, constraints: "base64 Location:N ids", doc: "The locations to get.")
        ],
        positionalFields: ["ids"], doc: "Get locations by id, archived ones too; answers data.getLocationsByIds.")
    case .searchLocations:
      return Operation(
        id, "search", "location", method: "GET", path: "/api/v4/locations/search",
        fields: [
          Field("query", .string, required: true, doc: "Text to find in names, streets and store ids (any case)."),
          Field(
            "fields", .array(.string), allowedValues: ["name", "street", "store_id"],
            doc: "Where to look (all by default)."),
          Fields.archivedFilter,
        ] + Fields.page,
        positionalFields: ["query"], doc: "Search locations; answers data.searchLocations.")
    case .getStoreLocations:
      return Operation(
        id, "get", "store-location", method: "GET", path: "/api/v4/locations-by-store-codes",
        fields: [Field("storeCodes", .array(.string), required: true, doc: "Store ids to look up.")],
        positionalFields: ["storeCodes"], doc: "Get locations by store id; answers data.getLocationsByStoreCodes.")
    case .archiveLocations:
      return Operation(
        id, "archive", "location", method: "POST", path: "/api/v4/locations/archive", body: input,
        fields: [Fields.locationIds], positionalFields: ["locationIds"],
        doc: "Schedule locations for archival at the end of the billing cycle; answers data.archiveLocations.result.")
    case .activateLocations:
      return Operation(
        id, "activate", "location", method: "POST", path: "/api/v4/locations/activate", body: input,
        fields: [Fields.locationIds], positionalFields: ["locationIds"],
        doc: "Reactivate archived locations; answers data.activateLocations.result.")
    case .cancelArchive:
      return Operation(
        id, "cancel", "archive", method: "POST", path: "/api/v4/locations/cancel_archive", body: input,
        fields: [
          Fields.locationIds,
          Field("selectionType", .string, doc: "Sent by the official SDK; ignored."),
          Field("changedBy", .string, doc: "Sent by the official SDK; ignored."),
        ],
        positionalFields: ["locationIds"],
        doc: "Cancel scheduled archivals; answers data.cancelLocationsArchive.result.")

    // MARK: Folders
    case .createFolder:
      return Operation(
        id, "create", "folder", method: "POST", path: "/api/v4/folders/create", body: input,
        fields: [
          Field("name", .string, required: true, constraints: "unique; lower-cased, [^a-z0-9_ -] -> _", doc: "Name."),
          Field("parentFolder", .string, constraints: "uuid", doc: "The parent folder (root by default)."),
          Field("parentFolderName", .string, doc: "The parent folder, by name."),
        ],
        positionalFields: ["name"], doc: "Create a folder; answers data.createFolder.")
    case .listFolders:
      return Operation(
        id, "list", "folder", method: "GET", path: "/api/v4/folders/flat",
        doc: "List every folder with its level and parent; answers data.getUserFolders.")
    case .getFolderTree:
      return Operation(
        id, "get", "folder-tree", method: "GET", path: "/api/v4/folders/tree",
        doc: "The folder hierarchy from root; answers data.getFolderTree.")
    case .getFolder:
      return Operation(
        id, "get", "folder", method: "GET", path: "/api/v4/folder-details", fields: Fields.folderQuery,
        positionalFields: ["folderId"], doc: "A folder's details and locations; answers data.getFolderDetails.")
    case .renameFolder:
      return Operation(
        id, "rename", "folder", method: "POST", path: "/api/v4/locations/folders/rename", body: input,
        fields: [
          Field("oldName", .string, required: true, doc: "The folder's current name."),
          Field("name", .string, required: true, constraints: "unique", doc: "The new name."),
        ],
        positionalFields: ["oldName", "name"], doc: "Rename a folder (not root); answers data.renameFolder.")
    case .deleteFolder:
      return Operation(
        id, "delete", "folder", method: "POST", path: "/api/v4/folders/delete", body: input,
        fields: [Field("name", .string, required: true, doc: "The folder's name.")], positionalFields: ["name"],
        doc: "Delete a folder (not root); its locations go back to root. Answers data.deleteFolder.")
    case .addFolderLocations:
      return Operation(
        id, "add", "folder-location", method: "POST", path: "/api/v4/locations/folders", body: input,
        fields: [
          Field("name", .string, required: true, constraints: "made if missing", doc: "The folder's name."),
          Field("locationIds", .array(.string), constraints: "base64 Location:N ids", doc: "The locations to move."),
        ],
        positionalFields: ["name", "locationIds"],
        doc: "Move locations into a folder; answers data.addLocationsToFolder.")
    case .removeFolderLocations:
      return Operation(
        id, "remove", "folder-location", method: "POST", path: "/api/v4/locations/folders/remove", body: input,
        fields: [Fields.locationIds], positionalFields: ["locationIds"],
        doc: "Move locations back to root; answers data.deleteLocationsFromFolder.")
    case .listFolderLocations:
      return Operation(
        id, "list", "folder-location", method: "GET", path: "/api/v4/folder-locations", fields: Fields.folderQuery,
        positionalFields: ["folderId"],
        doc: "List the locations of a folder and its subfolders; answers data.getLocationsForFolder.")

    // MARK: Tags
    case .addTag:
      return Operation(
        id, "add", "tag", method: "POST", path: "/api/v4/locations/tags", body: input, fields: Fields.tag,
        positionalFields: ["locationId", "tag"],
        doc: "Tag a location (the tag is made if new; at most 10 a location); answers data.addTag.")
    case .removeTag:
      return Operation(
        id, "remove", "tag", method: "POST", path: "/api/v4/locations/tags/remove", body: input, fields: Fields.tag,
        positionalFields: ["locationId", "tag"], doc: "Untag a location; the tag stays. Answers data.removeTag.")
    case .listTags:
      return Operation(
        id, "list", "tag", method: "GET", path: "/api/v4/tags",
        doc: "List the account's tags; answers data.listAllTags.")
    case .listTagLocations:
      return Operation(
        id, "list", "tag-location", method: "GET", path: "/api/v4/tags/locations",
        fields: [
          Field("tags", .array(.string), required: true, doc: "Locations with any of these tags."),
          Fields.archivedFilter,
        ] + Fields.page,
        positionalFields: ["tags"], doc: "List locations by tag, newest first; answers data.searchLocationsByTag.")

    case .listSubcategories:
      return Operation(
        id, "list", "subcategory", plural: "subcategories", method: "GET", path: "/api/v4/sub-categories",
        doc: "The categories a location may have (primary:false ones only as additional); answers data.subcategories.")
    case .listCountries:
      return Operation(
        id, "list", "country", plural: "countries", method: "GET", path: "/api/v4/countries",
        doc: "The countries and states a location may be in; answers data.supportedCountries.")
    case .listSubscriptions:
      return Operation(
        id, "list", "subscription", method: "GET", path: "/api/v4/subscriptions",
        doc: "The account's active subscriptions; answers data.activeSubscriptions.")
    case .listPlanSites:
      return Operation(
        id, "list", "plan-site", method: "GET", path: "/api/v4/plan-sites",
        doc: "The directory sites of the account's plan; answers data.planSites.")

    case .createUserAndFolder:
      return Operation(
        id, "add", "user-and-folder", plural: "users-and-folders", method: "POST",
        path: "/api/v4/users/add_user_and_folder", body: input,
        fields: Fields.user + [
          Field("locale", .string, constraints: "ENGLISH", doc: "The user's language."),
          Field("name", .string, required: true, constraints: "unique; as create folder", doc: "The new folder."),
          Field("locationIds", .array(.string), constraints: "base64 Location:N ids", doc: "Moved into the folder."),
          Field("socialProfileIds", .array(.string), doc: "Accepted and ignored."),
          Field("isDefaultFolder", .boolean, doc: "Make it the user's default folder (no visible effect)."),
          Field(
            "userId", .string, constraints: "base64 User:N; the user fields are then ignored",
            doc: "An existing user instead of a new one."),
        ],
        doc: "Create a user (email, roleId, firstName) and a folder for them, all or nothing; "
          + "answers data.addUserAndFolder.")
    case .listPhotos, .addPhotos, .getPhotoRequest, .starPhotos, .removePhotos: return photoOperation
    case .createGridReport, .listGridReports, .getGridReport: return gridRankOperation
    case .createCampaign, .addCampaignCustomers, .listCampaigns, .listCampaignCustomers: return campaignOperation
    case .listPremiumListings, .listAdditionalListings, .listVoiceListings, .getAIListings, .listDuplicates,
      .listAccountDuplicates, .markDuplicate, .unmarkDuplicate:
      return listingOperation
    case .connectGoogle, .connectFacebook, .disconnectGoogle, .disconnectFacebook, .listConnectedAccounts,
      .getConnectedAccount, .listGoogleFolders, .listSuggestions, .listAccountListings, .triggerMatches,
      .confirmMatches, .connectListing, .disconnectListing, .createGMBListing, .createConnectURL,
      .disconnectOAuthConnection:
      return connectedAccountOperation
    case .addKeywords, .listKeywords, .archiveKeyword, .getKeywordPerformance, .getRankingTimeline,
      .getRankingHistogram, .getGoogleAnalytics, .getFacebookAnalytics, .getBingAnalytics:
      return rankingOperation
    case .listReviewSources, .listAccountReviewSources, .updateReviewSources, .listReviews, .getReviews,
      .respondReview, .editResponse, .archiveResponse, .getReviewOverview, .getReviewTimeline, .getReviewSiteStats,
      .createReviewWidget, .updateReviewWidget:
      return reviewOperation
    case .closeLocation:
      return Operation(
        id, "close", "location", method: "POST",
        path: "/api/v4/automations/temporary-close-location-with-reopening-date", body: input,
        fields: [
          Field(
            "locationId", .string, required: true, constraints: "base64 Location:N or bare digits",
            doc: "The location."),
          Field("name", .string, required: true, constraints: "non-blank", doc: "The automation's name."),
          Field("startDate", .string, required: true, constraints: "YYYY-MM-DD, UTC", doc: "First day closed."),
          Field("startTime", .string, required: true, constraints: "HH:MM:SS, UTC", doc: "Time the closure starts."),
          Field("endDate", .string, required: true, constraints: "YYYY-MM-DD after startDate", doc: "Reopening day."),
        ],
        positionalFields: ["locationId"],
        doc: "Close a location temporarily until a reopening date; answers data.createFlowFromRecipe.")
    }
  }
}

/// Fields shared by several Synup operations.
enum SynupFields {
  static let page = [
    Field("first", .integer, constraints: ">= 0, default 50", doc: "Page size, from the newest."),
    Field("after", .string, constraints: "a cursor (node id)", doc: "Start after this node."),
    Field("last", .integer, constraints: ">= 0", doc: "Take this many from the end of the selection."),
    Field("before", .string, constraints: "a cursor (node id)", doc: "End before this node."),
  ]

  static let locationIds = Field(
    "locationIds", .array(.string), required: true, constraints: "base64 Location:N ids",
    doc: "The locations to act on.")

  static let archivedFilter = Field(
    "archived", .boolean, constraints: "omit for both", doc: "Only archived (true) or unarchived (false) locations.")

  static let folderQuery = [
    Field("folderId", .string, constraints: "uuid; or folderName", doc: "The folder's id."),
    Field("folderName", .string, constraints: "any case; or folderId", doc: "The folder's name."),
  ]

  static let user = [
    Field("email", .string, required: true, constraints: "well-formed, unique", doc: "The user's e-mail address."),
    Field("roleId", .string, required: true, constraints: "a CustomRole id from list roles", doc: "The user's role."),
    Field("firstName", .string, required: true, constraints: "<= 60 chars", doc: "First name."),
    Field("lastName", .string, nullable: true, constraints: "<= 60 chars", doc: "Last name."),
    Field("directCustomer", .boolean, constraints: "default false", doc: "Whether the user is a direct customer."),
  ]

  static let userId = Field("userId", .string, required: true, constraints: "base64 User:N", doc: "The user.")
  static let folderIds = Field(
    "folderIds", .array(.string), required: true, constraints: "folder uuids", doc: "The folders to act on.")

  static let requiredLocation = [
    Field("name", .string, required: true, constraints: "2-150 chars", doc: "Business name."),
    Field("street", .string, required: true, doc: "Street address."),
    Field("city", .string, required: true, doc: "City."),
    Field("postalCode", .string, required: true, doc: "Postal code."),
    Field("phone", .string, required: true, constraints: "10 digits once non-digits are dropped", doc: "Phone."),
    Field("stateIso", .string, required: true, constraints: "a state of countryIso, e.g. CA", doc: "State code."),
    Field(
      "countryIso", .string, required: true, allowedValues: ["US", "CA", "GB", "AU", "IN"], doc: "Country code."),
    Field(
      "subCategoryId", .string, required: true, constraints: "base64 SubCategory:N from list subcategories",
      doc: "Primary category."),
    Field("description", .string, required: true, constraints: ">= 200 chars", doc: "Business description."),
  ]

  static let optionalLocation =
    [
      Field("storeId", .string, constraints: "unique", doc: "Your own store code."),
      Field("street1", .string, doc: "Second address line."),
      Field("ownerEmail", .string, doc: "Owner's e-mail address."),
      Field("ownerName", .string, doc: "Owner's name."),
      Field("tagline", .string, doc: "Short tagline."),
      Field("paymentMethods", .array(.string), constraints: "e.g. CASH, VISA", doc: "Accepted payment methods."),
      Field("yearOfIncorporation", .integer, doc: "Year founded."),
      Field("hideAddress", .boolean, doc: "Hide the street address on listings."),
      Field("temporarilyClosed", .boolean, doc: "Temporarily closed."),
      Field(
        "businessHours", .array(.object), constraints: "all 7 days {day, type: OPEN|CLOSED, slots: [{start, end}]}",
        doc: "Opening hours, times as 09:00am."),
      Field("additionalCategoryIds", .array(.integer), constraints: "<= 9", doc: "Additional category numbers."),
      Field("additionalPhones", .array(.string), doc: "More phone numbers."),
      Field("googleAdsPhone", .string, doc: "Google Ads phone number."),
      Field("videos", .array(.object), doc: "Videos."),
      Field("placeActionLinks", .array(.object), doc: "Place action links."),
      Field("folderName", .string, constraints: "made if missing", doc: "The folder to put the location in."),
      Field("tags", .array(.string), constraints: "<= 10, [A-Za-z0-9 _-]", doc: "Tags (all is always added)."),
    ]
    + [
      "bizUrl", "facebookUrl", "twitterUrl", "linkedinUrl", "instagramUrl", "pinterestUrl", "youtubeUrl", "tiktokUrl",
      "googleplusUrl", "bookingUrl", "offeringsUrl", "reservationUrl",
    ].map { Field($0, .string, doc: "A link.") }

  static let tag = [
    Field("locationId", .string, required: true, constraints: "base64 Location:N", doc: "The location."),
    Field("tag", .string, required: true, constraints: "1-50 chars of [A-Za-z0-9 _-]", doc: "The tag's name."),
  ]
}

extension Field {
  /// The same field, not required (update operations).
  fileprivate var optional: Field {
    var field = self
    field.isRequired = false
    return field
  }
}
