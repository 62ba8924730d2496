import SynCatalog
import SynJSON

/// Each Synup operation's answers (spec/synup.md 2 and 4): HTTP 200 with
/// `{"data":{"<field>": value}}`, or at 200 too one of the error shapes
/// (a bad id, a coercion error); 400 when a query parameter cannot be
/// read, 401 for a bad key, 500 for a server failure. An operation the
/// simulator does not simulate yet answers 501 instead.
enum SynupResponses {
  typealias S = JSONSchema

  /// The schema of the value under the operation's GraphQL field; nil while the
  /// simulator answers the operation 501 (its value is then documented as any).
  static func value(of id: SynupOperationID) -> JSONValue? {
    switch id {
    case .createUser, .updateUser: userPayload
    case .listUsers: S.ref("UserConnection")
    case .getUsers: S.array(S.ref("UserByID"))
    case .addUserLocations, .removeUserLocations: itemStatuses(key: "locationId")
    case .addUserFolders, .removeUserFolders: itemStatuses(key: "folderId")
    case .listUserResources: S.array(S.ref("UserResource"))
    case .listRoles: S.array(S.ref("Role"))
    case .createLocation, .updateLocation: locationPayload
    case .listLocations, .searchLocations, .listTagLocations: S.ref("LocationConnection")
    case .getLocations, .getStoreLocations, .listFolderLocations: S.array(S.ref("Location"))
    case .archiveLocations, .activateLocations, .cancelArchive: lifecyclePayload
    case .createFolder, .renameFolder: folderPayload
    case .listFolders: S.array(S.ref("FlatFolder"))
    case .getFolderTree: S.array(S.ref("FolderTreeNode"))
    case .getFolder: S.ref("FolderDetails")
    case .deleteFolder: S.object([("errors", payloadErrors), ("success", S.boolean)])
    case .addFolderLocations:
      S.object([("errors", payloadErrors), ("folder", S.nullable(S.ref("Folder"))), ("success", S.boolean)])
    case .removeFolderLocations:
      S.object([
        ("clientMutationId", clientMutationId), ("errors", payloadErrors),
        ("locations", S.nullable(S.array(S.string))), ("success", S.boolean),
      ])
    case .addTag, .removeTag: tagPayload
    case .listTags: S.array(S.ref("Tag"))
    case .listSubcategories: S.array(S.ref("SubCategory"))
    case .listCountries: S.array(S.ref("Country"))
    case .listSubscriptions: S.array(S.ref("Subscription"))
    case .listPlanSites: S.array(S.ref("PlanSite"))
    case .createUserAndFolder: userAndFolderPayload
    case .listPremiumListings, .listAdditionalListings: S.array(S.ref("Listing"))
    case .listVoiceListings: S.array(S.ref("VoiceAssistant"))
    case .getAIListings: S.ref("AIListings")
    case .listDuplicates: S.array(S.ref("DuplicateListingGroup"))
    case .listAccountDuplicates: S.ref("DuplicateListingRollup")
    case .markDuplicate, .unmarkDuplicate:
      S.object([
        ("clientMutationId", clientMutationId), ("errors", S.null), ("success", S.boolean), ("warnings", S.null),
      ])
    case .listPhotos: S.array(S.ref("MediaFile"))
    case .addPhotos: addPhotosPayload
    case .getPhotoRequest: S.ref("PhotoRequestStatus")
    case .starPhotos: starPhotosPayload
    case .removePhotos: removePhotosPayload
    case .closeLocation: closeLocationPayload
    case .createGridReport:
      S.object([("data", S.nullable(S.object([("reportIds", S.array(S.uuid))]))), ("errors", S.nullable(S.string))])
    case .listGridReports: S.array(S.ref("GridReport"))
    case .getGridReport: S.ref("GridReport")
    case .addKeywords:
      S.object([
        ("keywords", S.nullable(S.array(S.ref("AddedKeyword")))),
        ("errors", S.nullable(S.array(S.ref("KeywordError")))),
      ])
    case .listKeywords: S.array(S.object([("id", SynupSchemas.relayID), ("name", S.string)]))
    case .archiveKeyword:
      S.object([("keyword", S.object([("id", SynupSchemas.relayID), ("archived", S.boolean), ("name", S.string)]))])
    case .getKeywordPerformance: S.array(S.ref("KeywordPerformance"))
    case .getRankingTimeline: rankingTimeline
    case .getRankingHistogram: rankingHistogram
    case .getGoogleAnalytics:
      SynupSchemas.analytics(["directionsAction", "maps", "phoneAction", "search", "websiteAction", "total"])
    case .getFacebookAnalytics:
      SynupSchemas.analytics(["ctaAction", "directionsAction", "phoneAction", "views", "websiteAction"])
    case .getBingAnalytics: SynupSchemas.analytics(["views"])
    case .connectGoogle, .connectFacebook, .disconnectGoogle, .disconnectFacebook, .listConnectedAccounts,
      .getConnectedAccount, .listGoogleFolders, .listSuggestions, .listAccountListings, .triggerMatches,
      .confirmMatches, .connectListing, .disconnectListing, .createGMBListing, .createConnectURL,
      .disconnectOAuthConnection:
      connectedAccountValue(of: id)
    case .createCampaign, .addCampaignCustomers, .listCampaigns, .listCampaignCustomers, .listReviewSources,
      .listAccountReviewSources, .updateReviewSources, .listReviews, .getReviews, .respondReview, .editResponse,
      .archiveResponse, .getReviewOverview, .getReviewTimeline, .getReviewSiteStats, .createReviewWidget,
      .updateReviewWidget:
      reviewValue(of: id)
    }
  }

