// The SY codes each Synup operation answers beyond the shared SY90005 and SY90006, read from
// the simulator's handler of the operation (SynupRoutes.swift maps each id to its own) and the
// spec; a test checks that every code the simulator spells is listed somewhere. Each meaning
// ends with where the code sits: the top-level `errors` (`data.<field>` null, synup.md shape 2)
// or the mutation's payload (shape 3). Errors without a code (a blank folder or flow name, a
// connect-listing `message`, a grid report's `errors` string, coercion errors, the REST
// layer's 400s) are not listed.

extension SynupOperationID {
  /// The operation as the catalog lists it: its description and its documented errors.
  public var operation: Operation {
    definition.documenting(errors)
  }

  /// The codes this operation answers, in the order its handler checks them.
  var errors: [DocumentedError] {
    switch self {
    // MARK: Users and roles
    case .createUser: return inPayload(Self.userFields)
    case .updateUser: return topLevel(Code.invalidID) + inPayload([Code.userNotFound] + Self.userFields)
    case .addUserLocations, .removeUserLocations:
      // Inferred: the per-id message is SY10038's text, without its code (synup.md 4).
      return topLevel(Code.invalidID, Code.userNotFound)
        + inPayload([Code.locationDoesNotExist.because("its text only")], at: "status[].errors")
    case .addUserFolders, .removeUserFolders:
      // Inferred: the per-id message is SY10039's text, without its code (synup.md 4).
      return topLevel(Code.invalidID, Code.userNotFound)
        + inPayload([Code.folderDoesNotExist.because("its text only")], at: "status[].errors")
    case .listUserResources: return topLevel(Code.invalidID, Code.userNotFound)
    case .createUserAndFolder:
      return topLevel(Code.invalidID)
        + inPayload(
          [Code.userNotFound] + Self.userFields + [Code.folderNameTaken, Code.locationDoesNotExist])
    case .listRoles, .listSubcategories, .listCountries, .listSubscriptions, .listPlanSites, .listTags,
      .listFolders, .getFolderTree, .getStoreLocations, .listAccountDuplicates, .listConnectedAccounts,
      .triggerMatches, .confirmMatches, .listAccountReviewSources:
      return []

    // MARK: Locations
    case .createLocation: return inPayload(Self.locationFields)
    case .updateLocation:
      return topLevel(Code.invalidID)
        + inPayload(
          [Code.locationDoesNotExist, Code.notPermitted.because("the location is archived or scheduled for archival")]
            + Self.locationFields)
    case .listLocations, .getLocations, .searchLocations, .listTagLocations, .getUsers, .listUsers:
      return topLevel(Code.invalidID)
    case .archiveLocations, .activateLocations, .cancelArchive:
      // Inferred: the per-id message is SY10038's text, without its code (synup.md 4).
      return topLevel(Code.invalidID)
        + inPayload([Code.locationDoesNotExist.because("its text only")], at: "result[].errors")

    // MARK: Folders and tags
    case .createFolder: return inPayload([Code.folderNameTaken, Code.folderDoesNotExist.because("the parent")])
    case .getFolder, .listFolderLocations: return topLevel(Code.invalidID, Code.folderDoesNotExist)
    case .renameFolder: return inPayload([Code.folderDoesNotExist, Code.rootFolder, Code.folderNameTaken])
    case .deleteFolder: return inPayload([Code.folderDoesNotExist, Code.rootFolder])
    case .addFolderLocations: return topLevel(Code.invalidID) + inPayload([Code.locationDoesNotExist])
    case .removeFolderLocations:
      return topLevel(Code.invalidID) + inPayload([Code.locationDoesNotExist, Code.locationInRoot])
    case .addTag: return topLevel(Code.invalidID) + inPayload([Code.locationDoesNotExist] + Self.tagRules)
    case .removeTag: return topLevel(Code.invalidID) + inPayload([Code.locationDoesNotExist])

    // MARK: Photos
    case .listPhotos: return topLevel(Code.invalidLocation)
    case .addPhotos:
      // The payload's `errors` is one object whose message starts with the code (synup-sections.md 2.4).
      return topLevel(Code.invalidLocation, Code.archivedLocation)
        + inPayload([Code.photoBlank, Code.oneLogo, Code.oneCover, Code.photoFormat], at: "errors.message")
    case .getPhotoRequest: return topLevel(Code.invalidID, Code.resourceNotFound.because("no such photo request"))
    case .starPhotos:
      // A singular `error` (synup-sections.md 2.4); SY90007 there is the spec's [D].
      return topLevel(Code.invalidLocation, Code.invalidID)
        + inPayload(
          [Self.photoNotFound, Code.onlyAdditionalStarred, Code.tooManyStarred], at: "error")
    case .removePhotos:
      return topLevel(Code.invalidLocation, Code.invalidID)
        + inPayload([Self.photoNotFound, Code.logoOrCoverRemoval])

    // MARK: Grid rank and review campaigns
    case .createGridReport: return topLevel(Code.invalidLocation, Code.archivedLocation)
    case .listGridReports: return topLevel(Code.invalidLocation) + topLevel(Self.dates)
    case .getGridReport: return topLevel(Code.invalidID, Code.resourceNotFound.because("no such grid report"))
    case .createCampaign:
      return topLevel(Code.invalidLocation, Code.archivedLocation)
        + inPayload([Code.campaignNameBlank] + Self.campaignCustomers)
    case .addCampaignCustomers:
      return topLevel(Code.invalidID, Self.campaignNotFound) + inPayload(Self.campaignCustomers)
    case .listCampaigns: return topLevel(Code.invalidLocation) + topLevel(Self.dates)
    case .listCampaignCustomers: return topLevel(Code.invalidID, Self.campaignNotFound)

    // MARK: Listings
    case .listPremiumListings, .listAdditionalListings, .listVoiceListings, .getAIListings, .listDuplicates:
      return topLevel(Code.invalidLocation, Code.archivedLocation)
    case .markDuplicate, .unmarkDuplicate:
      return topLevel(Code.invalidLocation, Code.archivedLocation, Code.listingItemNotFound)

    // MARK: Connected accounts
    case .connectGoogle, .connectFacebook: return inPayload([Code.redirectURLInvalid])
    case .disconnectGoogle, .disconnectFacebook, .getConnectedAccount, .listGoogleFolders, .listSuggestions,
      .listAccountListings:
      return topLevel(Code.connectedAccountNotFound)
    case .connectListing:
      return topLevel(Code.invalidLocation, Code.archivedLocation, Code.connectedAccountNotFound)
    case .disconnectListing, .disconnectOAuthConnection:
      return topLevel(Code.invalidLocation, Code.archivedLocation, Code.siteInvalid, Code.locationNotConnected)
    case .createGMBListing:
      return topLevel(Code.invalidLocation, Code.archivedLocation)
        + inPayload([
          Code.connectedAccountNotFound, Code.resourceNotFound.because("the folder is not the Google account's"),
          Code.notPermitted.because("the location is connected to Google already"),
        ])
    case .createConnectURL:
      return topLevel(Code.invalidLocation, Code.archivedLocation, Code.siteInvalid)
        + inPayload([Code.redirectURLInvalid])

    // MARK: Rankings and analytics
    case .addKeywords:
      return topLevel(Code.invalidLocation, Code.archivedLocation)
        + inPayload([
          Code.keywordsBlank, Code.keywordBlank, Code.keywordTooShort, Code.keywordTooLong, Code.keywordExists,
          Code.keywordLimit,
        ])
    case .listKeywords: return topLevel(Code.invalidLocation)
    case .archiveKeyword: return topLevel(Code.invalidID, Code.keywordNotFound)
    case .getRankingTimeline, .getRankingHistogram:
      return topLevel(Code.locationIDsBlank) + topLevel(Self.dates) + topLevel(Code.invalidLocation)
    case .getKeywordPerformance, .getGoogleAnalytics, .getFacebookAnalytics, .getBingAnalytics,
      .getReviewOverview, .getReviewTimeline, .getReviewSiteStats:
      return topLevel(Code.invalidLocation) + topLevel(Self.dates)

    // MARK: Reviews
    case .listReviewSources: return topLevel(Code.invalidLocation)
    case .updateReviewSources:
      return topLevel(Code.invalidLocation)
        + inPayload([Code.siteNameInvalid, Code.connectedSite, Code.duplicateSites, Code.siteURLInvalid])
    case .listReviews:
      return topLevel(Code.invalidLocation, Code.duplicateSites, Code.ratingRange, Code.duplicateRatings)
        + topLevel(Self.dates) + topLevel(Code.invalidID.because("a cursor, malformed or of no review of the location"))
    case .getReviews: return topLevel(Code.invalidID)
    case .respondReview:
      return topLevel(
        Code.invalidID, Self.reviewNotFound, Code.responseEmpty, Code.archivedLocation,
        Code.notPermitted.because("the review cannot be responded to"), Code.googleRepliedOnce)
    case .editResponse:
      return topLevel(
        Code.invalidID, Self.reviewNotFound, Code.responseEmpty,
        Code.resourceNotFound.because("no live response of this id on the review"))
    case .archiveResponse:
      return topLevel(Code.invalidID, Code.resourceNotFound.because("no live response of this id"))
    case .createReviewWidget: return topLevel(Code.invalidLocation, Code.archivedLocation) + inPayload(Self.widgetRules)
    case .updateReviewWidget:
      // A missing widget is a payload error here, like the rules (synup-sections.md 4.10).
      return inPayload([Code.resourceNotFound.because("no such widget")] + Self.widgetRules)

    // MARK: Automations
    case .closeLocation:
      return topLevel(Code.invalidLocation, Code.archivedLocation)
        + inPayload([Code.closureDates])
    }
  }

