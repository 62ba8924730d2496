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
    limit = try PageRequest.integer("limit", in: query, range: PageRequest.limits) ?? PageRequest.defaultLimit
    offset = try PageRequest.integer("offset", in: query, range: 0...Int.max) ?? 0
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

  private static func integer(_ name: String, in query: [QueryItem], range: ClosedRange<Int>) throws(APIError) -> Int? {
    guard let text = query.value(named: name) else { return nil }
    guard let value = Int(text), range.contains(value) else {
      throw .validation(field: name, "\(name) must be \(range.integerRequirement) (got \"\(text)\")")
    }
    return value
  }
}
