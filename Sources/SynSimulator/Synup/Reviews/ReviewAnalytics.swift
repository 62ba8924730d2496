import SynJSON

/// Review analytics (synup-sections.md 4.10): computed from the location's
/// stored reviews over a range R, each measure against the same number of days
/// just before it (P).
extension SynupAccount {
  /// `GET /locations/{locationId}/review-analytics-overview`.
  func reviewOverview(_ query: SynupQueryParameters, locationID: Substring, at now: Timestamp)
    throws(SynupFailure) -> JSONValue
  {
    let (reviews, range) = try analyticsInput(query, locationID: locationID, lastDays: nil, at: now)
    let measures: [(String, (SynupDateRange) -> Double?)] = [
      ("total-reviews", { Double(reviews.before($0.end).count) }),
      ("new-reviews", { Double(reviews.within($0).count) }),
      ("overall-rating", { reviews.before($0.end).meanRating }),
      ("review-response-rate", { reviews.within($0).responseRate }),
    ]
    return [
      "stats": .array(
        measures.map { name, measure in
          ["name": .string(name), "value": .number(JSONNumber(measure(range) ?? 0)), "delta": delta(measure, range)]
        })
    ]
  }

  /// `GET /locations/{locationId}/review-analytics-timeline`: only the days that have reviews.
  func reviewTimeline(_ query: SynupQueryParameters, locationID: Substring, at now: Timestamp)
    throws(SynupFailure) -> JSONValue
  {
    let (reviews, range) = try analyticsInput(query, locationID: locationID, lastDays: 30, at: now)
    let byDay = Dictionary(grouping: reviews.within(range), by: \.date.synupDay)
    return [
      "data": .array(
        byDay.keys.sorted().map { day in
          let dayReviews = byDay[day] ?? []
          return [
            "date": .string(day), "interactionCount": .int(dayReviews.count),
            "averageRating": .number(JSONNumber(dayReviews.meanRating ?? 0)),
          ]
        })
    ]
  }

  /// `GET /locations/{locationId}/review-analytics-sites-stats`: each source with reviews, then `Consolidated`.
  func reviewSiteStats(_ query: SynupQueryParameters, locationID: Substring, at now: Timestamp)
    throws(SynupFailure) -> JSONValue
  {
    let (reviews, range) = try analyticsInput(query, locationID: locationID, lastDays: nil, at: now)
    let sources = ReviewSource.all.filter { source in reviews.before(range.end).contains { $0.source == source.url } }
    let entries = sources.map { source in
      siteStats(
        key: source.site, siteURL: source.url, reviews.filter { $0.source == source.url }, range: range, now: now)
    }
    return [
      "stats": .array(
        entries + [siteStats(key: "Consolidated", siteURL: "Consolidated", reviews, range: range, now: now)])
    ]
  }

  private func siteStats(key: String, siteURL: String, _ reviews: [Interaction], range: SynupDateRange, now: Timestamp)
    -> JSONValue
  {
    func figure(_ measure: @escaping (SynupDateRange) -> Double?) -> JSONValue {
      ["value": .number(JSONNumber(measure(range) ?? 0)), "delta": delta(measure, range)]
    }
    let earlier = reviews.before(range.start)
    let newest = reviews.before(range.end).map(\.date).max()
    let newestDay = newest.map { Timestamp(date: $0.date, secondOfDay: 0) }
    return [
      "key": .string(key), "siteUrl": .string(siteURL),
      "averageRating": figure { reviews.before($0.end).meanRating },
      "totalInteractions": figure { Double(reviews.before($0.end).count) },
      "newInteractions": figure { Double(reviews.within($0).count) },
      "recency": newestDay.map { .string("\($0.secondsSinceEpoch * 1000).0") } ?? .null,
      "baseRating": .number(JSONNumber(earlier.meanRating ?? 0)), "baseInteractions": .int(earlier.count),
      "humanizedRecency": newestDay.map { .string(Self.humanized(from: $0, to: now)) } ?? .null,
    ]
  }

  /// The location's reviews and the range asked for: by default from the
  /// location's creation day (or the `lastDays` ending today) to today.
  private func analyticsInput(
    _ query: SynupQueryParameters, locationID: Substring, lastDays: Int?, at now: Timestamp
  ) throws(SynupFailure) -> (reviews: [Interaction], range: SynupDateRange) {
    let location = try location(inPath: locationID, at: now)
    let today = now.dayNumber
    let first = lastDays.map { today - $0 + 1 } ?? location.createdAt.dayNumber
    let range = try SynupDateRange(
      fromDate: query.string("startDate"), toDate: query.string("endDate"),
      whenMissing: .days(first: first, last: today))
    return (interactions.all.filter { $0.locationNumber == location.number }, range)
  }

  /// The percentage change from P to R, 2 decimals; 100 when P's value is 0 or undefined.
  private func delta(_ measure: (SynupDateRange) -> Double?, _ range: SynupDateRange) -> JSONValue {
    guard let previous = measure(range.previous), previous != 0 else { return 100 }
    let change = ((measure(range) ?? 0) - previous) / previous * 100
    return .number(JSONNumber((change * 100).rounded() / 100))
  }

  private static func humanized(from day: Timestamp, to now: Timestamp) -> String {
    let days = now.date.daysSinceEpoch - day.date.daysSinceEpoch
    switch days {
    case ...0: return "today"
    case 1: return "1 day ago"
    default: return "\(days) days ago"
    }
  }
}

extension [Interaction] {
  fileprivate func before(_ time: Timestamp) -> [Interaction] {
    filter { $0.date < time }
  }

  fileprivate func within(_ range: SynupDateRange) -> [Interaction] {
    filter { range.contains($0.date) }
  }

  /// The mean rating; nil with no reviews.
  fileprivate var meanRating: Double? {
    isEmpty ? nil : Double(reduce(0) { $0 + $1.rating }) / Double(count)
  }

  /// The fraction with a live response; nil with no reviews.
  fileprivate var responseRate: Double? {
    isEmpty ? nil : Double(filter { !$0.liveResponses.isEmpty }.count) / Double(count)
  }
}
