import SynHTTP

/// The URLs the simulator hands out that a browser or an upload client opens.
///
/// They point at the simulator itself: at the scheme, host and port a request
/// came to under `syn serve` (its `Host` header), so a client that follows
/// them lands back on the same server; at `http://localhost` in process,
/// where a request has no address.
struct MockURLs {
  static let fallbackOrigin = "http://localhost"
  /// The path under which uploaded media are served: `/mock/media/<tenant token>/<filename>`.
  static let mediaPath = "/mock/media/"
  /// The simulated Synposter app's OAuth client id.
  static let clientID = "synposter-simulator"

  /// `http://HOST[:PORT]`, without a trailing slash.
  let origin: String

  /// The origin `request` was sent to; a `Host` that is not a plain host and
  /// port cannot be trusted in a URL, so it falls back too.
  init(for request: HTTPRequest) {
    guard let host = request.headers["Host"], !host.isEmpty, host.utf8.allSatisfy(MockURLs.isHostByte) else {
      origin = MockURLs.fallbackOrigin
      return
    }
    origin = "http://" + host
  }

  /// The mock platform's authorization page for `session`, with the query X's
  /// `https://x.com/i/oauth2/authorize` takes.
  func authorize(_ session: ConnectSession) -> String {
    "\(origin)/mock/oauth/\(session.platform.rawValue)/authorize?"
      + PercentEncoding.query([
        ("response_type", "code"),
        ("client_id", MockURLs.clientID),
        ("redirect_uri", callback(session.platform)),
        ("scope", session.platform.scopes.joined(separator: " ")),
        ("state", session.state),
        ("code_challenge", session.codeChallenge),
        ("code_challenge_method", "S256"),
      ])
  }

  /// Synposter's OAuth callback for `platform`.
  func callback(_ platform: Platform) -> String {
    "\(origin)/v1/connect/\(platform.rawValue)/callback"
  }

  /// Where the bytes of an upload go (`PUT`, no key).
  func upload(token: String) -> String {
    "\(origin)/mock/uploads/\(token)"
  }

  /// Where an uploaded file is served from (`GET`, no key): its token names
  /// the tenant, as upload tokens do, and the media id, never the upload secret.
  func publicURL(_ file: MediaFile, tenantNumber: Int) -> String {
    origin + MockURLs.mediaPath + MockURLs.mediaToken(file.id, tenantNumber: tenantNumber) + "/"
      + PercentEncoding.encode(file.filename)
  }

  /// `t<tenant>_<media id>`.
  static func mediaToken(_ id: ResourceID, tenantNumber: Int) -> String {
    TenantToken.make(tenantNumber: tenantNumber, secret: id.text)
  }

  /// The media id a `/mock/media/` token names; nil for any other text.
  static func mediaID(inToken token: some StringProtocol) -> ResourceID? {
    guard TenantToken.tenantNumber(of: token) != nil, let separator = token.firstIndex(of: "_") else { return nil }
    return ResourceID(Substring(token[token.index(after: separator)...]))
  }

  /// The media id in one of this simulator's `publicURL`s, on whatever origin
  /// it was handed out (the request's, or http://localhost); nil for any other URL.
  static func mediaID(inPublicURL url: String) -> ResourceID? {
    guard let colon = url.firstIndex(of: ":"), url[colon...].hasPrefix("://") else { return nil }
    let afterOrigin = url[colon...].dropFirst(3).drop { $0 != "/" }
    guard afterOrigin.hasPrefix(mediaPath) else { return nil }
    return mediaID(inToken: afterOrigin.dropFirst(mediaPath.count).prefix { $0 != "/" })
  }

  /// Letters, digits and `.-:[]_`: a host name, an IPv4 or bracketed IPv6 address, and a port.
  private static func isHostByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      true
    default:
      ".-:[]_".utf8.contains(byte)
    }
  }
}
