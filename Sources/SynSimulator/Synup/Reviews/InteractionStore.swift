/// The account's reviews in the order they were stored, and the marks of the
/// review streams (5.1 "applied-event marks": per stream, its latest arrival applied).
struct InteractionStore: Sendable, Codable {
  private(set) var all: [Interaction] = []
  private var indexByID: [ResourceID: Int] = [:]
  /// "L:source" → the arrival time of the stream's latest review stored.
  private var streamMarks: [String: Timestamp] = [:]
  /// Responses made so far: their creation order.
  private(set) var responseCount = 0

  func interaction(_ id: ResourceID) -> Interaction? {
    indexByID[id].map { all[$0] }
  }

  func streamMark(_ stream: String) -> Timestamp? {
    streamMarks[stream]
  }

  mutating func insert(_ interaction: Interaction, stream: String? = nil) {
    indexByID[interaction.id] = all.count
    all.append(interaction)
    if let stream { streamMarks[stream] = interaction.date }
  }

  mutating func update(_ id: ResourceID, _ change: (inout Interaction) -> Void) {
    guard let index = indexByID[id] else { return }
    change(&all[index])
  }

  mutating func nextResponseOrder() -> Int {
    responseCount += 1
    return responseCount
  }

  /// The review holding response `id`, with the response's position in it.
  func review(holdingResponse id: ResourceID) -> (review: Interaction, index: Int)? {
    for review in all {
      if let index = review.responses.firstIndex(where: { $0.id == id }) { return (review, index) }
    }
    return nil
  }
}
