import SynJSON

/// The folder read routes (spec 4) and the folder object they print.
extension SynupAccount {
  /// GET /folders/flat → `getUserFolders`: every folder, depth first from root.
  func flatFolders() -> JSONValue {
    let counts = locationCounts()
    return .array(
      folders.subtree(of: folders.root.id).map { folder in
        let parent = folder.parentId.flatMap(folders.folder)
        return [
          "id": .string(folder.id.text),
          "level": .int(folders.level(of: folder)),
          "locationCount": .int(counts[folder.id] ?? 0),
          "name": .string(folder.name),
          "parentFolderId": parent.map { .string($0.id.text) } ?? .null,
          "parentFolderName": parent.map { .string($0.name) } ?? .null,
        ]
      })
  }

  /// GET /folders/tree → `getFolderTree`: `[root]`, each folder holding its `subFolders`.
  func folderTree() -> JSONValue {
    let counts = locationCounts()
    func node(_ folder: SynupFolder, level: Int) -> JSONValue {
      [
        "id": .string(folder.id.text),
        "name": .string(folder.name),
        "level": .int(level),
        "locationCount": .int(counts[folder.id] ?? 0),
        "subFolders": .array(folders.children(of: folder.id).map { node($0, level: level + 1) }),
      ]
    }
    return [node(folders.root, level: 0)]
  }

  /// GET /folder-details?folderId=|folderName= → `getFolderDetails`; its
  /// `locations` are the folder's own, as `{id, name}`, newest first.
  func folderDetails(_ parameters: SynupQueryParameters) throws(SynupFailure) -> JSONValue {
    let folder = try requestedFolder(parameters)
    let parent = folder.parentId.flatMap(folders.folder)
    let own = locations.all.filter { $0.folderId == folder.id }.reversed()
    return [
      "locations": .array(own.map { ["id": .string($0.id.text), "name": .string($0.fields.name)] }),
      "folderName": .string(folder.name),
      "parentFolderId": parent.map { .string($0.id.text) } ?? .null,
      "parentFolderName": parent.map { .string($0.name) } ?? .null,
      "createdAt": .string(folder.createdAt.synupDateTime),
    ]
  }

  /// GET /folder-locations?folderId=|folderName= → `getLocationsForFolder`:
  /// the locations of the folder and its subfolders, newest first.
  func folderLocations(_ parameters: SynupQueryParameters, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    let subtree = Set(folders.subtree(of: try requestedFolder(parameters).id).map(\.id))
    return list(Set(locations.all.filter { subtree.contains($0.folderId) }.map(\.number)), at: now)
  }

  /// The folder object of folder payloads; `locationCount` is null on create, as evidenced.
  func json(_ folder: SynupFolder, locationCount: Int?) -> JSONValue {
    [
      "accountId": .int(SynupAccount.number),
      "archived": false,
      "createdAt": .string(folder.createdAt.synupDateTime),
      "id": .string(folder.id.text),
      "locationCount": locationCount.map(JSONValue.int) ?? .null,
      "name": .string(folder.name),
      "root": .bool(folder.isRoot),
    ]
  }

  /// How many locations each folder holds itself (subfolders not counted).
  func locationCounts() -> [ResourceID: Int] {
    locations.all.reduce(into: [:]) { counts, location in counts[location.folderId, default: 0] += 1 }
  }

  /// The folder `folderId` (a UUID) or `folderName` names; one is required.
  private func requestedFolder(_ parameters: SynupQueryParameters) throws(SynupFailure) -> SynupFolder {
    let found: SynupFolder?
    if let idText = parameters.string("folderId") {
      found = folders.folder(try SynupIDs.uuid(idText))
    } else if let name = parameters.string("folderName") {
      found = folders.folder(named: name)
    } else {
      throw .badRequest("folderId or folderName is required")
    }
    guard let found else { throw .resolver("SY10039: Folder Does Not Exist") }
    return found
  }
}
