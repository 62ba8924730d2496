import SynJSON

/// Something injected for the next `remaining` requests or targets it
/// matches: a `mock fault`, a publish failure.
protocol Countdown: Sendable, Codable {
  /// How many more times it applies; it leaves its queue at 0.
  var remaining: Int { get set }
  /// How the control plane shows it.
  var json: JSONValue { get }
}

/// Injections waiting to apply, the oldest first.
struct CountdownQueue<Entry: Countdown>: Sendable, Codable {
  private(set) var pending: [Entry] = []

  mutating func add(_ entry: Entry) {
    pending.append(entry)
  }

  /// Uses up one turn of the oldest entry that `matches`, and returns it.
  mutating func take(where matches: (Entry) -> Bool) -> Entry? {
    guard let index = pending.firstIndex(where: matches) else { return nil }
    let entry = pending[index]
    pending[index].remaining -= 1
    if pending[index].remaining == 0 { pending.remove(at: index) }
    return entry
  }

  /// The pending entries, as the control plane shows them.
  var json: JSONValue {
    .array(pending.map(\.json))
  }
}
