/// One started connect flow, from `POST /v1/connect/{platform}` until its
/// callback: single use, and valid for 10 minutes of the tenant's clock.
struct ConnectSession: Sendable, Codable {
  static let lifetimeSeconds = 600

  /// The OAuth `state`; never the developer's own `state`.
  let state: String
  let profileId: ResourceID
  let platform: Platform
  let redirectUri: String?
  /// The developer's `state`, echoed on the final redirect.
  let developerState: String?
  /// The PKCE code verifier; the authorization URL carries its S256 challenge.
  let codeVerifier: String
  let expiresAt: Timestamp
  /// What the mock authorization page granted, waiting for the token exchange.
  var grant: MockGrant?

  /// `BASE64URL(SHA256(codeVerifier))`, as PKCE's `S256` method computes it.
  var codeChallenge: String {
    Base64.url.encode(SHA256.digest(Array(codeVerifier.utf8)))
  }
}

/// An authorization code the mock platform issued, and for whom.
struct MockGrant: Sendable, Codable {
  let code: String
  /// The `code_challenge` the authorization request carried; the token exchange checks it.
  let codeChallenge: String?
  let user: EndUser
}

/// The platform user who authorizes: a handle (without `@`) and a numeric id.
struct EndUser: Sendable, Codable {
  let handle: String
  let platformAccountId: String
}
