/// The pending listing sync attempts, as a min-heap holding one entry per
/// location epoch: the due time of that epoch's next attempt not yet applied.
/// Finding the next due sync is O(1) and applying one O(log locations), so a
/// clock move costs the attempts it passes, never all locations × sites × days.
/// Entries of an epoch that a newer one replaced are dropped when popped, or
/// all at once when they outnumber the live ones (`removeReplacedEpochs`).
struct ListingSyncQueue: Sendable, Codable {
  struct Entry: Sendable, Codable, Comparable {
    let due: Timestamp
    let locationNumber: Int
    let epoch: Int
    /// When the entry was pushed, among all entries: 5.3's creation-order tie-break.
    let order: Int

    static func < (lhs: Self, rhs: Self) -> Bool {
      (lhs.due, lhs.order) < (rhs.due, rhs.order)
    }
  }

  private var heap = MinHeap<Entry>()
  private var pushed = 0

  var first: Entry? { heap.first }

  mutating func push(due: Timestamp, locationNumber: Int, epoch: Int) {
    pushed += 1
    heap.insert(Entry(due: due, locationNumber: locationNumber, epoch: epoch, order: pushed))
  }

  mutating func popFirst() -> Entry? {
    heap.popFirst()
  }

  var count: Int { heap.count }

  /// Drops the entries of epochs that `currentEpochs` (epoch index by location
  /// number) no longer holds: popped, they would do nothing.
  mutating func removeReplacedEpochs(currentEpochs: [Int: Int]) {
    heap.removeAll { entry in currentEpochs[entry.locationNumber] != entry.epoch }
  }
}
