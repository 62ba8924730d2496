/// The two API keys of a simulator tenant. With a `KeySecret` (`syn serve`)
/// they are HMAC-SHA256 of the tenant's number under the secret, so only the
/// server that made them knows them; without one (the in-process simulator)
/// they follow from the number alone, so every run hands out the same keys.
struct APIKeys: Sendable {
  /// `sk_live_` and 32 lowercase letters and digits, as Synposter documents.
  var synposter: String
  /// 40 letters and digits, sent as `Authorization: API <key>`.
  var synup: String

  private static let lowercaseAlphanumerics = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
  private static let alphanumerics = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)
  /// Keeps the key stream apart from the id streams, which are seeded by tenant number too.
  private static let streamSalt: UInt64 = 0x6B65_7973_6B65_7973

  init(tenantNumber: Int, secret: KeySecret?) {
    var source = KeySource(tenantNumber: tenantNumber, secret: secret)
    synposter = "sk_live_" + APIKeys.text(length: 32, from: APIKeys.lowercaseAlphanumerics, using: &source)
    synup = APIKeys.text(length: 40, from: APIKeys.alphanumerics, using: &source)
  }

  private static func text(length: Int, from alphabet: [UInt8], using source: inout KeySource) -> String {
    let bytes = (0..<length).map { _ in alphabet[Int(source.next() % UInt64(alphabet.count))] }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The words a tenant's keys are drawn from.
  private struct KeySource {
    private var random: SplitMix64
    private let secret: KeySecret?
    private let tenantNumber: Int
    /// Secret-derived words not used yet, and the HMAC block that comes next.
    private var pending: [UInt64] = []
    private var block = 0

    init(tenantNumber: Int, secret: KeySecret?) {
      random = SplitMix64(seed: UInt64(truncatingIfNeeded: tenantNumber) ^ APIKeys.streamSalt)
      self.secret = secret
      self.tenantNumber = tenantNumber
    }

    mutating func next() -> UInt64 {
      guard let secret else { return random.next() }
      if pending.isEmpty {
        // Each block is HMAC-SHA256("keys/<tenant>/<block>") under the secret: four fresh words.
        let code = HMACSHA256.authenticationCode(for: Array("keys/\(tenantNumber)/\(block)".utf8), key: secret.bytes)
        block += 1
        pending = stride(from: 0, to: code.count, by: 8).reversed().map { start in
          code[start..<start + 8].reduce(0) { $0 << 8 | UInt64($1) }
        }
      }
      return pending.removeLast()
    }
  }
}
