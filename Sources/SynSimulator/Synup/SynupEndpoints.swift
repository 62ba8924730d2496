/// What a Synup route does. Reads answer `data.<field>`; payload mutations
/// answer `{…, success, errors, <entity>}`; bulk mutations answer a value of
/// their own shape, one result per id.
enum SynupEndpoint: Sendable {
  case query(SynupQuery)
  case payloadMutation(PayloadMutation)
  case bulkMutation(BulkMutation)
  /// A route of a table-of-contents section not simulated yet: 501.
  case notSimulated

  /// The GraphQL field the answer sits under, named in error bodies too.
  var field: String? {
    switch self {
    case .query(let query): query.field
    case .payloadMutation(let mutation): mutation.field
    case .bulkMutation(let mutation): mutation.field
    case .notSimulated: nil
    }
  }
}

/// The GET routes.
enum SynupQuery: String, Sendable {
  case users
  case usersByIds
  case listUserResources
  case fetchAccountRoles
  case allLocations
  case getLocationsByIds
  case searchLocations
  case getLocationsByStoreCodes
  case getUserFolders
  case getFolderTree
  case getFolderDetails
  case getLocationsForFolder
  case listAllTags
  case searchLocationsByTag
  case subCategories

  var field: String { rawValue }
}

/// The POST routes answering a mutation payload.
enum PayloadMutation: String, Sendable {
  case addUser
  case updateUser
  case createLocation
  case updateLocation
  case createFolder
  case renameFolder
  case addLocationsToFolder
  case deleteLocationsFromFolder
  case deleteFolder
  case addTag
  case removeTag

  var field: String { rawValue }

  /// The payload's members, in the evidenced order.
  var payload: PayloadShape {
    switch self {
    case .addUser, .updateUser:
      PayloadShape(members: [.success, .errors, .entity("user")], errorsOnSuccess: [])
    case .createLocation, .updateLocation:
      PayloadShape(
        members: [.clientMutationId, .errors, .entity("location"), .success, .warnings], errorsOnSuccess: nil)
    case .createFolder, .renameFolder:
      PayloadShape(members: [.clientMutationId, .errors, .entity("folder"), .success], errorsOnSuccess: nil)
    case .addLocationsToFolder:
      PayloadShape(members: [.errors, .entity("folder"), .success], errorsOnSuccess: nil)
    case .deleteLocationsFromFolder:
      PayloadShape(members: [.clientMutationId, .errors, .entity("locations"), .success], errorsOnSuccess: nil)
    case .deleteFolder:
      PayloadShape(members: [.errors, .success], errorsOnSuccess: nil)
    case .addTag, .removeTag:
      PayloadShape(members: [.clientMutationId, .errors, .success, .entity("tag")], errorsOnSuccess: [])
    }
  }

  var inputType: SynupInputType {
    switch self {
    case .addUser: SynupInputTypes.createUser
    case .updateUser: SynupInputTypes.updateUser
    case .createLocation: SynupInputTypes.createLocation
    case .updateLocation: SynupInputTypes.updateLocation
    case .createFolder: SynupInputTypes.createFolder
    case .renameFolder: SynupInputTypes.renameFolder
    case .addLocationsToFolder: SynupInputTypes.addLocationsToFolder
    case .deleteLocationsFromFolder: SynupInputTypes.deleteLocationsFromFolder
    case .deleteFolder: SynupInputTypes.deleteFolder
    case .addTag: SynupInputTypes.tag("AddTagInput")
    case .removeTag: SynupInputTypes.tag("RemoveTagInput")
    }
  }
}

/// The POST routes answering one result per id.
enum BulkMutation: String, Sendable {
  case addLocationsForUser
  case removeLocationsForUser
  case addFoldersForUser
  case removeFoldersForUser
  case archiveLocations
  case activateLocations
  case cancelLocationsArchive

  var field: String { rawValue }

  var inputType: SynupInputType {
    switch self {
    case .addLocationsForUser: SynupInputTypes.userLocations("AddLocationsForUserInput")
    case .removeLocationsForUser: SynupInputTypes.userLocations("RemoveLocationsForUserInput")
    case .addFoldersForUser: SynupInputTypes.userFolders("AddFoldersForUserInput")
    case .removeFoldersForUser: SynupInputTypes.userFolders("RemoveFoldersForUserInput")
    case .archiveLocations: SynupInputTypes.locationIds("ArchiveLocationsInput")
    case .activateLocations: SynupInputTypes.locationIds("ActivateLocationsInput")
    case .cancelLocationsArchive: SynupInputTypes.cancelLocationsArchive
    }
  }
}