  /// The `responses` object of `operation`.
  static func responses(for operation: Operation, _ id: SynupOperationID) -> JSONObject {
    let field = id.graphQLField
    let valueSchema = value(of: id)
    // Where the docs and the SDKs name different fields, the value sits under each (synup-sections.md 3, 7 #1, #2).
    let success = S.object([("data", S.object([(field, valueSchema ?? S.any)] + siblingMembers(of: id)))])
    var responses = JSONObject()
    responses["200"] = OpenAPIResponse.json(
      "data.\(field), or an error at 200 (an invalid id, an input that does not fit the input type)",
      S.anyOf([success, S.ref("ErrorBody")]))
    responses["400"] = OpenAPIResponse.json("a query parameter or body the REST layer cannot read", S.ref("ErrorBody"))
    responses["401"] = OpenAPIResponse.json("a missing or invalid key (SY90005)", S.ref("ErrorBody"))
    if operation.body != .none {
      responses["413"] = OpenAPIResponse.json("PayloadTooLargeError", S.ref("PayloadTooLargeError"))
    }
    responses["500"] = OpenAPIResponse.json("a server failure (SY90006)", S.ref("ErrorBody"))
    if valueSchema == nil {
      responses["501"] = OpenAPIResponse.json("the simulator does not simulate this operation yet", S.ref("ErrorBody"))
    }
    return responses
  }

  /// Members answered beside the operation's field: the SDK's page of grid reports (synup-sections.md 7 #1).
  static func siblingMembers(of id: SynupOperationID) -> [(String, JSONValue)] {
    switch id {
    case .listGridReports:
      [("allGridrankReports", S.object([("reports", S.array(S.ref("GridReport"))), ("total", S.integer)]))]
    case .getPhotoRequest: [(SynupOperationID.photoRequestSDKField, value(of: id) ?? S.any)]
    case .createConnectURL: [("createConnectUrl", value(of: id) ?? S.any)]
    default: []
    }
  }

  // MARK: - Rankings roll-ups

  static let rankingTimeline = S.array(
    S.object([
      (
        "siteAverageRanking",
        S.array(
          S.object([
            ("site", S.string),
            ("averageRankings", S.array(S.object([("date", S.string), ("averageRank", S.integer)]))),
          ]))
      )
    ]))

  static let rankingHistogram = S.array(
    S.object([
      ("site", S.string),
      (
        "keywordCountByBucket",
        S.array(
          S.object([
            ("rankRange", S.string),
            ("dailyKeywordCount", S.array(S.object([("rankDate", S.string), ("keywordCount", S.integer)]))),
          ]))
      ),
    ]))

  // MARK: - Payloads (shape 3 on failure: entity null, success false)

  static let clientMutationId = S.nullable(S.string)
  /// `[]` or `null` on success, the rules broken otherwise.
  static let payloadErrors = S.nullable(S.array(S.ref("PayloadError")))

  static let userPayload = S.object([
    ("success", S.boolean), ("errors", S.array(S.ref("PayloadError"))), ("user", S.nullable(S.ref("User"))),
  ])

  /// `assignFolder` is `success` again; on failure `user` and `folder` are null.
  static let userAndFolderPayload = S.object([
    ("success", S.boolean), ("assignFolder", S.boolean), ("user", S.nullable(S.ref("UserOfUserAndFolder"))),
    ("folder", S.nullable(S.ref("FolderOfUserAndFolder"))), ("errors", S.array(S.ref("PayloadError"))),
  ])

  static let locationPayload = S.object([
    ("clientMutationId", clientMutationId), ("errors", payloadErrors), ("location", S.nullable(S.ref("Location"))),
    ("success", S.boolean), ("warnings", S.nullable(S.array(S.any))),
  ])

  static let folderPayload = S.object([
    ("clientMutationId", clientMutationId), ("errors", payloadErrors), ("folder", S.nullable(S.ref("Folder"))),
    ("success", S.boolean),
  ])

  static let tagPayload = S.object([
    ("clientMutationId", clientMutationId), ("errors", S.array(S.ref("PayloadError"))), ("success", S.boolean),
    ("tag", S.nullable(S.ref("Tag"))),
  ])

  /// `{"status":[{"errors","<key>","success"}]}`: one result per id.
  static func itemStatuses(key: String) -> JSONValue {
    S.object([
      (
        "status",
        S.array(S.object([("errors", S.nullable(S.array(S.string))), (key, S.string), ("success", S.boolean)]))
      )
    ])
  }

  static let lifecyclePayload = S.object([
    ("bulkEditTaskId", S.null), ("clientMutationId", clientMutationId), ("errors", S.null),
    (
      "result",
      S.array(
        S.object([
          ("errors", S.nullable(S.array(S.string))), ("locationId", S.string),
          ("status", S.nullable(S.enumeration(["ACTIVE", "ARCHIVE_SCHEDULED", "ARCHIVED"]))), ("success", S.boolean),
        ]))
    ),
    ("success", S.null),
  ])
}
