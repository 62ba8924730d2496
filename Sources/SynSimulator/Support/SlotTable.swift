/// A hash index into an array that holds the keys itself: it finds the slot
/// of the element with a key, comparing keys through the caller.
///
/// Why not `Dictionary`: keyed by a record's id or externalId, a dictionary
/// stores every key a second time beside its slot, 24 to 32 bytes a bucket,
/// and 100,000 profiles' two indexes took 15 MB. A bucket here is 8 bytes: a
/// 32-bit slot number and 32 bits of the key's hash. The hash bits spare most
/// key comparisons (each a read of an element elsewhere in memory) and let
/// the table grow without asking for any key again.
///
/// Open addressing with linear probing, filled to at most 4/5; a removed
/// entry leaves a marker that probes pass over, and growing drops them.
struct SlotTable: Sendable {
  /// A bucket: the hash bits above, the slot (or a marker) below.
  private typealias Bucket = UInt64

  private static let empty: UInt32 = .max
  private static let removed: UInt32 = .max - 1

  private var buckets: [Bucket] = []
  /// How many slots the table holds.
  private(set) var count = 0
  /// Buckets taken by slots or by removal markers: both lengthen probes.
  private var used = 0

  /// The slot whose key `matches` accepts, among those hashed to `hash`.
  func slot(hash: Int, where matches: (Int) -> Bool) -> Int? {
    guard !buckets.isEmpty else { return nil }
    let bits = Self.hashBits(of: hash)
    var index = startIndex(for: bits)
    while true {
      let slot = UInt32(truncatingIfNeeded: buckets[index])
      if slot == Self.empty { return nil }
      if buckets[index] >> 32 == bits, slot != Self.removed, matches(Int(slot)) { return Int(slot) }
      index = (index + 1) & (buckets.count - 1)
    }
  }

  /// Adds `slot`, whose key the table does not hold yet, hashed to `hash`.
  mutating func insert(_ slot: Int, hash: Int) {
    precondition(slot >= 0 && slot < Int(Self.removed), "a slot table holds fewer than 2^32 - 2 slots")
    if (used + 1) * 5 > buckets.count * 4 { grow() }
    let bits = Self.hashBits(of: hash)
    var index = startIndex(for: bits)
    while !isFree(buckets[index]) { index = (index + 1) & (buckets.count - 1) }
    if UInt32(truncatingIfNeeded: buckets[index]) == Self.empty { used += 1 }
    buckets[index] = bits << 32 | UInt64(slot)
    count += 1
  }

  /// Removes `slot`, hashed to `hash`, if the table holds it.
  mutating func remove(_ slot: Int, hash: Int) {
    guard !buckets.isEmpty else { return }
    var index = startIndex(for: Self.hashBits(of: hash))
    while true {
      let entry = UInt32(truncatingIfNeeded: buckets[index])
      if entry == Self.empty { return }
      if Int(entry) == slot {
        buckets[index] = UInt64(Self.removed)
        count -= 1
        return
      }
      index = (index + 1) & (buckets.count - 1)
    }
  }

  /// The top 32 bits of a Fibonacci multiple of `hash`: keys that differ
  /// only in high bits spread too, and the first bucket is their top bits.
  private static func hashBits(of hash: Int) -> UInt64 {
    (UInt64(UInt(bitPattern: hash)) &* 0x9E37_79B9_7F4A_7C15) >> 32
  }

  private func startIndex(for bits: UInt64) -> Int {
    Int(truncatingIfNeeded: bits >> UInt64(32 - buckets.count.trailingZeroBitCount))
  }

  private func isFree(_ bucket: Bucket) -> Bool {
    UInt32(truncatingIfNeeded: bucket) >= Self.removed
  }

  /// Twice the buckets (or as many, when removal markers filled them), markers dropped.
  private mutating func grow() {
    let old = buckets
    let capacity = max(8, count * 2 >= buckets.count ? buckets.count * 2 : buckets.count)
    precondition(capacity <= 1 << 32, "a slot table has at most 2^32 buckets")
    buckets = Array(repeating: Bucket(Self.empty), count: capacity)
    used = count
    for bucket in old where !isFree(bucket) {
      var index = startIndex(for: bucket >> 32)
      while !isFree(buckets[index]) { index = (index + 1) & (capacity - 1) }
      buckets[index] = bucket
    }
  }
}
