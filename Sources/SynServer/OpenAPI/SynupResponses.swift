import SynCatalog
import SynJSON

/// Each Synup operation's answers (spec/synup.md 2 and 4): HTTP 200 with
/// `{"data":{"<field>": value}}`, or at 200 too one of the error shapes
/// (a bad id, a coercion error); 400 when a query parameter cannot be
/// read, 401 for a bad key, 500 for a server failure.
enum SynupResponses {
  typealias S = JSONSchema

  /// The GraphQL field and its value's schema, per operation.
  static let table: [String: (field: String, value: JSONValue)] = [
    "create user": ("addUser", userPayload),
    "list user": ("users", S.ref("UserConnection")),
    "get user": ("usersByIds", S.array(S.ref("UserByID"))),
    "update user": ("updateUser", userPayload),
    "add user-location": ("addLocationsForUser", itemStatuses(key: "locationId")),
    "remove user-location": ("removeLocationsForUser", itemStatuses(key: "locationId")),
    "add user-folder": ("addFoldersForUser", itemStatuses(key: "folderId")),
    "remove user-folder": ("removeFoldersForUser", itemStatuses(key: "folderId")),
    "list user-resource": ("listUserResources", S.array(S.ref("UserResource"))),
    "list role": ("fetchAccountRoles", S.array(S.ref("Role"))),
    "create location": ("createLocation", locationPayload),
    "update location": ("updateLocation", locationPayload),
    "list location": ("allLocations", S.ref("LocationConnection")),
    "get location": ("getLocationsByIds", S.array(S.ref("Location"))),
    "search location": ("searchLocations", S.ref("LocationConnection")),
    "get store-location": ("getLocationsByStoreCodes", S.array(S.ref("Location"))),
    "archive location": ("archiveLocations", lifecyclePayload),
    "activate location": ("activateLocations", lifecyclePayload),
    "cancel archive": ("cancelLocationsArchive", lifecyclePayload),
    "create folder": ("createFolder", folderPayload),
    "list folder": ("getUserFolders", S.array(S.ref("FlatFolder"))),
    "get folder-tree": ("getFolderTree", S.array(S.ref("FolderTreeNode"))),
    "get folder": ("getFolderDetails", S.ref("FolderDetails")),
    "rename folder": ("renameFolder", folderPayload),
    "delete folder": ("deleteFolder", S.object([("errors", payloadErrors), ("success", S.boolean)])),
    "add folder-location": (
      "addLocationsToFolder",
      S.object([("errors", payloadErrors), ("folder", S.nullable(S.ref("Folder"))), ("success", S.boolean)])
    ),
    "remove folder-location": (
      "deleteLocationsFromFolder",
      S.object([
        ("clientMutationId", clientMutationId), ("errors", payloadErrors),
        ("locations", S.nullable(S.array(S.string))), ("success", S.boolean),
      ])
    ),
    "list folder-location": ("getLocationsForFolder", S.array(S.ref("Location"))),
    "add tag": ("addTag", tagPayload),
    "remove tag": ("removeTag", tagPayload),
    "list tag": ("listAllTags", S.array(S.ref("Tag"))),
    "list tag-location": ("searchLocationsByTag", S.ref("LocationConnection")),
    "list subcategory": ("subCategories", S.array(S.ref("SubCategory"))),
  ]

  /// The `responses` object of `operation`, or nil when the table lacks it.
  static func responses(for operation: Operation) -> JSONObject? {
    guard let (field, value) = table[operation.name] else { return nil }
    let success = S.object([("data", S.object([(field, value)]))])
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
    return responses
  }

  // MARK: - Payloads (shape 3 on failure: entity null, success false)

  static let clientMutationId = S.nullable(S.string)
  /// `[]` or `null` on success, the rules broken otherwise.
  static let payloadErrors = S.nullable(S.array(S.ref("PayloadError")))

  static let userPayload = S.object([
    ("success", S.boolean), ("errors", S.array(S.ref("PayloadError"))), ("user", S.nullable(S.ref("User"))),
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
