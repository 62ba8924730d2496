/// The account's grid reports, in creation order.
struct GridReportStore: Sendable, Codable {
  private(set) var all: [GridReport] = []

  func report(_ id: ResourceID) -> GridReport? {
    all.first { $0.id == id }
  }

  /// The position of each report still processing, in creation order.
  var pendingIndices: [Int] {
    all.indices.filter { all[$0].ranks == nil }
  }

  mutating func insert(_ report: GridReport) {
    all.append(report)
  }

  /// Stores `ranks` in the report at `index`, completed at `time`.
  mutating func complete(at index: Int, ranks: [Int], time: Timestamp) {
    all[index].ranks = ranks
    all[index].completedAt = time
  }
}
