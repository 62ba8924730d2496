/// The Synup account's data seed (synup-sections.md 5.2): the tenant's seed,
/// that is the last `POST /_sim/seed` or else the tenant's initial one. Every
/// synthetic value and UUID of the sections simulated after users, locations,
/// folders and tags is a pure function of it and stable keys, so a test case
/// gets the same answers whatever its tenant's number.
struct DataSeed: Sendable, Equatable, Codable {
  let value: Int

  init(_ value: Int) {
    self.value = value
  }

  /// H(parts…): 64-bit FNV-1a over the seed's 8 bytes (little-endian), then
  /// each part as the byte 0x1F and its UTF-8, put through SplitMix64's mix.
  func hash(_ parts: String...) -> UInt64 {
    hash(parts)
  }

  func hash(_ parts: [String]) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    func add(_ byte: UInt8) {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
    }
    let seed = UInt64(bitPattern: Int64(value))
    for shift in stride(from: 0, to: 64, by: 8) {
      add(UInt8(truncatingIfNeeded: seed >> UInt64(shift)))
    }
    for part in parts {
      add(0x1F)
      part.utf8.forEach(add)
    }
    return SplitMix64.mix(hash)
  }

  /// U(parts…): the top 53 bits of H(parts…) as a fraction in [0, 1).
  func unit(_ parts: String...) -> Double {
    unit(parts)
  }

  func unit(_ parts: [String]) -> Double {
    Double(hash(parts) >> 11) / 9_007_199_254_740_992
  }

  /// UUID(kind, key): the version 4 UUID of H("uuid", kind, key, "hi") and H("uuid", kind, key, "lo").
  /// Minted ids take their kind's counter (1, 2, …) as `key`.
  func uuid(kind: String, key: String) -> ResourceID {
    ResourceID.version4(hash("uuid", kind, key, "hi"), hash("uuid", kind, key, "lo"))
  }
}
