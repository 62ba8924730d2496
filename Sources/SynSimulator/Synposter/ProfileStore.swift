import SynJSON

/// A tenant's profiles, with O(1) lookup by id and by externalId, listed
/// oldest first.
struct ProfileStore: Sendable {
  private var records = RecordStore<Profile>()

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
    records.record(withUniqueKey: externalId)?.id
  }

  /// Stores a new profile created at `now`; the caller has checked that its
  /// externalId is free.
  mutating func insert(
    id: ResourceID, name: String, externalId: String?, metadata: JSONObject?, at now: Timestamp
  ) -> Profile {
    records.insert { sequence in
      Profile(
        id: id, sequence: sequence, name: name, externalId: externalId, metadata: metadata,
        createdAt: now, updatedAt: now)
    }
  }

  /// Saves changes to an existing profile (same id); the caller has checked
  /// that a new externalId is free.
  mutating func replace(_ profile: Profile) {
    records.replace(profile)
  }

  /// Deletes the profile; false when there is none with that id.
  mutating func remove(_ id: ResourceID) -> Bool {
    records.remove(id) != nil
  }

  /// One page of the profiles, oldest first, and how many there are.
  mutating func page(_ request: PageRequest) -> (records: [Profile], total: Int) {
    records.page(request)
  }
}

/// Saved as its records; the indexes are rebuilt.
extension ProfileStore: Codable {
  init(from decoder: any Decoder) throws {
    records = try decoder.singleValueContainer().decode(RecordStore<Profile>.self)
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(records)
  }
}
