public import SynHTTP

/// `--compare NAME`: the second backend every case runs on, on a fresh
/// tenant of its own opened through its control plane, as a mock run opens one.
public struct ComparisonTarget: Sendable {
  /// How difference lines name it: `mock`, `replay`.
  public var name: String
  private var backend: any Backend
  /// The recording the compared side answers from, for `replay`.
  private var replay: ReplayBackend?

  /// `--compare mock`: a fresh tenant of `simulator` (the in-process simulator), named `name` in differences.
  public static func mock(_ simulator: any Backend, named name: String = "mock") -> ComparisonTarget {
    ComparisonTarget(name: name, backend: simulator, replay: nil)
  }

  /// `--compare replay --cassette FILE`: the case's answers as `recording` holds them.
  public static func replay(_ recording: ReplayBackend) -> ComparisonTarget {
    ComparisonTarget(name: "replay", backend: recording, replay: recording)
  }

  /// `side`, with this target's backend answering it.
  fileprivate func answering(_ side: inout RunConfiguration) {
    if let replay {
      side.replay(from: replay)
    } else {
      side.mockBackend = backend
      side.live = false
    }
  }
}

extension RunConfiguration {
  /// The names the two sides go by: this run's backend, then the compared one.
  var comparedSides: ComparedSides? {
    comparison.map { ComparedSides(first: live ? "live" : "mock", second: $0.name) }
  }

  /// The run of the compared side: its backend in process, without the live
  /// side's origin and `--api-key`, printing and recording nothing of its own.
  var comparisonSide: RunConfiguration? {
    guard let comparison else { return nil }
    var side = self
    comparison.answering(&side)
    side.recorder = nil
    // A fresh simulator tenant or a recording: nothing is left behind to clean up.
    side.cleanup = false
    side.baseURL = nil
    side.apiKey = nil
    side.verbose = false
    side.showResponses = false
    side.comparison = nil
    return side
  }
}
