/// A record a `RecordStore` keeps: an id, and where it lists (`createdAt`,
/// then creation order).
protocol ListedRecord: Sendable {
  var id: ResourceID { get }
  /// Creation order within the store: breaks `createdAt` ties when listing.
  var sequence: Int { get }
  var createdAt: Timestamp { get }
}

/// A tenant's records of one kind, with O(1) lookup by id and paging in list
/// order (oldest first, or newest first).
///
/// Records sit in `slots` in list order. A deletion leaves a hole, compacted
/// away once holes outnumber records, so deleting stays amortised O(1). A
/// creation whose clock reads earlier than an existing record's `createdAt`
/// (the clock was set back) breaks the order; the next listing sorts once and
/// restores it.
struct RecordStore<Record: ListedRecord>: Sendable {
  private var slots: [Record?] = []
  private var slotByID: [ResourceID: Int] = [:]
  private var nextSequence = 0
  private var latestCreatedAt: Timestamp?
  private var isInListOrder = true
  private var deletedIDs = DeletedIDs()

  /// How many records exist.
  var count: Int { slotByID.count }

  subscript(id: ResourceID) -> Record? {
    slotByID[id].flatMap { slots[$0] }
  }

  /// Whether a record has or had the id: a new record must not take it.
  func holdsOrHeld(_ id: ResourceID) -> Bool {
    slotByID[id] != nil || deletedIDs.contains(id)
  }

  /// Stores the record `make` builds from the next creation sequence number.
  mutating func insert(_ make: (_ sequence: Int) -> Record) -> Record {
    let record = make(nextSequence)
    nextSequence += 1
    if let latestCreatedAt, record.createdAt < latestCreatedAt { isInListOrder = false }
    latestCreatedAt = max(latestCreatedAt ?? record.createdAt, record.createdAt)
    slotByID[record.id] = slots.count
    slots.append(record)
    return record
  }

  /// Saves changes to an existing record (same id, same `createdAt`).
  mutating func replace(_ record: Record) {
    guard let slot = slotByID[record.id] else { return }
    slots[slot] = record
  }

  /// Deletes the record and returns it; nil when there is none with that id.
  mutating func remove(_ id: ResourceID) -> Record? {
    guard let slot = slotByID.removeValue(forKey: id), let old = slots[slot] else { return nil }
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
    slots = records
    slotByID = Dictionary(uniqueKeysWithValues: records.enumerated().map { ($1.id, $0) })
    isInListOrder = true
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
    slots = records
    for (slot, record) in records.enumerated() where slotByID.updateValue(slot, forKey: record.id) != nil {
      throw DecodingError.dataCorruptedError(
        forKey: .records, in: container, debugDescription: "two records have the id \(record.id.text)")
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
