/// Everything one simulated developer account holds. Only ever touched under
/// its tenant's lock.
struct TenantState: Sendable, Codable {
  /// The tenant's number, which starts every token it hands to browsers;
  /// `mock load` gives a saved state the number of the tenant it loads into.
  var number: Int
  /// The clock: frozen unless the control plane moves it with `moveClock(to:)`.
  private(set) var now: Timestamp
  var ids: IDGenerator
  var billing: Billing
  var profiles = ProfileStore()
  /// The profile a connect call without `profileId` uses; nil once deleted.
  var defaultProfileId: ResourceID?
  var accounts = AccountStore()
  var connectSessions = ConnectSessions()
  var posts = PostStore()
  var media = MediaStore()
  var publisher = MockXPublisher()
  var faults = FaultQueue()
  var idempotency = IdempotencyStore()
  /// Requests per minute per key; nil (the default) is no limit.
  var rateLimiter: RateLimiter?
  /// Synup: the account the tenant's Synup key addresses (see Synup/SynupAccount.swift).
  var synup: SynupAccount
  /// The server's secret on `syn serve`, which every token is derived under; nil in
  /// process. Not part of the saved state: its tenant sets it (see `Tenant`).
  var tokenSecret: KeySecret?

  /// Everything but `tokenSecret`, which the state file keeps once, as the server's `keySecret`.
  private enum CodingKeys: String, CodingKey {
    case number, now, ids, billing, profiles, defaultProfileId, accounts, connectSessions, posts, media, publisher
    case faults, idempotency, rateLimiter, synup
  }

  /// A fresh account of tenant `number`, signed up at the start of simulated
  /// time with its Default profile.
  init(number: Int, plan: Plan) {
    self.number = number
    now = Timestamp.simulationStart
    ids = IDGenerator(seed: number)
    billing = Billing(plan: plan, signup: now)
    defaultProfileId = profiles.insert(id: ids.next(), name: "Default", externalId: nil, metadata: nil, at: now).id
    synup = SynupAccount(tenantNumber: number, createdAt: now)
  }

  /// Sets the clock to `time`; scheduled posts it passes are published, each
  /// at its own `scheduledAt`, and Synup's due events happen, each at its due time.
  mutating func moveClock(to time: Timestamp) {
    synup.applyDueEvents(through: time)
    now = time
    publishDuePosts()
  }

  /// A new id for a profile, account, post or media file: the seed's next
  /// one that none of them has or had (synposter.md section 3, "Ids").
  mutating func newID() -> ResourceID {
    var generator = ids
    defer { ids = generator }
    return generator.next { id in
      profiles.holdsOrHeld(id) || accounts.holdsOrHeld(id) || posts.holdsOrHeld(id) || media.holds(id)
    }
  }

  /// A new secret that names this tenant, for a URL a browser will open:
  /// never the state of a connect flow or the upload token of a media file
  /// the tenant has, even when a re-seeded sequence replays one.
  ///
  /// A token opens its flow or upload without a key, so on `syn serve` it is
  /// derived under the server's secret: the tenant's id sequence, which
  /// anyone who knows syn can compute, does not give it away.
  mutating func newToken() -> String {
    var token: String
    repeat {
      let secret = ids.secret()
      token = TenantToken.make(
        tenantNumber: number,
        secret: tokenSecret.map { TenantToken.derived(from: secret, of: number, under: $0) } ?? secret)
    } while connectSessions.holds(state: token) || media.file(uploadToken: token) != nil
    return token
  }
}
