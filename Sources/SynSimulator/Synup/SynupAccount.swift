/// A tenant's Synup account, `Account:1`: what the Synup key addresses.
///
/// Users, roles and locations have `Type:N` ids from per-type counters;
/// folders and tags have UUIDs from the account's own seeded stream, so
/// Synposter activity never shifts them. Times come from the tenant's clock.
struct SynupAccount: Sendable, Codable {
  /// The account's number: `accountId` is `Account:1` in base64 on users, `1` on locations and folders.
  static let number = 1
  /// Keeps the account's UUID stream apart from the tenant's Synposter ids.
  private static let uuidStreamSalt = 0x5379_6E75_7055_5549

  /// When the account was opened: the seeded roles' and root folder's time.
  let createdAt: Timestamp
  let roles: [SynupRole]
  var users = SynupUserStore()
  var locations = SynupLocationStore()
  var folders: SynupFolderStore
  var tags: SynupTagStore
  private var uuids: IDGenerator
  /// What every synthetic value and minted UUID of synup-sections.md derives from (5.2).
  var dataSeed: DataSeed
  var counters = SynupCounters()
  /// Every webhook event emitted, and where to send them (section 6).
  var outbox = SynupOutbox()
  var listingConnections = SynupListingConnections()
  /// Sync epochs, overrides and duplicate marks: listing statuses derive from them (G1, G2).
  var listingState = SynupListingState()
  var photos = SynupPhotoStore()
  /// The automations' temporary closures (synup-sections.md 4.11).
  var flows = SynupFlowStore()
  var gridReports = GridReportStore()
  var keywords = SynupKeywordStore()
  var reviewSettings = ReviewSettingsStore()
  var interactions = InteractionStore()
  var reviewWidgets = ReviewWidgetStore()
  var campaigns = CampaignStore()
  /// Connect links handed out, pending or ended (4.7).
  var connectFlows = SynupConnectFlows()
  var connectedAccounts = SynupConnectedAccounts()

  /// A new account of tenant `tenantNumber`: the four seeded roles, the
  /// `root` folder and the `all` tag.
  init(tenantNumber: Int, createdAt: Timestamp) {
    self.createdAt = createdAt
    roles = SynupRole.seededNames.enumerated().map { SynupRole(number: $0 + 1, name: $1, createdAt: createdAt) }
    uuids = IDGenerator(seed: tenantNumber ^ SynupAccount.uuidStreamSalt)
    dataSeed = DataSeed(tenantNumber)
    folders = SynupFolderStore(rootID: uuids.next(), createdAt: createdAt)
    tags = SynupTagStore(allTagID: uuids.next())
  }

  /// Reads a saved account. What synup-sections.md added (the data seed, the
  /// counters, the outbox and the stores of 5.1) may be missing from a state
  /// saved by an earlier syn: it is then empty, and the data seed is 1, so
  /// such a file still loads instead of failing on a missing key.
  init(from decoder: any Decoder) throws {
    let saved = try decoder.container(keyedBy: CodingKeys.self)
    func stored<Value: Decodable>(_ key: CodingKeys, or fallback: Value) throws -> Value {
      try saved.decodeIfPresent(Value.self, forKey: key) ?? fallback
    }
    createdAt = try saved.decode(Timestamp.self, forKey: .createdAt)
    roles = try saved.decode([SynupRole].self, forKey: .roles)
    users = try saved.decode(SynupUserStore.self, forKey: .users)
    locations = try saved.decode(SynupLocationStore.self, forKey: .locations)
    folders = try saved.decode(SynupFolderStore.self, forKey: .folders)
    tags = try saved.decode(SynupTagStore.self, forKey: .tags)
    uuids = try saved.decode(IDGenerator.self, forKey: .uuids)
    dataSeed = try stored(.dataSeed, or: DataSeed(1))
    counters = try stored(.counters, or: SynupCounters())
    outbox = try stored(.outbox, or: SynupOutbox())
    listingConnections = try stored(.listingConnections, or: SynupListingConnections())
    listingState = try stored(.listingState, or: SynupListingState())
    photos = try stored(.photos, or: SynupPhotoStore())
    flows = try stored(.flows, or: SynupFlowStore())
    gridReports = try stored(.gridReports, or: GridReportStore())
    keywords = try stored(.keywords, or: SynupKeywordStore())
    reviewSettings = try stored(.reviewSettings, or: ReviewSettingsStore())
    interactions = try stored(.interactions, or: InteractionStore())
    reviewWidgets = try stored(.reviewWidgets, or: ReviewWidgetStore())
    campaigns = try stored(.campaigns, or: CampaignStore())
    connectFlows = try stored(.connectFlows, or: SynupConnectFlows())
    connectedAccounts = try stored(.connectedAccounts, or: SynupConnectedAccounts())
  }

  /// A fresh UUID for a folder, a tag or a location's `uid`: the stream's
  /// next one that none of them has (synposter.md section 3, "Ids"). The
  /// stream is never re-seeded: only a restored account whose stream is
  /// behind its records replays UUIDs, and those it holds are skipped.
  mutating func nextUUID() -> ResourceID {
    var generator = uuids
    defer { uuids = generator }
    return generator.next { id in folders.folder(id) != nil || tags.holds(id) || locations.holds(uid: id) }
  }

  static let accountID = RelayID(.account, number)

  func role(_ id: RelayID) -> SynupRole? {
    roles.first { $0.number == id.number }
  }
}
