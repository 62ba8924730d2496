/// The two API keys of a simulator tenant, derived from its number alone so
/// that every simulator (in process or `syn serve`) hands out the same keys
/// in the same order.
struct APIKeys: Sendable {
  /// `sk_live_` and 32 lowercase letters and digits, as Synposter documents.
  var synposter: String
  /// 40 letters and digits, sent as `Authorization: API <key>`.
  var synup: String

  private static let lowercaseAlphanumerics = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
  private static let alphanumerics = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)
  /// Keeps the key stream apart from the id streams, which are seeded by tenant number too.
  private static let streamSalt: UInt64 = 0x6B65_7973_6B65_7973

  init(tenantNumber: Int) {
    var random = SplitMix64(seed: UInt64(truncatingIfNeeded: tenantNumber) ^ APIKeys.streamSalt)
    synposter = "sk_live_" + APIKeys.randomText(length: 32, from: APIKeys.lowercaseAlphanumerics, using: &random)
    synup = APIKeys.randomText(length: 40, from: APIKeys.alphanumerics, using: &random)
  }

  private static func randomText(length: Int, from alphabet: [UInt8], using random: inout SplitMix64) -> String {
    let bytes = (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
    return String(decoding: bytes, as: UTF8.self)
  }
}
