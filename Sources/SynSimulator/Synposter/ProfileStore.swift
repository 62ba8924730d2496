import SynJSON

/// A tenant's profiles, with O(1) lookup by id and by externalId.
///
/// Profiles sit in `slots` in list order (`createdAt`, then creation order).
/// A deletion leaves a hole, compacted away once holes outnumber profiles, so
/// deleting stays amortised O(1). A creation whose clock reads earlier than
/// an existing profile's `createdAt` (the clock was set back) breaks the
/// order; the next listing sorts once and restores it.
struct ProfileStore: Sendable {
  private var slots: [Profile?] = []
  private var slotByID: [ResourceID: Int] = [:]
  private var idByExternalID: [String: ResourceID] = [:]
  private var nextSequence = 0
  private var latestCreatedAt: Timestamp?
  private var isInListOrder = true

  /// How many profiles exist.
  var count: Int { slotByID.count }

  func profile(_ id: ResourceID) -> Profile? {
    slotByID[id].flatMap { slots[$0] }
  }

  func profileID(externalId: String) -> ResourceID? {
    idByExternalID[externalId]
  }

  /// Stores a new profile created at `now`; the caller has checked that its
  /// externalId is free.
  mutating func insert(
    id: ResourceID, name: String, externalId: String?, metadata: JSONObject?, at now: Timestamp
  ) -> Profile {
    let profile = Profile(
      id: id, sequence: nextSequence, name: name, externalId: externalId, metadata: metadata,
      createdAt: now, updatedAt: now)
    nextSequence += 1
    if let latestCreatedAt, now < latestCreatedAt { isInListOrder = false }
    latestCreatedAt = max(latestCreatedAt ?? now, now)
    slotByID[id] = slots.count
    slots.append(profile)
    if let externalId { idByExternalID[externalId] = id }
    return profile
  }

  /// Saves changes to an existing profile (same id); the caller has checked
  /// that a new externalId is free.
  mutating func replace(_ profile: Profile) {
    guard let slot = slotByID[profile.id], let old = slots[slot] else { return }
    if old.externalId != profile.externalId {
      if let oldExternalId = old.externalId { idByExternalID[oldExternalId] = nil }
      if let newExternalId = profile.externalId { idByExternalID[newExternalId] = profile.id }
    }
    slots[slot] = profile
  }

  /// Deletes the profile; false when there is none with that id.
  mutating func remove(_ id: ResourceID) -> Bool {
    guard let slot = slotByID.removeValue(forKey: id), let old = slots[slot] else { return false }
    if let externalId = old.externalId { idByExternalID[externalId] = nil }
    slots[slot] = nil
    if slots.count - count > max(count, 64) { rearrange() }
    return true
  }

  /// Up to `limit` profiles in list order after skipping `offset` of them.
  mutating func page(offset: Int, limit: Int) -> [Profile] {
    if !isInListOrder { rearrange() }
    var skipped = 0
    var page: [Profile] = []
    for case let profile? in slots {
      guard page.count < limit else { break }
      if skipped < offset {
        skipped += 1
      } else {
        page.append(profile)
      }
    }
    return page
  }

  /// Drops the holes and puts the profiles in list order.
  private mutating func rearrange() {
    var profiles = slots.compactMap { $0 }
    if !isInListOrder { profiles.sort { $0.precedes($1) } }
    slots = profiles
    slotByID = Dictionary(uniqueKeysWithValues: profiles.enumerated().map { ($1.id, $0) })
    isInListOrder = true
  }
}
