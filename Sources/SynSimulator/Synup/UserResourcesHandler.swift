import SynHTTP
import SynJSON

/// What users may see: locations and folders assigned to them (spec 4).
extension SynupAccount {
  /// POST /users/locations/add · remove → `addLocationsForUser` ·
  /// `removeLocationsForUser`: one status per id, in request order; an
  /// unknown location fails alone, the call still answers 200.
  mutating func assignLocations(_ input: SynupInput, adding: Bool) throws(SynupFailure) -> JSONValue {
    let texts = input.strings("locationIds") ?? []
    let resources = try SynupIDs.relayIDs(texts, as: .location).map { id in
      locations.location(id).map { UserResource.location($0.number) }
    }
    return try assign(input, "locationId", zip(texts, resources), missing: "Location Does Not Exist", adding: adding)
  }

  /// POST /users/folders/add · remove → `addFoldersForUser` ·
  /// `removeFoldersForUser`. `defaultFolderId` is accepted and ignored (decision 9).
  mutating func assignFolders(_ input: SynupInput, adding: Bool) throws(SynupFailure) -> JSONValue {
    let texts = input.strings("folderIds") ?? []
    let resources = try SynupIDs.uuids(texts).map { id in
      folders.folder(id).map { UserResource.folder($0.id) }
    }
    return try assign(input, "folderId", zip(texts, resources), missing: "Folder Does Not Exist", adding: adding)
  }

  /// GET /users/{userId}/resources → `listUserResources`: the user's folders,
  /// then locations, each in the order given.
  func listUserResources(userID: Substring) throws(SynupFailure) -> JSONValue {
    guard let text = PercentEncoding.decode(userID) else { throw .invalidId }
    guard let user = users.user(try SynupIDs.relayID(text, as: .user)) else {
      throw .userNotFound
    }
    let folderEntries: [JSONValue] = user.resources.compactMap { resource in
      guard case .folder(let id) = resource, let folder = folders.folder(id) else { return nil }
      return ["id": .string(id.text), "name": .string(folder.name), "__typename": "Folder"]
    }
    let locationEntries: [JSONValue] = user.resources.compactMap { resource in
      guard case .location(let number) = resource, let location = locations.location(RelayID(.location, number))
      else { return nil }
      return ["id": .string(location.id.text), "name": .string(location.fields.name), "__typename": "LocationSummary"]
    }
    return .array(folderEntries + locationEntries)
  }

  /// Gives (or takes) the user `userId` names each resource found, and
  /// answers `{"status":[{"errors","<key>","success"}]}`; a well-formed id of
  /// no user is `SY81019` at the top level.
  private mutating func assign(
    _ input: SynupInput, _ key: String, _ requested: Zip2Sequence<[String], [UserResource?]>, missing: String,
    adding: Bool
  ) throws(SynupFailure) -> JSONValue {
    guard var user = users.user(try SynupIDs.relayID(input.string("userId") ?? "", as: .user)) else {
      throw .userNotFound
    }
    var statuses: [JSONValue] = []
    for (id, resource) in requested {
      if let resource { user.assign(resource, adding: adding) }
      statuses.append(
        .object(
          JSONObject([
            .init(key: "errors", value: resource == nil ? [.string(missing)] : .null),
            .init(key: key, value: .string(id)),
            .init(key: "success", value: .bool(resource != nil)),
          ])))
    }
    users.replace(user)
    return ["status": .array(statuses)]
  }
}

extension SynupUser {
  /// Adds (once) or removes `resource`; either is a success when already so.
  mutating func assign(_ resource: UserResource, adding: Bool) {
    if adding {
      if !resources.contains(resource) { resources.append(resource) }
    } else {
      resources.removeAll { $0 == resource }
    }
  }
}

extension SynupFailure {
  /// A well-formed user id of no user, where no payload can carry SY81019.
  static let userNotFound = SynupFailure.resolver("SY81019: User not found")
}
