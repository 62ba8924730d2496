import SynHTTP

/// Secrets handed to browsers (OAuth states, upload URLs) start with their
/// tenant's id, `t7_3f…`, so that routes reached without an API key can find
/// the tenant that issued them.
enum TenantToken {
  /// `t<number>_<secret>`.
  static func make(tenantNumber: Int, secret: String) -> String {
    "t\(tenantNumber)_\(secret)"
  }

  /// 32 hexadecimal digits of HMAC-SHA256("tokens/<tenant>/<secret>") under the server's secret.
  static func derived(from secret: String, of tenantNumber: Int, under key: KeySecret) -> String {
    let code = HMACSHA256.authenticationCode(for: Array("tokens/\(tenantNumber)/\(secret)".utf8), key: key.bytes)
    return Hexadecimal.lowercaseText(of: code.prefix(16))
  }

  /// The tenant number `token` starts with; nil when it is not of the form `t<digits>_…`.
  static func tenantNumber(of token: some StringProtocol) -> Int? {
    let utf8 = token.utf8
    guard utf8.first == UInt8(ascii: "t") else { return nil }
    var number = 0
    var digits = 0
    for byte in utf8.dropFirst() {
      if byte == UInt8(ascii: "_") { return digits > 0 ? number : nil }
      guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), digits < 18 else { return nil }
      number = number * 10 + Int(byte - UInt8(ascii: "0"))
      digits += 1
    }
    return nil
  }
}
