import SynJSON

/// The folder mutations (spec 4): create, rename, delete, and moving
/// locations in and out. Names are normalised and unique in the account.
extension SynupAccount {
  /// POST /folders/create → `createFolder`: below `parentFolder` (a UUID),
  /// `parentFolderName`, or root.
  mutating func createFolder(_ input: SynupInput, at now: Timestamp) -> PayloadOutcome {
    do {
      return .success(json(try insertFolder(input, at: now), locationCount: nil))
    } catch {
      return .rejected(error.errors)
    }
  }

  /// Makes the folder `input` describes (`name`, `parentFolder` or
  /// `parentFolderName`), or throws every rule it breaks.
  mutating func insertFolder(_ input: SynupInput, at now: Timestamp) throws(RuleViolations) -> SynupFolder {
    let given = input.string("name") ?? ""
    var errors = nameErrors(given, renaming: nil)
    var parent = folders.root
    if let parentText = input.string("parentFolder") {
      if let id = ResourceID(Substring(parentText)), let found = folders.folder(id) {
        parent = found
      } else {
        errors.append(.folderDoesNotExist(key: "parentFolder", value: parentText))
      }
    } else if let parentName = input.string("parentFolderName") {
      if let found = folders.folder(named: parentName) {
        parent = found
      } else {
        errors.append(.folderDoesNotExist(key: "parentFolderName", value: parentName))
      }
    }
    guard errors.isEmpty else { throw RuleViolations(errors: errors) }
    return makeFolder(named: given, below: parent.id, at: now)
  }

  /// POST /locations/folders/rename → `renameFolder`: root keeps its name (SY10049).
  mutating func renameFolder(_ input: SynupInput) -> PayloadOutcome {
    let oldName = input.string("oldName") ?? ""
    guard let folder = folders.folder(named: oldName) else {
      return .rejected([.folderDoesNotExist(key: "oldName", value: oldName)])
    }
    guard !folder.isRoot else {
      return .rejected([SynupFieldError("SY10049", "Root Folder Cannot Be Renamed.", key: "oldName", value: oldName)])
    }
    let given = input.string("name") ?? ""
    let errors = nameErrors(given, renaming: folder.id)
    guard errors.isEmpty else { return .rejected(errors) }
    folders.rename(folder.id, to: SynupFolder.normalizedName(given))
    return .success(json(folders.folder(folder.id) ?? folder, locationCount: locationCounts()[folder.id] ?? 0))
  }

  /// POST /folders/delete → `deleteFolder`: root stays (SY10049); the
  /// folder's locations go back to root and its subfolders up to its parent.
  mutating func deleteFolder(_ input: SynupInput) -> PayloadOutcome {
    let name = input.string("name") ?? ""
    guard let folder = folders.folder(named: name) else {
      return .rejected([.folderDoesNotExist(key: "name", value: name)])
    }
    guard !folder.isRoot else {
      return .rejected([SynupFieldError("SY10049", "Root Folder Cannot Be Deleted.", key: "name", value: name)])
    }
    for location in locations.all where location.folderId == folder.id {
      var moved = location
      moved.folderId = folders.root.id
      locations.replace(moved)
    }
    for user in users.all where user.resources.contains(.folder(folder.id)) {
      var changed = user
      changed.assign(.folder(folder.id), adding: false)
      users.replace(changed)
    }
    folders.remove(folder.id)
    return .success(.null)
  }

  /// POST /locations/folders → `addLocationsToFolder`: moves the locations
  /// into the folder `name`, made below root when missing.
  mutating func addLocationsToFolder(_ input: SynupInput, at now: Timestamp) throws(SynupFailure) -> PayloadOutcome {
    let given = input.string("name") ?? ""
    let texts = input.strings("locationIds") ?? []
    let ids = try SynupIDs.relayIDs(texts, as: .location)
    var errors = given.isBlank ? [SynupFieldError.blankFolderName(given)] : []
    errors += zip(texts, ids).compactMap { text, id in
      locations.location(id) == nil ? .locationDoesNotExist(key: "locationIds", value: text) : nil
    }
    guard errors.isEmpty else { return .rejected(errors) }
    let folder = folder(named: given, creatingAt: now)
    move(ids, to: folder.id)
    return .success(json(folder, locationCount: locationCounts()[folder.id] ?? 0))
  }

  /// POST /locations/folders/remove → `deleteLocationsFromFolder`: the
  /// locations go back to root; one already there is SY10052 (decision 14).
  mutating func removeLocationsFromFolder(_ input: SynupInput) throws(SynupFailure) -> PayloadOutcome {
    let texts = input.strings("locationIds") ?? []
    let ids = try SynupIDs.relayIDs(texts, as: .location)
    let errors: [SynupFieldError] = zip(texts, ids).compactMap { text, id in
      guard let location = locations.location(id) else { return .locationDoesNotExist(key: "locationIds", value: text) }
      guard location.folderId != folders.root.id else {
        return SynupFieldError(
          "SY10052", "Location Is Not Assigned To Any Folder. Location Is In Root Folder.", key: "locationIds",
          value: text)
      }
      return nil
    }
    guard errors.isEmpty else { return .rejected(errors) }
    move(ids, to: folders.root.id)
    return .success(.array(texts.map(JSONValue.string)))
  }

  /// The folder called `name`, made below root when there is none.
  mutating func folder(named name: String, creatingAt now: Timestamp) -> SynupFolder {
    folders.folder(named: name) ?? makeFolder(named: name, below: folders.root.id, at: now)
  }

  private mutating func makeFolder(named name: String, below parent: ResourceID, at now: Timestamp) -> SynupFolder {
    let folder = SynupFolder(id: nextUUID(), name: SynupFolder.normalizedName(name), parentId: parent, createdAt: now)
    folders.insert(folder)
    return folder
  }

  /// Blank names have no evidenced code; a name in use is SY10103.
  private func nameErrors(_ given: String, renaming owner: ResourceID?) -> [SynupFieldError] {
    if given.isBlank { return [.blankFolderName(given)] }
    if let holder = folders.folder(named: given), holder.id != owner {
      return [SynupFieldError("SY10103", "Name has already been taken", key: "name", value: given)]
    }
    return []
  }

  private mutating func move(_ ids: [RelayID], to folderId: ResourceID) {
    for id in ids {
      guard var location = locations.location(id) else { continue }
      location.folderId = folderId
      locations.replace(location)
    }
  }
}

extension SynupFieldError {
  /// SY10039, for a folder named by id or name that does not exist.
  static func folderDoesNotExist(key: String, value: String) -> SynupFieldError {
    SynupFieldError("SY10039", "Folder Does Not Exist", key: key, value: value)
  }

  /// A blank folder name: the evidence names no code for it.
  static func blankFolderName(_ name: String) -> SynupFieldError {
    SynupFieldError(nil, "Name can't be blank", key: "name", value: name)
  }
}
