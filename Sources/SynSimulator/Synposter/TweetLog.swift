/// When tweets were sent, kept for 24 hours, for X's sliding-window limits.
struct TweetLog: Sendable, Codable {
  static let horizonSeconds = Timestamp.secondsPerDay

  /// Sorted; the first `expired` entries are older than the horizon.
  private var times: [Timestamp] = []
  private var expired = 0

  /// How many tweets were sent in the `seconds` up to `time`.
  mutating func count(inLast seconds: Int, before time: Timestamp) -> Int {
    let horizonStart = time.adding(seconds: -TweetLog.horizonSeconds)
    expired = max(expired, firstIndex(after: horizonStart))
    if expired > 1024 && expired * 2 > times.count {
      times.removeFirst(expired)
      expired = 0
    }
    return times.count - firstIndex(after: time.adding(seconds: -seconds))
  }

  /// Records `count` tweets sent at `time`.
  mutating func record(_ count: Int, at time: Timestamp) {
    let position = firstIndex(after: time)
    times.insert(contentsOf: repeatElement(time, count: count), at: position)
  }

  /// The first live entry later than `time` (binary search).
  private func firstIndex(after time: Timestamp) -> Int {
    var low = expired
    var high = times.count
    while low < high {
      let middle = (low + high) / 2
      if times[middle] <= time {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return low
  }
}
