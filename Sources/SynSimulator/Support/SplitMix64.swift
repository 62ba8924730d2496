/// SplitMix64 (Steele, Lea, Flood 2014): a tiny, fast generator whose whole
/// output stream is a pure function of its seed. Every random-looking value
/// the simulator makes (ids, API keys) comes from one of these.
struct SplitMix64: Sendable, Codable {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return SplitMix64.mix(state)
  }

  /// The output function alone: scrambles a word so that nearby inputs give unrelated outputs.
  static func mix(_ word: UInt64) -> UInt64 {
    var mixed = word
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }
}
