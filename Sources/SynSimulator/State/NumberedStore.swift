/// A store whose records are numbered 1, 2, … in creation order and never
/// deleted (Synup's users and locations): saved as its records, in order; on
/// load they go back in one by one, so every index is rebuilt.
protocol NumberedStore: Codable {
  associatedtype Record: NumberedRecord
  init()
  var all: [Record] { get }
  mutating func insert(_ make: (Int) -> Record) -> Record
}

protocol NumberedRecord: Codable, Sendable {
  var number: Int { get }
}

extension NumberedStore {
  init(from decoder: any Decoder) throws {
    self.init()
    let container = try decoder.singleValueContainer()
    for record in try container.decode([Record].self) {
      guard record.number == all.count + 1 else {
        throw DecodingError.dataCorruptedError(
          in: container, debugDescription: "record \(record.number) is out of place: they go 1, 2, ... in order")
      }
      _ = insert { _ in record }
    }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    if let deferral = encoder.deferredArrays {
      try container.encode(deferral.placeholder(for: DeferredArray(elements: all)))
    } else {
      try container.encode(all)
    }
  }
}

extension SynupUser: NumberedRecord {}
extension SynupUserStore: NumberedStore {}
extension SynupLocation: NumberedRecord {}
extension SynupLocationStore: NumberedStore {}