  /// `errors` as the top-level `errors` answers them, `data.<field>` null.
  private func topLevel(_ errors: DocumentedError...) -> [DocumentedError] {
    topLevel(errors)
  }

  private func topLevel(_ errors: [DocumentedError]) -> [DocumentedError] {
    errors.map { DocumentedError($0.status, $0.code, $0.meaning, place: "top-level errors") }
  }

  /// `errors` as the mutation's payload answers them, under `data.<field>.<member>`.
  private func inPayload(_ errors: [DocumentedError], at member: String = "errors") -> [DocumentedError] {
    errors.map { DocumentedError($0.status, $0.code, $0.meaning, place: "in data.\(graphQLField).\(member)") }
  }
}

// The lists several operations share.
extension SynupOperationID {
  private typealias Code = SynupErrorCodes

  /// users/create and users/update, in the simulator's order.
  private static let userFields = [
    Code.emailMissing, Code.emailMalformed, Code.emailTaken, Code.firstNameMissing, Code.firstNameTooLong,
    Code.lastNameTooLong, Code.invalidRole,
  ]

  /// locations create and update: every field rule, then the uniqueness ones.
  private static let locationFields =
    [
      Code.nameLength, Code.streetBlank, Code.cityBlank, Code.postalCodeBlank, Code.phoneInvalid, Code.countryInvalid,
      Code.stateInvalid, Code.descriptionTooShort, Code.subCategoryBlank, Code.subCategoryInvalid,
      Code.tooManyAdditionalCategories, Code.paymentMethodInvalid, Code.hoursEveryDay, Code.hoursAllClosed,
      Code.hoursSpecialDate, Code.hoursSlots, Code.hoursFormat, Code.hoursOrder,
    ] + tagRules + [Code.ownerEmailMalformed, Code.storeIDTaken, Code.sameNamePhoneAndPostalCode]

  private static let tagRules = [Code.tagNameInvalid, Code.tagNameCharacters, Code.tooManyTags]

  private static let dates = [Code.datesReversed, Code.invalidDate]

  private static let campaignCustomers = [
    Code.customerContact, Code.customerPhoneInvalid, Code.customerPhoneTaken, Code.customerEmailInvalid,
    Code.customerEmailTaken,
  ]

  private static let widgetRules = [
    Code.widgetNameBlank, Code.widgetNameTaken, Code.ratingRange, Code.widgetSitesInvalid, Code.duplicateSites,
  ]

  private static let photoNotFound = Code.resourceNotFound.because("a photoIds entry is no live photo of the location")
  private static let campaignNotFound = Code.resourceNotFound.because("no such campaign")
  private static let reviewNotFound = Code.resourceNotFound.because("no such review")
}
