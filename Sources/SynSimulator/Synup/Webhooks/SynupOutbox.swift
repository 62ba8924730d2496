import SynJSON

/// The account's webhook registration (synup-sections.md 6.2): one URL for
/// every event, an optional signing secret, and how often a failed delivery
/// is retried. `verified` is nil until a handshake has run.
struct SynupWebhook: Sendable, Codable, Equatable {
  var url: String?
  var secret: String?
  var retries = 0
  var verified: Bool?
  /// True when registered on a simulator that sends (`syn serve`): the
  /// in-process backend has no network, so its deliveries stay `captured` (6.4).
  var isSent = false
  /// Counts registrations, so a handshake answered after the next one is ignored.
  var generation = 0
}

/// One emitted event: its body is kept as the exact bytes that are signed and sent.
struct SynupDelivery: Sendable, Codable {
  enum State: String, Sendable, Codable {
    case captured, held, pending, delivered, failed
  }

  let sequenceNumber: Int
  let event: String
  let createdAt: Timestamp
  let url: String?
  var state: State
  /// Header fields in order: `Content-Type`, then `X-Synup-Signature` when signed.
  let headers: [HTTPHeaderPair]
  @SavedBytes var body: [UInt8]
  var attempts: [WebhookAttempt] = []
}

/// A header field of a delivery.
struct HTTPHeaderPair: Sendable, Codable, Equatable {
  let name: String
  let value: String
}

/// Every event the account emitted, oldest first, whether or not a URL was
/// registered: the outbox `mock deliveries` reads and `syn serve` sends from.
struct SynupOutbox: Sendable, Codable {
  private(set) var webhook = SynupWebhook()
  private(set) var deliveries: [SynupDelivery] = []

  /// Records `event` with `body` (the whole JSON document sent), created at
  /// `time` (the event's due time), signed when a secret is registered.
  mutating func emit(_ event: String, body: JSONValue, at time: Timestamp) {
    let bytes = body.compactBytes
    var headers = [HTTPHeaderPair(name: "Content-Type", value: "application/json")]
    if let secret = webhook.secret {
      headers.append(HTTPHeaderPair(name: "X-Synup-Signature", value: Self.signature(of: bytes, secret: secret)))
    }
    let state: SynupDelivery.State =
      switch (webhook.url, webhook.secret, webhook.verified) {
      case (nil, _, _): .captured
      case _ where !webhook.isSent: .captured
      case (_, _?, let verified) where verified != true: .held
      default: .pending
      }
    deliveries.append(
      SynupDelivery(
        sequenceNumber: deliveries.count + 1, event: event, createdAt: time, url: webhook.url, state: state,
        headers: headers, body: bytes))
  }

  /// Records an event in the full envelope of S9's other events:
  /// `{event, timestamp, account_id, location_id, data}`.
  mutating func emit(_ event: String, locationNumber: Int, data: JSONValue, at time: Timestamp) {
    let envelope: JSONValue = [
      "event": .string(event), "timestamp": .string(time.iso8601), "account_id": .int(SynupAccount.number),
      "location_id": .string(String(locationNumber)), "data": data,
    ]
    emit(event, body: envelope, at: time)
  }

  /// `mock webhook`: replaces the registration, which resets `verified` even
  /// when the values are the same. Deliveries already made keep their state.
  mutating func register(url: String?, secret: String?, retries: Int, isSent: Bool) {
    webhook = SynupWebhook(
      url: url, secret: secret, retries: retries, verified: nil, isSent: isSent, generation: webhook.generation + 1)
  }

  /// The handshake of registration `generation` ended: held deliveries to its
  /// URL become pending when it passed. A stale answer changes nothing.
  mutating func recordHandshake(generation: Int, passed: Bool) {
    guard generation == webhook.generation, webhook.verified == nil else { return }
    webhook.verified = passed
    guard passed else { return }
    for index in deliveries.indices where deliveries[index].state == .held && deliveries[index].url == webhook.url {
      deliveries[index].state = .pending
    }
  }

  /// Records a try at sending delivery `sequenceNumber`: a 2xx delivers it; a
  /// failure is retried after 1 s, 4 s, 16 s… while `retries` allows, then it
  /// is `failed` (6.3). Nil when that delivery is not pending.
  mutating func recordAttempt(_ attempt: WebhookAttempt, sequenceNumber: Int) -> WebhookAttemptOutcome? {
    let index = sequenceNumber - 1
    guard deliveries.indices.contains(index), deliveries[index].state == .pending else { return nil }
    deliveries[index].attempts.append(attempt)
    if let status = attempt.status, (200..<300).contains(status) {
      deliveries[index].state = .delivered
      return .delivered
    }
    let failures = deliveries[index].attempts.count
    guard failures <= webhook.retries else {
      deliveries[index].state = .failed
      return .failed
    }
    return .retry(afterSeconds: 1 << (2 * (failures - 1)))
  }

  /// `sha256=` and the base64 HMAC-SHA256 of `bytes` under `secret` (6.1).
  static func signature(of bytes: [UInt8], secret: String) -> String {
    "sha256=" + Base64.standard.encode(HMACSHA256.authenticationCode(for: bytes, key: Array(secret.utf8)))
  }
}
