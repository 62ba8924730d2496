/// HMAC-SHA256 (RFC 2104): how Synup signs a webhook body and how a receiver
/// answers the verification handshake (synup-sections.md 6.1).
public enum HMACSHA256 {
  private static let blockSize = 64

  /// The 32-byte authentication code of `message` under `key`.
  public static func authenticationCode(for message: some Collection<UInt8>, key: some Collection<UInt8>) -> [UInt8] {
    var block = key.count > blockSize ? SHA256.digest(key) : Array(key)
    block += [UInt8](repeating: 0, count: blockSize - block.count)
    let inner = SHA256.digest(block.map { $0 ^ 0x36 } + Array(message))
    return SHA256.digest(block.map { $0 ^ 0x5C } + inner)
  }
}
