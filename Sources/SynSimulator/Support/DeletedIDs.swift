/// The ids of a store's deleted records, kept so that a generator re-seeded
/// onto an old sequence never hands one out again (synposter.md section 3,
/// "Ids"). Costs 16 bytes and a hash slot per deletion, nothing per creation.
struct DeletedIDs: Sendable {
  private var ids: Set<ResourceID> = []

  var isEmpty: Bool { ids.isEmpty }

  func contains(_ id: ResourceID) -> Bool {
    !ids.isEmpty && ids.contains(id)  // most stores never delete: no hashing then
  }

  mutating func insert(_ id: ResourceID) {
    ids.insert(id)
  }
}

/// Saved as the ids in numeric order, so the same state always writes the same file.
extension DeletedIDs: Codable {
  init(from decoder: any Decoder) throws {
    ids = Set(try decoder.singleValueContainer().decode([ResourceID].self))
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(ids.sorted { ($0.high, $0.low) < ($1.high, $1.low) })
  }
}
