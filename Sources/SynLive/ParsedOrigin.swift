import Foundation
import NIOCore
import Synchronization

/// An origin (`http://host:port`) as the live backend sends to it: without a
/// trailing slash, the `host[:port]` a transport error names, and what the
/// client needs to reach it.
struct ParsedOrigin: Sendable {
  var origin: String
  var host: String
  /// Where connections to the origin go.
  var endpoint: Endpoint
  /// The `Host` field: the host name, and the port when it is not the scheme's default.
  var hostField: String
  /// The origin's own path (`/prefix` of `http://host/prefix`), put before every request's; usually empty.
  var basePath: String

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
    guard let url = URL(string: origin), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
      let host = url.host, !host.isEmpty
    else {
      throw TransportError(host: origin, cause: "not an http or https URL")
    }
    self.origin = origin
    self.host = url.port.map { "\(host):\($0)" } ?? host
    let isSecure = scheme == "https"
    let defaultPort = isSecure ? 443 : 80
    let port = url.port ?? defaultPort
    // An IPv6 literal is written in brackets in a URL and a Host field, and without them to connect.
    let name = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
    let isAddress = (try? SocketAddress(ipAddress: name, port: 0)) != nil
    endpoint = Endpoint(isSecure: isSecure, host: name, port: port, serverName: isAddress ? nil : name)
    let hostName = name.contains(":") ? "[\(name)]" : name
    hostField = port == defaultPort ? hostName : "\(hostName):\(port)"
    // What follows the authority, as written (still percent-encoded).
    let afterScheme = origin[origin.range(of: "://")!.upperBound...]
    basePath = afterScheme.firstIndex(of: "/").map { String(afterScheme[$0...]) } ?? ""
  }
}
