/// The account's counters per id kind (synup-sections.md 5.2): the numbers of
/// `Keyword:N` and `MediaFile:N`, and the keys of UUIDs minted from the data
/// seed, so the same case mints the same ids whatever its tenant's number.
struct SynupCounters: Sendable, Codable {
  private var taken: [String: Int] = [:]

  /// The next number of `kind`: 1, 2, …
  mutating func next(_ kind: String) -> Int {
    let number = (taken[kind] ?? 0) + 1
    taken[kind] = number
    return number
  }
}

extension SynupAccount {
  /// UUID(kind, n) for the kind's next counter value n.
  mutating func mintUUID(_ kind: String) -> ResourceID {
    dataSeed.uuid(kind: kind, key: String(counters.next(kind)))
  }

  /// The next `Type:N` number of `kind`.
  mutating func mintNumber(_ kind: String) -> Int {
    counters.next(kind)
  }
}
