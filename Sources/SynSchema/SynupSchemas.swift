import SynJSON

/// The objects Synup answers inside `{"data": {"<field>": ...}}`
/// (spec/synup.md 3 and 4), as named components of `/openapi.json`.
enum SynupSchemas {
  typealias S = JSONSchema

  static let components: [(String, JSONValue)] =
    users + locations + folders + accountLookups + listings + envelopes + photos + rankings + reviews
    + connectedAccounts

  /// A Relay id: base64 of `Type:N`.
  static let relayID = S.string
  /// `2026-01-01 00:00:00 UTC`: users', roles' and folders' times.
  static let synupTime = S.string

  // MARK: - Users and roles

  static let users: [(String, JSONValue)] = [
    ("RoleRef", S.object([("id", relayID), ("name", S.string)])),
    ("Role", S.object([("id", relayID), ("name", S.string), ("createdAt", synupTime), ("updatedAt", synupTime)])),
    (
      "Preferences",
      S.object(
        [
          ("locale", S.string), ("dateFormat", S.nullable(S.string)), ("timezone", S.nullable(S.string)),
          ("columnOrder", S.nullable(S.any)),
        ], optional: ["columnOrder"])
    ),
    // addUser and updateUser: the whole user.
    ("User", S.object(listUserMembers + [("accountId", relayID), ("preferences", S.ref("Preferences"))])),
    // A node of GET /users: no accountId, no preferences.
    ("ListUser", S.object(listUserMembers)),
    // An item of usersByIds: preferences without columnOrder.
    ("UserByID", S.object(listUserMembers + [("preferences", S.ref("Preferences"))])),
    (
      "UserConnection",
      S.object([("totalCount", S.integer), ("pageInfo", S.ref("PageInfo")), ("edges", S.array(edge("ListUser")))])
    ),
    // addUserAndFolder's user: the number as databaseId, no Relay id.
    (
      "UserOfUserAndFolder",
      S.object([
        ("firstName", S.string), ("lastName", S.nullable(S.string)), ("email", S.string),
        ("directCustomer", S.boolean), ("databaseId", S.integer),
      ])
    ),
    (
      "UserResource",
      S.object([("id", S.string), ("name", S.string), ("__typename", S.enumeration(["Folder", "LocationSummary"]))])
    ),
  ]

  static let listUserMembers: [(String, JSONValue)] = [
    ("id", relayID), ("email", S.string), ("firstName", S.string), ("lastName", S.nullable(S.string)),
    ("customRole", S.ref("RoleRef")), ("directCustomer", S.boolean), ("createdAt", synupTime),
    ("inviteStatus", S.string),
  ]

  // MARK: - Locations

  static let locations: [(String, JSONValue)] = [
    ("Location", S.object(location)),
    (
      "BusinessHoursDay",
      S.object([
        (
          "day",
          S.enumeration(["SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SPECIAL"])
        ),
        ("slots", S.nullable(S.array(S.object([("start", S.string), ("end", S.string)])))),
        ("specialDate", S.nullable(S.string)), ("type", S.enumeration(["OPEN", "CLOSED"])),
      ])
    ),
    (
      "LocationSubCategory",
      S.object([("databaseId", S.integer), ("id", relayID), ("name", S.nullable(S.string)), ("primary", S.boolean)])
    ),
    (
      "SubCategory",
      S.object([("databaseId", S.integer), ("id", relayID), ("name", S.string), ("primary", S.boolean)])
    ),
    (
      "PageInfo",
      S.object([
        ("hasNextPage", S.boolean), ("hasPreviousPage", S.boolean), ("endCursor", S.nullable(S.string)),
        ("total", S.integer),
      ])
    ),
    ("LocationConnection", S.object([("edges", S.array(edge("Location"))), ("pageInfo", S.ref("PageInfo"))])),
    (
      "Country",
      S.object([
        ("databaseId", S.integer), ("id", relayID), ("iso", S.string), ("name", S.string),
        ("states", S.array(S.ref("State"))), ("hasCity", S.boolean), ("stateRequired", S.boolean),
        ("hasPostalCode", S.boolean),
      ])
    ),
    ("State", S.object([("countryId", S.integer), ("id", relayID), ("iso", S.string), ("name", S.string)])),
  ]

