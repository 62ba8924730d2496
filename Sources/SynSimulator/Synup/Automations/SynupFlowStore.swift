/// The automation flows (synup-sections.md 4.11, 5.1): each closes its
/// location from its start until its end, both UTC.
struct SynupFlowStore: Sendable, Codable {
  struct Flow: Sendable, Codable {
    let id: ResourceID
    let locationNumber: Int
    let name: String
    let start: Timestamp
    let end: Timestamp
  }

  private(set) var flows: [Flow] = []

  mutating func add(_ flow: Flow) {
    flows.append(flow)
  }

  /// Whether a flow keeps location `locationNumber` closed at `now`; closures of several flows add up.
  func isClosed(_ locationNumber: Int, at now: Timestamp) -> Bool {
    flows.contains { $0.locationNumber == locationNumber && $0.start <= now && now < $0.end }
  }
}
