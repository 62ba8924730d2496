import SynJSON

/// The page-number family of synup-sections.md 2.5: `page` (1-based) and
/// `perPage`, answering `{pageInfo:{hasNextPage, hasPreviousPage, totalPages,
/// totalRecords}, records:[…]}`.
struct SynupPageNumber: Sendable {
  let page: Int
  let perPage: Int

  /// Reads `page` (below 1 is 1) and `perPage` (below 1 is `defaultSize`, above
  /// `maximum` is `maximum`); `perPage` is nil for routes with a fixed page size.
  init(_ query: SynupQueryParameters, perPage name: String? = "perPage", defaultSize: Int = 20, maximum: Int)
    throws(SynupFailure)
  {
    page = max(1, try Self.integer("page", in: query) ?? 1)
    let requested = try name.flatMap { name throws(SynupFailure) in try Self.integer(name, in: query) } ?? defaultSize
    perPage = requested < 1 ? defaultSize : min(requested, maximum)
  }

  /// The page of `records`, with the counts of all of them.
  func answer(_ records: [JSONValue]) -> JSONValue {
    let totalPages = (records.count + perPage - 1) / perPage
    let start = min(records.count, (page - 1) * perPage)
    let end = min(records.count, start + perPage)
    return [
      "pageInfo": [
        "hasNextPage": .bool(page < totalPages), "hasPreviousPage": .bool(page > 1 && totalPages > 0),
        "totalPages": .int(totalPages), "totalRecords": .int(records.count),
      ],
      "records": .array(Array(records[start..<end])),
    ]
  }

  /// A whole number, or 400 `Invalid value for <name>`.
  private static func integer(_ name: String, in query: SynupQueryParameters) throws(SynupFailure) -> Int? {
    guard let text = query.string(name) else { return nil }
    guard let value = Int(text) else { throw .badRequest("Invalid value for \(name)") }
    return value
  }
}
