import SynJSON

/// Relay pagination of a location's reviews (synup-sections.md 2.5): newest
/// `date` first, ties by id; a cursor is base64 `Interaction:1_<epochMillis>-<uuid>`,
/// and `endCursor` and `total` are always null (S10).
struct ReviewPage: Sendable {
  let first: Int?
  let last: Int?
  let after: ResourceID?
  let before: ResourceID?

  init(_ query: SynupQueryParameters) throws(SynupFailure) {
    let first = try query.count("first")
    last = try query.count("last")
    self.first = first == nil && last == nil ? RelayPageRequest.defaultPageSize : first
    after = try Self.cursor(query.string("after"))
    before = try Self.cursor(query.string("before"))
  }

  static func cursor(of review: Interaction) -> String {
    Base64.standard.encode(Array("Interaction:1_\(review.date.secondsSinceEpoch * 1000)-\(review.id.text)".utf8))
  }

  /// The list's order: newest first, then by id.
  static func precedes(_ left: Interaction, _ right: Interaction) -> Bool {
    (right.date.secondsSinceEpoch, left.id.text) < (left.date.secondsSinceEpoch, right.id.text)
  }

  /// The connection of `matches` (already ordered); a cursor naming no review of `all` is SY90002.
  func answer(_ matches: [Interaction], all: [Interaction]) throws(SynupFailure) -> JSONValue {
    var lower = 0
    var upper = matches.count
    if let after {
      let anchor = try Self.anchor(after, in: all)
      lower = matches.firstIndex { Self.precedes(anchor, $0) } ?? matches.count
    }
    if let before {
      let anchor = try Self.anchor(before, in: all)
      upper = max(lower, matches.firstIndex { !Self.precedes($0, anchor) } ?? matches.count)
    }
    if let first { upper = min(upper, lower + first) }
    if let last { lower = max(lower, upper - last) }
    return [
      "pageInfo": [
        "hasNextPage": .bool(upper < matches.count), "hasPreviousPage": .bool(lower > 0), "endCursor": nil,
        "total": nil,
      ],
      "edges": .array(matches[lower..<upper].map { ["node": $0.json, "cursor": .string(Self.cursor(of: $0))] }),
      "totalCount": .int(matches.count),
    ]
  }

  private static func anchor(_ id: ResourceID, in all: [Interaction]) throws(SynupFailure) -> Interaction {
    guard let review = all.first(where: { $0.id == id }) else { throw .invalidId }
    return review
  }

  /// The uuid a cursor names, or SY90002.
  private static func cursor(_ text: String?) throws(SynupFailure) -> ResourceID? {
    guard let text else { return nil }
    guard let bytes = Base64.standard.decode(text) else { throw .invalidId }
    let decoded = String(decoding: bytes, as: UTF8.self)
    guard decoded.hasPrefix("Interaction:1_"), let dash = decoded.firstIndex(of: "-"),
      let id = ResourceID(decoded[decoded.index(after: dash)...])
    else { throw .invalidId }
    return id
  }
}
