import SynJSON

/// A connected social account, as stored by the simulator. Tokens are not
/// modelled: rotating them only moves `lastRefreshedAt`.
struct Account: Sendable, Codable {
  enum Status: String, Sendable, Codable {
    case active
    /// Its token stopped working: set by an injected `account_expired` publish failure.
    case expired
  }

  let id: ResourceID
  /// Creation order within the tenant: breaks `connectedAt` ties when listing.
  let sequence: Int
  let profileId: ResourceID
  let platform: Platform
  /// The platform's own user id (digits, for X).
  let platformAccountId: String
  /// The user name without `@`.
  var handle: String
  var status: Status
  let connectedAt: Timestamp
  var lastRefreshedAt: Timestamp

  /// The documented Account object, keys in the documented order.
  var json: JSONValue {
    [
      "id": .string(id.text),
      "profileId": .string(profileId.text),
      "platform": .string(platform.rawValue),
      "platformAccountId": .string(platformAccountId),
      "handle": .string(handle),
      "status": .string(status.rawValue),
      "scopes": .array(platform.scopes.map(JSONValue.string)),
      "connectedAt": .string(connectedAt.iso8601),
      "lastRefreshedAt": .string(lastRefreshedAt.iso8601),
    ]
  }

  /// Whether this account lists before `other`: newest `connectedAt` first, then latest created.
  func listsBefore(_ other: Account) -> Bool {
    (connectedAt, sequence) > (other.connectedAt, other.sequence)
  }
}
