import SynHTTP

/// The secret a served simulator derives its tenants' API keys from, so that
/// no one can compute a tenant's key from its number: 32 random bytes made at
/// a server's first start and kept in its `--state` file (a restart keeps the
/// keys). The in-process simulator has none and stays deterministic.
public struct KeySecret: Sendable, Equatable {
  static let byteCount = 32
  let bytes: [UInt8]

  /// A new secret from the system's random source.
  public static func random() -> KeySecret {
    var generator = SystemRandomNumberGenerator()
    return KeySecret(bytes: (0..<byteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
  }

  private init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// 64 lowercase hexadecimal digits, as the state file keeps it.
  var text: String { Hexadecimal.lowercaseText(of: bytes) }

  /// The secret `text` spells; nil unless it is 64 hexadecimal digits.
  init?(text: String) {
    let digits = Array(text.utf8)
    guard digits.count == 2 * KeySecret.byteCount else { return nil }
    var bytes: [UInt8] = []
    for index in stride(from: 0, to: digits.count, by: 2) {
      guard let high = Hexadecimal.value(of: digits[index]), let low = Hexadecimal.value(of: digits[index + 1]) else {
        return nil
      }
      bytes.append(high << 4 | low)
    }
    self.bytes = bytes
  }
}
