// Synup's SY codes (spec/synup.md 2 and 3 "Relevant SY codes", synup-sections.md 2.3-2.6 and 4),
// one constant per code, named in the list of each operation that answers it (SynupErrors.swift).
// Every one comes with HTTP 200 (synup.md decision 1 [D]: the docs file them under 200); where it sits
// in the answer depends on the operation, so the lists add that to the meaning.
// A code the spec marks [D] (the simulator's choice of code or of use) says so in a comment.
enum SynupErrorCodes {
  /// Synup answers its codes at 200 (synup.md decision 1 [D]).
  private static let status = 200

  private static func code(_ code: String, _ meaning: String) -> DocumentedError {
    DocumentedError(status, code, meaning)
  }

  // MARK: Cross-cutting (synup.md 3, synup-sections.md 2.3-2.4)
  static let invalidID = code("SY90002", "Invalid Id: an id or cursor not in its field's form (base64 Type:N or uuid)")
  /// synup-sections.md 2.3 [D]: on these routes a location id of no location is SY90002 too.
  static let invalidLocation = code("SY90002", "Invalid Id: a location id that is malformed or names no location")
  static let notPermitted = code("SY90003", "Operation not permitted")
  static let resourceNotFound = code("SY90007", "Resource Not Found: a well-formed id of nothing")
  /// synup-sections.md 2.3 [D for the scope].
  static let archivedLocation = code("SY00008", "the location is archived (not merely scheduled for archival)")

  // MARK: Users (synup.md 4, users/create and users/update)
  static let emailMissing = code("SY81000", "email is missing")
  static let emailMalformed = code("SY81003", "email is not a well-formed address")
  /// synup.md decision 7 [D] (SY81024 rather than SY81018 or SY81001).
  static let emailTaken = code("SY81024", "another user has this email")
  static let firstNameMissing = code("SY81009", "firstName is missing")
  static let firstNameTooLong = code("SY81007", "firstName is over 60 characters")
  static let lastNameTooLong = code("SY81008", "lastName is over 60 characters")
  static let invalidRole = code("SY81057", "roleId is none of the account's roles (list roles)")
  static let userNotFound = code("SY81019", "no user has this id")

  // MARK: Locations (synup.md 4, locations create and update)
  static let nameLength = code("SY10001", "name is blank or not 2-150 characters")
  static let descriptionTooShort = code("SY10005", "description is under 200 characters")
  static let ownerEmailMalformed = code("SY10006", "ownerEmail is not a well-formed address")
  static let countryInvalid = code("SY10009", "countryIso is blank or not supported (list countries)")
  static let stateInvalid = code("SY10010", "stateIso is blank or no state of countryIso")
  static let streetBlank = code("SY10011", "street is blank")
  static let cityBlank = code("SY10012", "city is blank")
  static let postalCodeBlank = code("SY10013", "postalCode is blank")
  static let phoneInvalid = code("SY10015", "phone is blank or not 10 digits once non-digits are dropped")
  static let paymentMethodInvalid = code("SY10016", "a paymentMethods value outside the enum")
  static let sameNamePhoneAndPostalCode = code(
    "SY10017", "another location has the same name, phone and postalCode")
  static let subCategoryBlank = code("SY10024", "subCategoryId is blank")
  static let subCategoryInvalid = code(
    "SY10025", "subCategoryId (or an additional category) is not one of list subcategories, or not a primary one")
  static let tooManyAdditionalCategories = code("SY10026", "more than 9 additionalCategoryIds")
  static let storeIDTaken = code("SY10072", "another location has this storeId")
  static let locationDoesNotExist = code("SY10038", "Location Does Not Exist: no location has this id")

  // MARK: Business hours (synup.md 4; the simulator's wording where the spec names only the code)
  static let hoursEveryDay = code("SY10031", "businessHours does not name each of the 7 days once")
  static let hoursFormat = code("SY10033", "a businessHours time is not 12-hour hh:mmam")
  static let hoursSlots = code("SY10073", "an OPEN day without 1-2 slots, or a CLOSED day with slots")
  static let hoursOrder = code("SY10075", "a slot does not start before it ends")
  static let hoursSpecialDate = code("SY10091", "a SPECIAL day without a YYYY-MM-DD specialDate")
  static let hoursAllClosed = code("SY10092", "businessHours is CLOSED on all 7 days")

  // MARK: Tags and folders (synup.md 3 and 4)
  static let tooManyTags = code("SY10040", "more than 10 tags on the location, besides all")
  static let tagNameInvalid = code("SY10042", "the tag name is blank or over 50 characters")
  static let tagNameCharacters = code("SY10071", "the tag name has characters outside A-Z a-z 0-9, space, _ and -")
  static let folderDoesNotExist = code("SY10039", "Folder Does Not Exist: no folder has this id or name")
  static let rootFolder = code("SY10049", "the root folder cannot be renamed or deleted")
  /// synup.md decision 14 [D].
  static let locationInRoot = code("SY10052", "the location is in no folder but root")
  static let folderNameTaken = code("SY10103", "another folder has this name")