  /// The location object's core keys (spec 3), in the simulator's order.
  static let location: [(String, JSONValue)] =
    [
      ("id", relayID), ("databaseId", S.integer), ("uid", S.uuid), ("accountId", S.integer), ("name", S.string),
      ("storeId", S.nullable(S.string)), ("street", S.string), ("street1", S.nullable(S.string)),
      ("city", S.string), ("stateIso", S.string), ("stateName", S.nullable(S.string)), ("postalCode", S.string),
      ("countryIso", S.string), ("phone", S.string), ("additionalPhones", S.nullable(S.array(S.string))),
      ("googleAdsPhone", S.nullable(S.string)), ("ownerEmail", S.nullable(S.string)),
      ("ownerName", S.nullable(S.string)), ("description", S.string), ("tagline", S.nullable(S.string)),
    ]
    + [
      "bizUrl", "facebookUrl", "twitterUrl", "linkedinUrl", "instagramUrl", "pinterestUrl", "youtubeUrl",
      "tiktokUrl", "googleplusUrl", "bookingUrl", "offeringsUrl", "reservationUrl",
    ].map { ($0, S.nullable(S.string)) }
    + [
      ("paymentMethods", S.array(S.string)), ("yearOfIncorporation", S.nullable(S.integer)),
      ("hideAddress", S.nullable(S.boolean)), ("temporarilyClosed", S.nullable(S.boolean)),
      ("businessHours", S.array(S.ref("BusinessHoursDay"))), ("categoryId", S.nullable(S.integer)),
      ("subCategoryId", relayID), ("subCategoryName", S.nullable(S.string)),
      ("subCategory", S.ref("LocationSubCategory")), ("additionalCategoryIds", S.array(S.integer)),
      ("additionalCategoryNames", S.array(S.string)), ("tags", S.array(S.string)), ("folderId", S.uuid),
      ("folderName", S.nullable(S.string)), ("archived", S.boolean), ("archivedAt", S.nullable(S.string)),
      ("archivalScheduledAt", S.nullable(S.string)), ("cancellationScheduledAt", S.nullable(S.string)),
      ("approved", S.enumeration(["APPROVED", "NOT_APPROVED", "PENDING"])), ("latitude", S.number),
      ("longitude", S.number), ("package", S.string), ("planId", S.integer), ("planName", S.string),
      ("createdDate", S.string), ("updatedAt", S.string), ("lastUpdatedDate", S.string),
    ]
    + [("customAttributes", S.array(S.any)), ("locationPhotos", S.array(S.ref("LocationPhotoOfLocation")))]
    + [("videos", S.nullable(S.array(S.any)))]
    + ["moreHours", "serviceItems", "publisherAttributes"].map { ($0, S.array(S.any)) }
    + [("placeActionLinks", S.nullable(S.array(S.any)))]

  // MARK: - Folders and tags

  static let folders: [(String, JSONValue)] = [
    (
      "Folder",
      S.object([
        ("accountId", S.integer), ("archived", S.boolean), ("createdAt", synupTime), ("id", S.uuid),
        ("locationCount", S.nullable(S.integer)), ("name", S.string), ("root", S.boolean),
      ])
    ),
    (
      "FlatFolder",
      S.object([
        ("id", S.uuid), ("level", S.integer), ("locationCount", S.integer), ("name", S.string),
        ("parentFolderId", S.nullable(S.uuid)), ("parentFolderName", S.nullable(S.string)),
      ])
    ),
    (
      "FolderTreeNode",
      S.object([
        ("id", S.uuid), ("name", S.string), ("level", S.integer), ("locationCount", S.integer),
        ("subFolders", S.array(S.ref("FolderTreeNode"))),
      ])
    ),
    (
      "FolderDetails",
      S.object([
        ("locations", S.array(S.object([("id", relayID), ("name", S.string)]))), ("folderName", S.string),
        ("parentFolderId", S.nullable(S.uuid)), ("parentFolderName", S.nullable(S.string)),
        ("createdAt", synupTime),
      ])
    ),
    ("Tag", S.object([("id", S.uuid), ("name", S.string)])),
    // addUserAndFolder's folder: locationCount is always null, as the evidenced schema types it.
    ("FolderOfUserAndFolder", S.object([("id", S.uuid), ("name", S.string), ("locationCount", S.null)])),
  ]

  // MARK: - Account look-ups (synup-sections.md 4.2)

  static let accountLookups: [(String, JSONValue)] = [
    (
      "Subscription",
      S.object([
        ("name", S.string), ("paymentSubscriptionId", S.uuid), ("planId", S.string),
        ("tenure", S.enumeration(["Monthly", "Quarterly", "Yearly"])),
      ])
    ),
    (
      "PlanSite",
      S.object([
        ("hideAddressSupportedCountries", S.array(S.string)), ("id", S.integer), ("name", S.string),
        ("supportedCountries", S.array(S.string)), ("url", S.string),
      ])
    ),
  ]

  // MARK: - Mutation payloads and errors (spec 2, error model)

  static let envelopes: [(String, JSONValue)] = [
    // Shape 3's items: `{"code","message","contextInfo":[{"key","value"}]}`.
    (
      "PayloadError",
      S.object([
        ("code", S.nullable(S.string)), ("message", S.string),
        ("contextInfo", S.array(S.object([("key", S.string), ("value", S.string)]))),
      ])
    ),
    // Shapes 1, 2 and 4's `errors`: `[{"message"}]`.
    ("Errors", S.array(S.object([("message", S.string)]))),
    // Every shape but a success: `data` null, or its one field null, beside `errors`; or `errors` alone.
    (
      "ErrorBody",
      S.object(
        [("data", S.nullable(["type": "object", "additionalProperties": S.null])), ("errors", S.ref("Errors"))],
        optional: ["data"])
    ),
  ]

  /// `{"cursor": id, "node": T}`
  private static func edge(_ node: String) -> JSONValue {
    S.object([("cursor", S.string), ("node", S.ref(node))])
  }
}
