/// POST /locations and /locations/update (spec 4).
extension SynupAccount {
  /// → `createLocation`. Missing required keys were shape 4 already; here
  /// every broken rule is reported. New locations have the tag `all`, sit in
  /// `root` (or `folderName`, made if missing) and are approved.
  mutating func createLocation(_ input: SynupInput, at now: Timestamp) -> PayloadOutcome {
    var fields = LocationFields()
    let errors = fields.apply(input) + uniquenessErrors(of: fields, owner: nil)
    guard errors.isEmpty else { return .rejected(errors) }
    let folderId = folder(requestedBy: input, otherwise: folders.root.id, at: now)
    let uid = nextUUID()
    makeTags(fields.tags)
    let location = locations.insert { number in
      SynupLocation(
        number: number, uid: uid, fields: fields, folderId: folderId, archivalScheduledAt: nil, createdAt: now,
        updatedAt: now)
    }
    startListingEpoch(of: location, at: now)
    return .success(json(location, at: now))
  }

  /// → `updateLocation`: the fields sent, under the same rules; `tags`
  /// replaces the location's own tags. Archived and scheduled locations
  /// refuse changes (SY90003).
  mutating func updateLocation(_ input: SynupInput, at now: Timestamp) throws(SynupFailure) -> PayloadOutcome {
    let idText = input.string("id") ?? ""
    guard var location = locations.location(try SynupIDs.relayID(idText, as: .location)) else {
      return .rejected([.locationDoesNotExist(key: "id", value: idText)])
    }
    guard location.status(at: now) == .active else {
      return .rejected([SynupFieldError("SY90003", "Archived locations cannot be updated", key: "id", value: idText)])
    }
    let before = json(location, at: now)
    let errors = location.fields.apply(input) + uniquenessErrors(of: location.fields, owner: location.number)
    guard errors.isEmpty else { return .rejected(errors) }
    location.folderId = folder(requestedBy: input, otherwise: location.folderId, at: now)
    makeTags(location.fields.tags)
    let changed = json(location, at: now) != before
    location.updatedAt = now
    locations.replace(location)
    if changed { startListingEpoch(of: location, at: now) }
    return .success(json(location, at: now))
  }

  /// SY10072 for a store id another location has, SY10017 for another
  /// location's name, phone and postal code.
  private func uniquenessErrors(of fields: LocationFields, owner: Int?) -> [SynupFieldError] {
    var errors: [SynupFieldError] = []
    if let storeId = fields.storeId, let holder = locations.holder(ofStoreId: storeId), holder != owner {
      errors.append(SynupFieldError("SY10072", "Store ID has already been taken", key: "storeId", value: storeId))
    }
    if let holder = locations.holder(of: SynupLocationStore.Identity(fields)), holder != owner {
      errors.append(
        SynupFieldError(
          "SY10017", "A location with the same name, phone and postal code already exists",
          [("name", fields.name), ("phone", fields.phone), ("postalCode", fields.postalCode)]))
    }
    return errors
  }

  /// The folder `folderName` names (made below root when missing), or `otherwise` when none is named.
  private mutating func folder(requestedBy input: SynupInput, otherwise: ResourceID, at now: Timestamp)
    -> ResourceID
  {
    guard let name = input.string("folderName"), !name.isBlank else { return otherwise }
    return folder(named: name, creatingAt: now).id
  }

  /// Makes the account's tags for `names` where they do not exist yet.
  private mutating func makeTags(_ names: [String]) {
    for name in names {
      _ = tag(named: name)
    }
  }
}

extension SynupFieldError {
  /// SY10038, for a well-formed location id that names no location.
  static func locationDoesNotExist(key: String, value: String) -> SynupFieldError {
    SynupFieldError("SY10038", "Location Does Not Exist", key: key, value: value)
  }
}
