import SynHTTP

/// What a server off loopback asks of server-wide control requests (signing up
/// a tenant, saving every tenant): this token in `X-Syn-Admin-Token`. Tenant-
/// scoped control routes keep taking the tenant's own key.
public struct AdminToken: Sendable {
  public static let header = "X-Syn-Admin-Token"
  public let value: String

  public init(_ value: String) {
    self.value = value
  }

  /// 32 random lowercase hexadecimal digits.
  public static func random() -> AdminToken {
    var generator = SystemRandomNumberGenerator()
    return AdminToken(
      Hexadecimal.lowercaseText(of: (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }))
  }

  /// True for an address only this machine reaches: nothing changes there.
  public static func isLoopback(_ host: String) -> Bool {
    host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
  }

  /// The 401 or 403 answer for a server-wide control request without this token; nil for any other request.
  func refusal(of request: HTTPRequest) -> (status: Int, body: String)? {
    guard ControlRoute.serverWide.contains(where: { $0.matches(request) }) else { return nil }
    guard let sent = request.headers[AdminToken.header] else {
      return (
        401,
        #"{"error":"admin_token_required","message":"\#(request.method) \#(request.path) acts on the whole server: send the server's admin token in \#(AdminToken.header)"}"#
      )
    }
    guard Self.equalInConstantTime(Array(sent.utf8), Array(value.utf8)) else {
      return (
        403,
        #"{"error":"admin_token_invalid","message":"the \#(AdminToken.header) sent is not this server's admin token"}"#
      )
    }
    return nil
  }

  /// Compares without stopping at the first difference, so timing tells nothing of the token.
  private static func equalInConstantTime(_ left: [UInt8], _ right: [UInt8]) -> Bool {
    guard left.count == right.count else { return false }
    return zip(left, right).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
  }
}
