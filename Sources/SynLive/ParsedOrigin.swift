import Foundation
import Synchronization

/// An origin (`http://host:port`) as the live backend sends to it: without a
/// trailing slash, and the `host[:port]` a transport error names.
struct ParsedOrigin: Sendable {
  var origin: String
  var host: String

  /// The origin parsed last: a script sends to one or two origins, and parsing
  /// one with `URL` for every request was 2% of a live request's CPU.
  private static let last = Mutex<(given: String, parsed: ParsedOrigin)?>(nil)

  /// `given` parsed, or the same origin's earlier parse.
  static func parsing(_ given: String) throws(TransportError) -> ParsedOrigin {
    if let last = last.withLock({ $0 }), last.given == given { return last.parsed }
    let parsed = try ParsedOrigin(given)
    last.withLock { $0 = (given, parsed) }
    return parsed
  }

  private init(_ given: String) throws(TransportError) {
    let origin = given.hasSuffix("/") ? String(given.dropLast()) : given
    guard let url = URL(string: origin), let scheme = url.scheme, ["http", "https"].contains(scheme),
      let host = url.host
    else {
      throw TransportError(host: origin, cause: "not an http or https URL")
    }
    self.origin = origin
    self.host = url.port.map { "\(host):\($0)" } ?? host
  }
}
