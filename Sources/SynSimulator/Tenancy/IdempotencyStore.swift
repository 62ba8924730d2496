import SynHTTP

/// Remembers successful answers by `Idempotency-Key` for 24 hours of the
/// tenant's clock, so a retried create replays its first answer instead of
/// creating twice.
struct IdempotencyStore: Sendable, Codable {
  /// The longest key accepted.
  static let maximumKeyLength = 255
  static let lifetimeSeconds = Timestamp.secondsPerDay

  private struct Entry: Sendable, Codable {
    var method: String
    var path: String
    @SavedBytes var body: [UInt8]
    @SavedResponse var response: HTTPResponse
    var expiresAt: Timestamp
  }

  private var entries: [String: Entry] = [:]

  /// The stored answer for `key`, marked `Idempotent-Replayed: true`, when the
  /// same request was answered before; nil when the key is new or expired.
  /// Throws `idempotency_key_reused` when the key came with a different request.
  mutating func replay(key: String, for request: HTTPRequest, at now: Timestamp) throws(APIError) -> HTTPResponse? {
    guard let entry = entries[key] else { return nil }
    guard now < entry.expiresAt else {
      entries[key] = nil
      return nil
    }
    guard entry.method == request.method, entry.path == request.path, entry.body == request.body else {
      throw APIError(
        status: 409, code: "idempotency_key_reused",
        message: "Idempotency-Key \(key) was already used with a different request")
    }
    var response = entry.response
    response.headers.set("Idempotent-Replayed", "true")
    return response
  }

  /// Keeps `response` to replay for `key`.
  mutating func remember(key: String, request: HTTPRequest, response: HTTPResponse, at now: Timestamp) {
    entries[key] = Entry(
      method: request.method, path: request.path, body: request.body, response: response,
      expiresAt: now.adding(seconds: IdempotencyStore.lifetimeSeconds))
  }
}
