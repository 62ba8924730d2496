/// A record a `RecordStore` keeps: an id, and where it lists (`createdAt`,
/// then creation order).
protocol ListedRecord: Sendable {
  var id: ResourceID { get }
  /// Creation order within the store: breaks `createdAt` ties when listing.
  var sequence: Int { get }
  var createdAt: Timestamp { get }
  /// A second key no two records of a store share (a profile's
  /// externalId), found in O(1) by `RecordStore.record(withUniqueKey:)`;
  /// nil when the record has none.
  var uniqueKey: String? { get }
}

extension ListedRecord {
  var uniqueKey: String? { nil }
}

/// A tenant's records of one kind, with O(1) lookup by id and by unique key,
/// and paging in list order (oldest first, or newest first).
///
/// Records sit in `slots` in list order. A deletion leaves a hole, compacted
/// away once holes outnumber records, so deleting stays amortised O(1). A
/// creation whose clock reads earlier than an existing record's `createdAt`
/// (the clock was set back) breaks the order; the next listing sorts once and
/// restores it.
struct RecordStore<Record: ListedRecord>: Sendable {
  private var slots = ChunkedArray<Record?>()
  /// The slots by their records' ids.
  private var slotByID = SlotTable()
  /// The slots by their records' unique keys, for records that have one.
  private var slotByUniqueKey = SlotTable()
  private var nextSequence = 0
  private var latestCreatedAt: Timestamp?
  private var isInListOrder = true
  private var deletedIDs = DeletedIDs()

  /// How many records exist.
  var count: Int { slotByID.count }

  subscript(id: ResourceID) -> Record? {
    slot(of: id).flatMap { slots[$0] }
  }

  /// The record whose unique key is `key`, if there is one.
  func record(withUniqueKey key: String) -> Record? {
    slotByUniqueKey.slot(hash: key.hashValue) { slots[$0]?.uniqueKey == key }.flatMap { slots[$0] }
  }

  /// Whether a record has or had the id: a new record must not take it.
  func holdsOrHeld(_ id: ResourceID) -> Bool {
    slot(of: id) != nil || deletedIDs.contains(id)
  }

  private func slot(of id: ResourceID) -> Int? {
    slotByID.slot(hash: Self.hash(of: id)) { slots[$0]?.id == id }
  }

  /// An id's hash: its bits are random already (`ResourceID.version4`); `SlotTable` mixes them.
  private static func hash(of id: ResourceID) -> Int {
    Int(truncatingIfNeeded: id.high ^ id.low)
  }

  /// Stores the record `make` builds from the next creation sequence number.
  mutating func insert(_ make: (_ sequence: Int) -> Record) -> Record {
    let record = make(nextSequence)
    nextSequence += 1
    if let latestCreatedAt, record.createdAt < latestCreatedAt { isInListOrder = false }
    latestCreatedAt = max(latestCreatedAt ?? record.createdAt, record.createdAt)
    slots.append(record)
    index(slot: slots.count - 1)
    return record
  }

  /// Saves changes to an existing record (same id, same `createdAt`); the
  /// caller has checked that a new unique key is free.
  mutating func replace(_ record: Record) {
    guard let slot = slot(of: record.id), let old = slots[slot] else { return }
    slots[slot] = record
    if old.uniqueKey != record.uniqueKey {
      if let oldKey = old.uniqueKey { slotByUniqueKey.remove(slot, hash: oldKey.hashValue) }
      if let newKey = record.uniqueKey { slotByUniqueKey.insert(slot, hash: newKey.hashValue) }
    }
  }

  /// Deletes the record and returns it; nil when there is none with that id.
  mutating func remove(_ id: ResourceID) -> Record? {
    guard let slot = slot(of: id), let old = slots[slot] else { return nil }
    slotByID.remove(slot, hash: Self.hash(of: id))
    if let key = old.uniqueKey { slotByUniqueKey.remove(slot, hash: key.hashValue) }
    slots[slot] = nil
    deletedIDs.insert(id)
    if slots.count - count > max(count, 64) { rearrange() }
    return old
  }

