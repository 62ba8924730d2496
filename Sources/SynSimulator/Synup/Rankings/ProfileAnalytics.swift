import SynJSON

/// The profile analytics of synup-sections.md 4.9: daily series per metric,
/// synthetic (G4), for Google and Facebook only while the location is connected there.
enum ProfileAnalyticsSource: Sendable {
  case google, facebook, bing

  /// The Appendix A site, as G4's hash writes it.
  var siteID: Int {
    switch self {
    case .google: 1
    case .facebook: 3
    case .bing: 4
    }
  }

  /// Each metric and its base value, in the answer's key order.
  var metrics: [(name: String, base: Double)] {
    switch self {
    case .google:
      [("directionsAction", 9), ("maps", 80), ("phoneAction", 6), ("search", 120), ("websiteAction", 12)]
    case .facebook:
      [("ctaAction", 3), ("directionsAction", 3), ("phoneAction", 2), ("views", 60), ("websiteAction", 4)]
    case .bing: [("views", 25)]
    }
  }

  /// Whether the series need the location connected on the site (section 7 #12).
  var needsConnection: Bool { self != .bing }
}

extension SynupAccount {
  /// `GET /locations/{locationId}/<source>-analytics`: one series a metric,
  /// one point a day of the range up to today (default: the 30 days ending today).
  func profileAnalytics(
    _ source: ProfileAnalyticsSource, locationID: Substring, _ query: SynupQueryParameters, at now: Timestamp
  ) throws(SynupFailure) -> JSONValue {
    let location = try self.location(inPath: locationID, at: now)
    let range = try SynupDateRange(
      fromDate: query.string("fromDate"), toDate: query.string("toDate"), whenMissing: .lastThirtyDays(endingOn: now))
    let connected =
      !source.needsConnection
      || listingConnections.connection(locationNumber: location.number, siteID: source.siteID) != nil
    let days = connected ? range.days(through: now).map { Array($0) } ?? [] : []
    var series = JSONObject()
    var totals = Array(repeating: 0, count: days.count)
    for metric in source.metrics {
      let values = days.map { day in
        dataSeed.profileMetric(location: location.number, source: source, metric: metric, day: day)
      }
      series[metric.name] = Self.dailySeries(days, values)
      totals = zip(totals, values).map { $0 + $1 }
    }
    if source == .google { series["total"] = Self.dailySeries(days, totals) }
    return .object(series)
  }

  /// `[{"startTime": <T-off midnight>, "value": …}, …]`.
  private static func dailySeries(_ days: [Int], _ values: [Int]) -> JSONValue {
    .array(
      zip(days, values).map { day, value in
        ["startTime": .string(Timestamp(dayNumber: day).synupOffset), "value": .int(value)]
      })
  }
}

extension DataSeed {
  /// G4: ⌊base × (0.5 + U("pa-scale", L, site)) × w × (0.8 + 0.4·U("pa", L, site, metric, d))⌋,
  /// w being 0.7 on Saturdays and Sundays.
  func profileMetric(
    location: Int, source: ProfileAnalyticsSource, metric: (name: String, base: Double), day: Int
  ) -> Int {
    let site = String(source.siteID)
    let weekend = RankingCalendar.daysSinceMonday(day) >= 5
    let scale = 0.5 + unit("pa-scale", String(location), site)
    let noise = 0.8 + 0.4 * unit("pa", String(location), site, metric.name, Timestamp(dayNumber: day).synupDay)
    return Int((metric.base * scale * (weekend ? 0.7 : 1) * noise).rounded(.down))
  }
}
