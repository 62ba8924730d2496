/// A tenant's connected accounts, with O(1) lookup by id, by platform
/// account, and by profile.
struct AccountStore: Sendable {
  /// What identifies an account on its network.
  struct PlatformKey: Hashable, Sendable {
    var platform: Platform
    var platformAccountId: String
  }

  private var byID: [ResourceID: Account] = [:]
  private var idByPlatformKey: [PlatformKey: ResourceID] = [:]
  /// Each profile's accounts in creation order.
  private var idsByProfile: [ResourceID: [ResourceID]] = [:]
  private var nextSequence = 0
  private var deletedIDs = DeletedIDs()

  subscript(id: ResourceID) -> Account? {
    byID[id]
  }

  /// Whether an account has or had the id.
  func holdsOrHeld(_ id: ResourceID) -> Bool {
    byID[id] != nil || deletedIDs.contains(id)
  }

  func account(on platform: Platform, platformAccountId: String) -> Account? {
    idByPlatformKey[PlatformKey(platform: platform, platformAccountId: platformAccountId)].flatMap { byID[$0] }
  }

  /// The profile's accounts, newest `connectedAt` first.
  func accounts(ofProfile profileId: ResourceID) -> [Account] {
    (idsByProfile[profileId] ?? []).compactMap { byID[$0] }.sorted { $0.listsBefore($1) }
  }

  /// Stores a new active account connected at `now`; the caller has checked
  /// that the platform account is not connected yet.
  mutating func insert(
    id: ResourceID, profileId: ResourceID, platform: Platform, user: EndUser, at now: Timestamp
  ) -> Account {
    let account = Account(
      id: id, sequence: nextSequence, profileId: profileId, platform: platform,
      platformAccountId: user.platformAccountId, handle: user.handle, status: .active, connectedAt: now,
      lastRefreshedAt: now)
    nextSequence += 1
    byID[id] = account
    idByPlatformKey[PlatformKey(platform: platform, platformAccountId: user.platformAccountId)] = id
    idsByProfile[profileId, default: []].append(id)
    return account
  }

  /// Saves changes to an existing account (same id, profile and platform account).
  mutating func replace(_ account: Account) {
    guard byID[account.id] != nil else { return }
    byID[account.id] = account
  }

  /// Deletes the account and returns it; nil when there is none with that id.
  mutating func remove(_ id: ResourceID) -> Account? {
    guard let account = byID.removeValue(forKey: id) else { return nil }
    deletedIDs.insert(id)
    idByPlatformKey[PlatformKey(platform: account.platform, platformAccountId: account.platformAccountId)] = nil
    idsByProfile[account.profileId]?.removeAll { $0 == id }
    if idsByProfile[account.profileId]?.isEmpty == true { idsByProfile[account.profileId] = nil }
    return account
  }
}

/// Saved as the accounts in creation order and the deleted ids (left out
/// while there are none); the indexes are rebuilt.
extension AccountStore: Codable {
  private enum CodingKeys: String, CodingKey {
    case accounts, nextSequence, deletedIds
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    for account in try container.decode([Account].self, forKey: .accounts) {
      let key = PlatformKey(platform: account.platform, platformAccountId: account.platformAccountId)
      guard byID.updateValue(account, forKey: account.id) == nil,
        idByPlatformKey.updateValue(account.id, forKey: key) == nil
      else {
        throw DecodingError.dataCorruptedError(
          forKey: .accounts, in: container, debugDescription: "account \(account.id.text) is there twice")
      }
      idsByProfile[account.profileId, default: []].append(account.id)
    }
    nextSequence = try container.decode(Int.self, forKey: .nextSequence)
    deletedIDs = try container.decodeIfPresent(DeletedIDs.self, forKey: .deletedIds) ?? DeletedIDs()
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(byID.values.sorted { $0.sequence < $1.sequence }, forKey: .accounts)
    try container.encode(nextSequence, forKey: .nextSequence)
    if !deletedIDs.isEmpty { try container.encode(deletedIDs, forKey: .deletedIds) }
  }
}
