import SynHTTP

/// The URLs the simulator hands out that a browser or an upload client opens.
///
/// They point at the simulator itself: at the scheme, host and port a request
/// came to under `syn serve` (its `Host` header), so a client that follows
/// them lands back on the same server; at `http://localhost` in process,
/// where a request has no address. The `publicUrl`s of media stay on the
/// fixed media origin: nothing serves their bytes yet.
struct MockURLs {
  static let fallbackOrigin = "http://localhost"
  /// Where `publicUrl`s of uploaded media live.
  static let mediaOrigin = "https://media.synposter.com"
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

  /// Where an uploaded file is served from.
  static func publicURL(mediaID: ResourceID, filename: String) -> String {
    "\(mediaOrigin)/\(mediaID.text)/\(PercentEncoding.encode(filename))"
  }

  /// The media id in one of this simulator's `publicURL`s; nil for any other URL.
  static func mediaID(inPublicURL url: String) -> ResourceID? {
    guard url.hasPrefix(mediaOrigin + "/") else { return nil }
    let rest = url.dropFirst(mediaOrigin.count + 1)
    return ResourceID(rest.prefix { $0 != "/" })
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