  /// One page of the records `isIncluded` accepts (all when nil), in list
  /// order or reversed, and how many it accepts in all. Without a filter the
  /// scan stops at the end of the page.
  mutating func page(
    _ request: PageRequest, newestFirst: Bool = false, where isIncluded: ((Record) -> Bool)? = nil
  ) -> (records: [Record], total: Int) {
    if !isInListOrder { rearrange() }
    var skipped = 0
    var matched = 0
    var page: [Record] = []
    func visit(_ record: Record) -> Bool {
      if let isIncluded, !isIncluded(record) { return true }
      matched += 1
      if skipped < request.offset {
        skipped += 1
      } else if page.count < request.limit {
        page.append(record)
      } else if isIncluded == nil {
        return false
      }
      return true
    }
    if newestFirst {
      for case let record? in slots.reversed() where !visit(record) { break }
    } else {
      for case let record? in slots where !visit(record) { break }
    }
    return (page, isIncluded == nil ? count : matched)
  }

  /// Drops the holes and puts the records in list order.
  private mutating func rearrange() {
    var records = slots.compactMap { $0 }
    if !isInListOrder { records.sort { ($0.createdAt, $0.sequence) < ($1.createdAt, $1.sequence) } }
    slots = ChunkedArray(records)
    slotByID = SlotTable()
    slotByUniqueKey = SlotTable()
    for slot in records.indices { index(slot: slot) }
    isInListOrder = true
  }

  /// Enters the record at `slot` in the indexes by id and by unique key.
  private mutating func index(slot: Int) {
    guard let record = slots[slot] else { return }
    slotByID.insert(slot, hash: Self.hash(of: record.id))
    if let key = record.uniqueKey { slotByUniqueKey.insert(slot, hash: key.hashValue) }
  }
}

/// Saved as the records in list order, the counters and the deleted ids
/// (left out while there are none, as before deletions were kept); the
/// index by id is rebuilt.
extension RecordStore: Codable where Record: Codable {
  private enum CodingKeys: String, CodingKey {
    case records, nextSequence, latestCreatedAt, isInListOrder, deletedIds
  }

  /// The records, holes left out, in slot order.
  var records: [Record] { slots.compactMap { $0 } }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let records = try container.decode([Record].self, forKey: .records)
    slots = ChunkedArray(records)
    for (slot, record) in records.enumerated() {
      if self[record.id] != nil {
        throw DecodingError.dataCorruptedError(
          forKey: .records, in: container, debugDescription: "two records have the id \(record.id.text)")
      }
      if let key = record.uniqueKey, self.record(withUniqueKey: key) != nil {
        throw DecodingError.dataCorruptedError(
          forKey: .records, in: container, debugDescription: "two records have the unique key \(key)")
      }
      index(slot: slot)
    }
    nextSequence = try container.decode(Int.self, forKey: .nextSequence)
    latestCreatedAt = try container.decodeIfPresent(Timestamp.self, forKey: .latestCreatedAt)
    isInListOrder = try container.decode(Bool.self, forKey: .isInListOrder)
    deletedIDs = try container.decodeIfPresent(DeletedIDs.self, forKey: .deletedIds) ?? DeletedIDs()
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    if let deferral = encoder.deferredArrays {
      try container.encode(deferral.placeholder(for: self), forKey: .records)
    } else {
      try container.encode(records, forKey: .records)
    }
    try container.encode(nextSequence, forKey: .nextSequence)
    try container.encodeIfPresent(latestCreatedAt, forKey: .latestCreatedAt)
    try container.encode(isInListOrder, forKey: .isInListOrder)
    if !deletedIDs.isEmpty { try container.encode(deletedIDs, forKey: .deletedIds) }
  }
}

extension RecordStore: DeferredElements where Record: Encodable {
  func forEachElement<Failure: Error>(_ body: (any Encodable) throws(Failure) -> Void) throws(Failure) {
    for case let record? in slots { try body(record) }
  }
}
