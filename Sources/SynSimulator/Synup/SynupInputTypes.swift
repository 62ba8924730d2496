/// The input types of the Synup mutations (names inferred from the evidenced
/// `UpdateLocationInput`). Required fields are GraphQL non-null: leaving one
/// out is shape 4, while an empty value meets the field's SY rule.
enum SynupInputTypes {
  static let createUser = SynupInputType.mutation(
    "CreateUserInput",
    [
      .required("email", .string), .required("roleId", .id), .required("firstName", .string),
      .optional("lastName", .string), .optional("directCustomer", .boolean),
    ])

  /// `createUser`'s fields and `createFolder`'s `name`, plus what the evidenced request sends.
  static let addUserAndFolder = SynupInputType.mutation(
    "AddUserAndFolderInput",
    [
      .required("roleId", .id), .required("firstName", .string), .optional("lastName", .string),
      .required("email", .string), .optional("directCustomer", .boolean), .optional("locale", .string),
      .optional("locationIds", .list(.id)), .optional("socialProfileIds", .list(.id)), .required("name", .string),
      .optional("userId", .id), .optional("isDefaultFolder", .boolean),
    ])

  static let updateUser = SynupInputType.mutation(
    "UpdateUserInput",
    [
      .required("id", .id), .optional("email", .string), .optional("firstName", .string),
      .optional("lastName", .string), .optional("roleId", .id), .optional("phone", .string),
      .optional("archived", .boolean), .optional("directCustomer", .boolean),
    ])

  static func userLocations(_ name: String) -> SynupInputType {
    .mutation(name, [.required("userId", .id), .required("locationIds", .list(.id))])
  }

  static func userFolders(_ name: String) -> SynupInputType {
    .mutation(
      name, [.required("userId", .id), .required("folderIds", .list(.id)), .optional("defaultFolderId", .id)])
  }

  /// The fields a location's writer sets: the nine required on create, then the optional ones.
  private static let locationRequired: [(String, SynupInputValueType)] = [
    ("name", .string), ("street", .string), ("city", .string), ("postalCode", .string), ("phone", .string),
    ("stateIso", .string), ("countryIso", .string), ("subCategoryId", .id), ("description", .string),
  ]

  private static let locationOptional: [SynupInputField] =
    [
      .optional("storeId", .string), .optional("paymentMethods", .list(.string)),
      .optional("businessHours", .list(.object(BusinessHours.inputType))),
      .optional("additionalCategoryIds", .list(.int)), .optional("tags", .list(.string)),
      .optional("folderName", .string), .optional("enabledSiteIds", .list(.id)),
      .optional("submissionDisabledSiteIds", .list(.id)),
    ] + LocationDetail.all.map { .optional($0.name, $0.type) }

  static let createLocation = SynupInputType.mutation(
    "CreateLocationInput",
    locationRequired.map { .required($0.0, $0.1) } + locationOptional + [.optional("tenure", .int)])

  /// As create, all optional but `id`; `tenure` is not part of it (the evidenced shape-4 example).
  static let updateLocation = SynupInputType.mutation(
    "UpdateLocationInput", [.required("id", .id)] + locationRequired.map { .optional($0.0, $0.1) } + locationOptional)

  static func locationIds(_ name: String) -> SynupInputType {
    .mutation(name, [.required("locationIds", .list(.id))])
  }

  /// The official SDK also sends `selectionType` and `changedBy`.
  static let cancelLocationsArchive = SynupInputType.mutation(
    "CancelLocationsArchiveInput",
    [.required("locationIds", .list(.id)), .optional("selectionType", .string), .optional("changedBy", .string)])

  static let createFolder = SynupInputType.mutation(
    "CreateFolderInput",
    [.required("name", .string), .optional("parentFolder", .id), .optional("parentFolderName", .string)])

  static let renameFolder = SynupInputType.mutation(
    "RenameFolderInput", [.required("oldName", .string), .required("name", .string)])

  static let addLocationsToFolder = SynupInputType.mutation(
    "AddLocationsToFolderInput", [.required("name", .string), .optional("locationIds", .list(.id))])

  static let deleteLocationsFromFolder = SynupInputType.mutation(
    "DeleteLocationsFromFolderInput", [.required("locationIds", .list(.id))])

  static let deleteFolder = SynupInputType.mutation("DeleteFolderInput", [.required("name", .string)])

  static func tag(_ name: String) -> SynupInputType {
    .mutation(name, [.required("locationId", .id), .required("tag", .string)])
  }
}
