/// A keyword whose rankings a location tracks (synup-sections.md 4.8, 5.1):
/// active until archived.
struct SynupKeyword: Sendable, Codable {
  let number: Int
  let locationNumber: Int
  /// As sent, trimmed.
  let name: String
  let createdAt: Timestamp
  var archivedAt: Timestamp?

  var id: RelayID { RelayID(.keyword, number) }

  /// kwNorm (5.2): what duplicates are judged by and what the rankings derive from.
  var normalisedName: String { Self.normalised(name) }

  var isActive: Bool { archivedAt == nil }

  /// Trimmed, lower-cased, runs of white space collapsed to one space.
  static func normalised(_ name: String) -> String {
    name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// Whether the keyword had a ranking taken at `time`: after it was added and before it was archived.
  func isRanked(at time: Timestamp) -> Bool {
    createdAt < time && archivedAt.map { time < $0 } ?? true
  }
}

/// The account's keywords, in the order they were added.
struct SynupKeywordStore: Sendable, Codable {
  private(set) var all: [SynupKeyword] = []

  func keyword(number: Int) -> SynupKeyword? {
    all.first { $0.number == number }
  }

  /// The active keywords of location `locationNumber`, newest first.
  func active(ofLocation locationNumber: Int) -> [SynupKeyword] {
    all.reversed().filter { $0.locationNumber == locationNumber && $0.isActive }
  }

  mutating func insert(_ keyword: SynupKeyword) {
    all.append(keyword)
  }

  /// Archives keyword `number` at `time` unless it is archived already, and answers it.
  mutating func archive(number: Int, at time: Timestamp) -> SynupKeyword? {
    guard let index = all.firstIndex(where: { $0.number == number }) else { return nil }
    if all[index].archivedAt == nil { all[index].archivedAt = time }
    return all[index]
  }
}
