/// The SDK's parameters of the grid-report list (synup-sections.md 4.4 [D]).
struct GridReportFilter {
  enum SortField: String {
    case createdAt, keyword, averageRank
  }

  let searchString: String?
  let gridSize: Int?
  let created: SynupDateRange
  let sortField: SortField
  let ascending: Bool

  init(_ query: SynupQueryParameters) throws(SynupFailure) {
    searchString = query.string("searchString")?.lowercased()
    gridSize = try query.string("gridSize").map { text throws(SynupFailure) in
      guard let size = Int(text) else { throw .badRequest("Invalid value for gridSize") }
      return size
    }
    created = try SynupDateRange(
      fromDate: query.string("fromDate"), toDate: query.string("toDate"), whenMissing: .unbounded)
    guard let field = SortField(rawValue: query.string("sortField") ?? "createdAt") else {
      throw .badRequest("Invalid value for sortField")
    }
    sortField = field
    switch query.string("sortOrder") ?? "desc" {
    case "desc": ascending = false
    case "asc": ascending = true
    default: throw .badRequest("Invalid value for sortOrder")
    }
  }

  func admits(_ report: GridReport) -> Bool {
    (searchString.map { report.keyword.lowercased().contains($0) } ?? true)
      && (gridSize.map { report.gridSize == $0 } ?? true) && created.contains(report.createdAt)
  }

  /// Sorted by the field, ties in creation order, then reversed for `desc`;
  /// a report still processing has the highest average rank.
  func sorted(_ reports: [GridReport]) -> [GridReport] {
    let ordered = reports.enumerated().sorted { lhs, rhs in
      switch sortField {
      case .createdAt:
        (lhs.element.createdAt, lhs.offset) < (rhs.element.createdAt, rhs.offset)
      case .keyword:
        (lhs.element.keyword.lowercased(), lhs.offset) < (rhs.element.keyword.lowercased(), rhs.offset)
      case .averageRank:
        (lhs.element.averageRank ?? .infinity, lhs.offset) < (rhs.element.averageRank ?? .infinity, rhs.offset)
      }
    }.map(\.element)
    return ascending ? ordered : ordered.reversed()
  }
}
