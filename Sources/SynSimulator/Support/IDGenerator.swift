/// Makes a tenant's resource ids: lowercase UUID v4 values drawn from a
/// seeded generator, so the ids are a pure function of the seed and of the
/// order in which resources are created.
struct IDGenerator: Sendable, Codable {
  /// The seed the current sequence started from.
  let seed: Int
  private var random: SplitMix64

  init(seed: Int) {
    self.seed = seed
    random = SplitMix64(seed: UInt64(bitPattern: Int64(seed)))
  }

  mutating func next() -> ResourceID {
    ResourceID.version4(random.next(), random.next())
  }

  /// The next id of the sequence for which `isTaken` is false: skipping the
  /// ids the tenant has or had, a sequence that replays old ids (re-seeded,
  /// or restored behind its records) never hands one out twice.
  mutating func next(skipping isTaken: (ResourceID) -> Bool) -> ResourceID {
    var id = next()
    while isTaken(id) { id = next() }
    return id
  }

  /// 32 random lowercase hexadecimal digits, for secrets such as OAuth
  /// states and codes; drawn from the same sequence as the ids.
  mutating func secret() -> String {
    ResourceID(high: random.next(), low: random.next()).compactText
  }
}
