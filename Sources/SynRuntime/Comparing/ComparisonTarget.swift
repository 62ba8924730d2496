public import SynHTTP

/// `--compare NAME`: the second backend every case runs on, on a fresh
/// tenant of its own opened through its control plane, as a mock run opens one.
public struct ComparisonTarget: Sendable {
  /// How difference lines name it: `mock`, `replay`.
  public var name: String
  public var backend: any Backend

  public init(name: String, backend: any Backend) {
    self.name = name
    self.backend = backend
  }
}

extension RunConfiguration {
  /// The names the two sides go by: this run's backend, then the compared one.
  var comparedSides: ComparedSides? {
    comparison.map { ComparedSides(first: live ? "live" : "mock", second: $0.name) }
  }

  /// The run of the compared side: its backend in process, without the live
  /// side's origin and `--api-key`, printing nothing of its own.
  var comparisonSide: RunConfiguration? {
    guard let comparison else { return nil }
    var side = self
    side.mockBackend = comparison.backend
    side.live = false
    side.baseURL = nil
    side.apiKey = nil
    side.verbose = false
    side.showResponses = false
    side.comparison = nil
    return side
  }
}
