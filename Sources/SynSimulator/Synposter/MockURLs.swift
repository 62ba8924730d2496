import SynHTTP

/// The URLs the simulator hands out that a browser or an upload client opens.
///
/// They point at the simulator itself under the fixed origin
/// `http://localhost`: the in-process backend has no address, and a fixed
/// origin keeps answers identical on every transport. A client talking to
/// `syn serve` on another port replaces the origin with the server's.
enum MockURLs {
  static let origin = "http://localhost"
  /// Where `publicUrl`s of uploaded media live.
  static let mediaOrigin = "https://media.synposter.com"
  /// The simulated Synposter app's OAuth client id.
  static let clientID = "synposter-simulator"

  /// The mock platform's authorization page for `session`, with the query X's
  /// `https://x.com/i/oauth2/authorize` takes.
  static func authorize(_ session: ConnectSession) -> String {
    "\(origin)/mock/oauth/\(session.platform.rawValue)/authorize?"
      + PercentEncoding.query([
        ("response_type", "code"),
        ("client_id", clientID),
        ("redirect_uri", callback(session.platform)),
        ("scope", session.platform.scopes.joined(separator: " ")),
        ("state", session.state),
        ("code_challenge", session.codeChallenge),
        ("code_challenge_method", "S256"),
      ])
  }

  /// Synposter's OAuth callback for `platform`.
  static func callback(_ platform: Platform) -> String {
    "\(origin)/v1/connect/\(platform.rawValue)/callback"
  }

  /// Where the bytes of an upload go (`PUT`, no key).
  static func upload(token: String) -> String {
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
}
