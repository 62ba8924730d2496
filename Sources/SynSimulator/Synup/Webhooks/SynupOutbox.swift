import SynJSON

/// The account's webhook registration (synup-sections.md 6.2): one URL for
/// every event, an optional signing secret, and how often a failed delivery
/// is retried. `verified` is nil until a handshake has run.
struct SynupWebhook: Sendable, Codable, Equatable {
  var url: String?
  var secret: String?
  var retries = 0
  var verified: Bool?
}

/// One emitted event: its body is kept as the exact bytes that are signed and sent.
struct SynupDelivery: Sendable, Codable {
  enum State: String, Sendable, Codable {
    case captured, held, pending, delivered, failed
  }

  /// One try at sending it (`syn serve` only).
  struct Attempt: Sendable, Codable, Equatable {
    let at: String
    let status: Int?
    let error: String?
    let milliseconds: Int
  }

  let sequenceNumber: Int
  let event: String
  let createdAt: Timestamp
  let url: String?
  var state: State
  /// Header fields in order: `Content-Type`, then `X-Synup-Signature` when signed.
  let headers: [HTTPHeaderPair]
  @SavedBytes var body: [UInt8]
  var attempts: [Attempt] = []
}

/// A header field of a delivery.
struct HTTPHeaderPair: Sendable, Codable, Equatable {
  let name: String
  let value: String
}

/// Every event the account emitted, oldest first, whether or not a URL was
/// registered: the outbox `mock deliveries` reads and `syn serve` sends from.
struct SynupOutbox: Sendable, Codable {
  var webhook = SynupWebhook()
  private(set) var deliveries: [SynupDelivery] = []

  /// Records `event` with `body` (the whole JSON document sent), created at
  /// `time` (the event's due time), signed when a secret is registered.
  mutating func emit(_ event: String, body: JSONValue, at time: Timestamp) {
    let bytes = body.compactBytes
    var headers = [HTTPHeaderPair(name: "Content-Type", value: "application/json")]
    if let secret = webhook.secret {
      let code = HMACSHA256.authenticationCode(for: bytes, key: Array(secret.utf8))
      headers.append(HTTPHeaderPair(name: "X-Synup-Signature", value: "sha256=" + Base64.standard.encode(code)))
    }
    let state: SynupDelivery.State =
      switch (webhook.url, webhook.secret, webhook.verified) {
      case (nil, _, _): .captured
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
}
