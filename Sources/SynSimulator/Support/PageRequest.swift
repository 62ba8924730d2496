import SynHTTP
import SynJSON

/// The `limit` and `offset` of a list request: 1–100 (default 50) and ≥ 0
/// (default 0). Values out of range are refused, never clamped.
struct PageRequest: Sendable {
  static let limits = 1...100
  static let defaultLimit = 50

  var limit: Int
  var offset: Int

  init(_ query: [QueryItem]) throws(APIError) {
    limit = try query.integer(named: "limit", in: PageRequest.limits) ?? PageRequest.defaultLimit
    offset = try query.integer(named: "offset", in: 0...Int.max) ?? 0
  }

  /// `{"data":[…],"pagination":{"limit","offset","total","hasMore"}}`.
  func listBody(_ items: [JSONValue], total: Int) -> JSONValue {
    [
      "data": .array(items),
      "pagination": [
        "limit": .int(limit),
        "offset": .int(offset),
        "total": .int(total),
        "hasMore": .bool(offset + items.count < total),
      ],
    ]
  }
}
