import SynHTTP

/// A UUID held as 128 bits: 16 bytes per stored id instead of a 36-character
/// string, hashed without touching text. Printed in lowercase 8-4-4-4-12 form.
struct ResourceID: Hashable, Sendable {
  var high: UInt64
  var low: UInt64

  init(high: UInt64, low: UInt64) {
    self.high = high
    self.low = low
  }

  /// Parses the 8-4-4-4-12 hexadecimal form (either case); nil for anything else.
  init?(_ text: Substring) {
    let utf8 = text.utf8
    guard utf8.count == 36 else { return nil }
    var value: (high: UInt64, low: UInt64) = (0, 0)
    var nibbles = 0
    for (offset, byte) in utf8.enumerated() {
      if offset == 8 || offset == 13 || offset == 18 || offset == 23 {
        guard byte == UInt8(ascii: "-") else { return nil }
        continue
      }
      guard let nibble = Hexadecimal.value(of: byte) else { return nil }
      if nibbles < 16 {
        value.high = value.high << 4 | UInt64(nibble)
      } else {
        value.low = value.low << 4 | UInt64(nibble)
      }
      nibbles += 1
    }
    self.init(high: value.high, low: value.low)
  }

  /// A version 4 (random) UUID built from two random words.
  static func version4(_ first: UInt64, _ second: UInt64) -> ResourceID {
    ResourceID(
      high: first & 0xFFFF_FFFF_FFFF_0FFF | 0x0000_0000_0000_4000,
      low: second & 0x3FFF_FFFF_FFFF_FFFF | 0x8000_0000_0000_0000)
  }

  /// The 8-4-4-4-12 form: `3f2a…-…`.
  var text: String { hexDigits(dashed: true) }

  /// The 32 hexadecimal digits without dashes.
  var compactText: String { hexDigits(dashed: false) }

  /// Written straight into the string's storage: every answer that names a resource spells its id.
  private func hexDigits(dashed: Bool) -> String {
    String(unsafeUninitializedCapacity: dashed ? 36 : 32) { buffer in
      var text = ByteWriter(buffer: buffer)
      for nibble in 0..<32 {
        if dashed && (nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20) { text.append(UInt8(ascii: "-")) }
        let word = nibble < 16 ? high : low
        text.append(Hexadecimal.lowercaseDigit(UInt8(truncatingIfNeeded: word >> UInt64(60 - 4 * (nibble % 16)) & 0xF)))
      }
      return text.count
    }
  }
}
