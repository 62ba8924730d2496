import SynJSON

/// The filters of `GET /locations/{locationId}/reviews` (synup-sections.md 4.10).
struct ReviewFilter: Sendable {
  let sources: Set<String>?
  let categories: Set<String>?
  let ratings: Set<Int>?
  let dates: SynupDateRange?
  let search: String?

  init(_ query: SynupQueryParameters) throws(SynupFailure) {
    if let sources = try query.stringArray("siteUrls") {
      guard Set(sources).count == sources.count else { throw .resolver("SY50117: Duplicate SiteUrls") }
      self.sources = Set(sources)
    } else {
      sources = nil
    }
    categories = try Self.categories(query.string("category"))
    ratings = try Self.ratings(query.string("ratingFilters"))
    dates = try SynupDateRange.optional(fromDate: query.string("startDate"), toDate: query.string("endDate"))
    search = query.string("searchString").map { $0.lowercased() }.flatMap { $0.isEmpty ? nil : $0 }
  }

  func admits(_ review: Interaction) -> Bool {
    if let sources, !sources.contains(review.source) { return false }
    if let categories, !categories.contains(review.category) { return false }
    if let ratings, !ratings.contains(review.rating) { return false }
    if let dates, !dates.contains(review.date) { return false }
    if let search {
      return [review.content, review.title ?? "", review.authorName].contains { $0.lowercased().contains(search) }
    }
    return true
  }

  /// A JSON array of strings, or one plain string (what the SDK sends).
  private static func categories(_ text: String?) throws(SynupFailure) -> Set<String>? {
    guard let text else { return nil }
    guard text.hasPrefix("[") else { return [text] }
    guard let values = (try? JSONValue(parsing: text))?.arrayValue, values.allSatisfy({ $0.stringValue != nil })
    else { throw .badRequest("category must be a string or a JSON-encoded array of strings, not \(text)") }
    return Set(values.compactMap(\.stringValue))
  }

  private static func ratings(_ text: String?) throws(SynupFailure) -> Set<Int>? {
    guard let text else { return nil }
    guard let values = (try? JSONValue(parsing: text))?.arrayValue else {
      throw .badRequest("ratingFilters must be a JSON-encoded array, e.g. ratingFilters=[4,5], not \(text)")
    }
    let ratings = values.map { $0.numberValue?.intValue ?? 0 }
    guard ratings.allSatisfy((1...5).contains) else { throw .resolver("SY50110: ratings should be between [1-5]") }
    guard Set(ratings).count == ratings.count else { throw .resolver("SY50118: Duplicate Ratings") }
    return Set(ratings)
  }
}
