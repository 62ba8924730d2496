/// Base64 (RFC 4648) in the two forms the simulator writes: `standard`
/// (`A–Z a–z 0–9 + /`, `=` padding; Synup's relay ids, section 4) and `url`
/// (`- _` for `+ /`, unpadded; PKCE values, section 5).
struct Base64: Sendable {
  static let standard = Base64(last2: "+/", padded: true)
  static let url = Base64(last2: "-_", padded: false)

  private let alphabet: [UInt8]
  private let padded: Bool

  private init(last2: String, padded: Bool) {
    alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789\(last2)".utf8)
    self.padded = padded
  }

  /// `bytes` as base64 text.
  func encode(_ bytes: [UInt8]) -> String {
    var output: [UInt8] = []
    output.reserveCapacity((bytes.count + 2) / 3 * 4)
    for chunkStart in stride(from: 0, to: bytes.count, by: 3) {
      let chunk = bytes[chunkStart..<min(chunkStart + 3, bytes.count)]
      var group: UInt32 = 0
      for (index, byte) in chunk.enumerated() { group |= UInt32(byte) << (16 - 8 * UInt32(index)) }
      for index in 0...chunk.count { output.append(alphabet[Int(group >> (18 - 6 * UInt32(index)) & 0x3F)]) }
      if padded { output.append(contentsOf: repeatElement(UInt8(ascii: "="), count: 3 - chunk.count)) }
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// The bytes `text` encodes, when it is canonical base64 of this form (the
  /// text `encode` writes); nil for anything else, so every id has one spelling.
  func decode(_ text: String) -> [UInt8]? {
    var characters = Array(text.utf8)[...]
    if padded {
      guard !characters.isEmpty, characters.count % 4 == 0 else { return nil }
      let padding = characters.reversed().prefix { $0 == UInt8(ascii: "=") }.count
      guard padding <= 2 else { return nil }
      characters = characters.dropLast(padding)
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(characters.count * 3 / 4)
    var group: UInt32 = 0
    var bits = 0
    for character in characters {
      guard let value = sextet(character) else { return nil }
      group = group << 6 | value
      bits += 6
      if bits >= 8 {
        bits -= 8
        bytes.append(UInt8(group >> UInt32(bits) & 0xFF))
        group &= (1 << UInt32(bits)) - 1
      }
    }
    return encode(bytes) == text ? bytes : nil
  }

  private func sextet(_ character: UInt8) -> UInt32? {
    switch character {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt32(character - UInt8(ascii: "A"))
    case UInt8(ascii: "a")...UInt8(ascii: "z"): UInt32(character - UInt8(ascii: "a")) + 26
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(character - UInt8(ascii: "0")) + 52
    case alphabet[62]: 62
    case alphabet[63]: 63
    default: nil
    }
  }
}
