import SynJSON

/// A tenant's profiles, with O(1) lookup by id and by externalId, listed
/// oldest first.
struct ProfileStore: Sendable {
  private var records = RecordStore<Profile>()
  private var idByExternalID: [String: ResourceID] = [:]

  /// How many profiles exist.
  var count: Int { records.count }

  func profile(_ id: ResourceID) -> Profile? {
    records[id]
  }

  /// Whether a profile has or had the id.
  func holdsOrHeld(_ id: ResourceID) -> Bool {
    records.holdsOrHeld(id)
  }

  func profileID(externalId: String) -> ResourceID? {
    idByExternalID[externalId]
  }

  /// Stores a new profile created at `now`; the caller has checked that its
  /// externalId is free.
  mutating func insert(
    id: ResourceID, name: String, externalId: String?, metadata: JSONObject?, at now: Timestamp
  ) -> Profile {
    if let externalId { idByExternalID[externalId] = id }
    return records.insert { sequence in
      Profile(
        id: id, sequence: sequence, name: name, externalId: externalId, metadata: metadata,
        createdAt: now, updatedAt: now)
    }
  }

  /// Saves changes to an existing profile (same id); the caller has checked
  /// that a new externalId is free.
  mutating func replace(_ profile: Profile) {
    guard let old = records[profile.id] else { return }
    if old.externalId != profile.externalId {
      if let oldExternalId = old.externalId { idByExternalID[oldExternalId] = nil }
      if let newExternalId = profile.externalId { idByExternalID[newExternalId] = profile.id }
    }
    records.replace(profile)
  }

  /// Deletes the profile; false when there is none with that id.
  mutating func remove(_ id: ResourceID) -> Bool {
    guard let old = records.remove(id) else { return false }
    if let externalId = old.externalId { idByExternalID[externalId] = nil }
    return true
  }

  /// One page of the profiles, oldest first, and how many there are.
  mutating func page(_ request: PageRequest) -> (records: [Profile], total: Int) {
    records.page(request)
  }
}

/// Saved as its records; the index by externalId is rebuilt.
extension ProfileStore: Codable {
  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    records = try container.decode(RecordStore<Profile>.self)
    for profile in records.records {
      guard let externalId = profile.externalId else { continue }
      guard idByExternalID.updateValue(profile.id, forKey: externalId) == nil else {
        throw DecodingError.dataCorruptedError(
          in: container, debugDescription: "two profiles have the externalId \(externalId)")
      }
    }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(records)
  }
}