  // MARK: Photos (synup-sections.md 4.1)
  static let photoBlank = code("SY10066", "photos is empty, or a photo URL is blank")
  static let oneLogo = code("SY10060", "more than one LOGO")
  static let oneCover = code("SY10061", "more than one COVER")
  static let photoFormat = code("SY10065", "a photo URL ends in an image type other than JPEG or PNG")
  static let onlyAdditionalStarred = code("SY15013", "only ADDITIONAL photos can be starred or unstarred")
  /// synup-sections.md 4.1 [D: the limit counts per location].
  static let tooManyStarred = code("SY10063", "the location would have more than 4 starred photos")
  static let logoOrCoverRemoval = code("SY15014", "a LOGO or COVER cannot be removed")

  // MARK: Keywords and rankings (synup-sections.md 4.8)
  static let keywordsBlank = code("SY20100", "inputKeywords is missing or empty")
  static let keywordBlank = code("SY20200", "a keyword is blank")
  static let keywordTooShort = code("SY20201", "a keyword is under 2 characters")
  static let keywordTooLong = code("SY20202", "a keyword is over 255 characters")
  static let keywordExists = code("SY20106", "the location, or the request, has this keyword already")
  static let keywordLimit = code("SY20103", "the location would have more than 100 active keywords")
  static let keywordNotFound = code("SY20105", "no keyword has this id")
  static let locationIDsBlank = code("SY20101", "locationIds is missing or empty")

  // MARK: Dates (synup-sections.md 2.6 [D: S3's Profile Analytics codes used on every dated route])
  static let datesReversed = code("SY60101", "fromDate (startDate) is after toDate (endDate)")
  static let invalidDate = code("SY60103", "Invalid Date: not YYYY-MM-DD, a required date missing, or over 731 days")

  // MARK: Review campaigns (synup-sections.md 4.5)
  /// The spec's [D] code.
  static let campaignNameBlank = code("SY50112", "the campaign name is blank")
  static let customerContact = code("SY30001", "a customer has neither email nor phone")
  static let customerPhoneInvalid = code("SY30033", "a customer's phone is not a number")
  static let customerPhoneTaken = code("SY30035", "the campaign has a customer with this phone")
  static let customerEmailInvalid = code("SY30051", "a customer's email is not well-formed")
  static let customerEmailTaken = code("SY30034", "the campaign has a customer with this email")

  // MARK: Listings and connected accounts (synup-sections.md 4.6-4.7)
  static let listingItemNotFound = code("SY00002", "a listingItemIds entry is no duplicate listing of the location")
  static let connectedAccountNotFound = code(
    "SY30036", "Requested resource not found: no connected account (of this publisher) has this id")
  static let redirectURLInvalid = code("SY81022", "successUrl or errorUrl is not an absolute http(s) URL")
  /// synup-sections.md 4.7 [E S3 code; D use].
  static let siteInvalid = code("SY10056", "site is neither GOOGLE nor FACEBOOK")
  static let locationNotConnected = code("SY10057", "the location is not connected on this site")

  // MARK: Reviews and widgets (synup-sections.md 4.10)
  static let responseEmpty = code("SY50103", "responseContent is empty")
  static let googleRepliedOnce = code("SY50121", "a Google review can be replied to once")
  static let siteNameInvalid = code("SY50104", "a site name no review source has (list account-review-sources)")
  static let siteURLInvalid = code("SY50105", "a URL without a host such as example.com")
  static let connectedSite = code("SY50106", "maps.google.com and facebook.com come from their connections")
  static let duplicateSites = code("SY50117", "a site named twice")
  static let ratingRange = code("SY50110", "a rating outside 1-5")
  static let duplicateRatings = code("SY50118", "a rating named twice")
  /// synup-sections.md 4.10 [D scope]: per location.
  static let widgetNameTaken = code("SY50101", "another widget of the location has this name")
  static let widgetNameBlank = code("SY50102", "the widget name is blank")
  static let widgetSitesInvalid = code("SY50111", "Invalid SiteUrls: a site no review source has")

  // MARK: Automations (synup-sections.md 4.11 [D])
  static let closureDates = code(
    "SY30039", "startDate, startTime or endDate is malformed, or the end is not after the start")
}

extension DocumentedError {
  /// The same code, its meaning narrowed to why this operation answers it.
  func because(_ reason: String) -> DocumentedError {
    DocumentedError(status, code, "\(meaning): \(reason)")
  }
}
