import SynJSON

/// A source the rank roll-ups accept (S2's enum); `Bing` and `Yahoo` are never ranked.
enum RankingSource: String, Sendable, CaseIterable {
  case google = "Google"
  case googleMaps = "Google Maps"
  case bing = "Bing"
  case yahoo = "Yahoo"

  var site: KeywordRankingSite? { KeywordRankingSite(rawValue: rawValue) }
}

/// The request both roll-ups take (synup-sections.md 4.8): a range, locations and sources.
struct RankingRollupRequest {
  /// The ranking Mondays of the range whose rankings are taken by now, oldest first.
  let mondays: [Int]
  let locationNumbers: Set<Int>
  let sources: [RankingSource]

  /// Reads the body; the failures come in the order of 4.8: locations blank, dates, a bad location.
  init(_ body: SynupBareBody, account: SynupAccount, at now: Timestamp) throws(SynupFailure) {
    guard let ids = body["locationIds"]?.arrayValue, !ids.isEmpty else {
      throw .resolver("SY20101: Location Ids can't be blank")
    }
    let range = try SynupDateRange(
      fromDate: body["fromDate"]?.stringValue, toDate: body["toDate"]?.stringValue, whenMissing: .invalid)
    var numbers = Set<Int>()
    for id in ids {
      numbers.insert(try account.location(named: id.stringValue ?? "", at: now).number)
    }
    locationNumbers = numbers
    mondays = RankingCalendar.mondays(in: range.firstDay...range.lastDay).filter {
      RankingCalendar.rankingTime(of: $0) <= now
    }
    let named = body["source"]?.arrayValue ?? []
    var sources: [RankingSource] = []
    for name in named {
      let text = name.stringValue?.lowercased()
      guard let source = RankingSource.allCases.first(where: { $0.rawValue.lowercased() == text }) else {
        throw .badRequest("Invalid value for source")
      }
      sources.append(source)
    }
    self.sources = sources.isEmpty ? RankingSource.allCases : sources
  }
}

extension SynupAccount {
  /// The closed rank ranges of the histogram (section 7 #30), under S2's names.
  static let rankBuckets: [(name: String, ranks: ClosedRange<Int>)] = [
    ("rank_from_1_to_3", 1...3), ("rank_from_3_to_10", 4...10), ("rank_from_10_to_20", 11...20),
    ("rank_from_20_to_50", 21...50),
  ]

  /// `POST /locations/ranking-analytics-timeline`: one element aggregating
  /// every location (section 7 #29), one entry per source as sent.
  func rankingTimeline(_ body: SynupBareBody, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    let request = try RankingRollupRequest(body, account: self, at: now)
    let sites: [JSONValue] = request.sources.map { source in
      [
        "site": .string(source.rawValue),
        "averageRankings": .array(
          weeklyRanks(request, on: source).map { week in
            let found = week.ranks.filter { $0 > 0 }
            let average = found.isEmpty ? 0 : (2 * found.reduce(0, +) + found.count) / (2 * found.count)
            return ["date": .string(Timestamp(dayNumber: week.monday).synupDay), "averageRank": .int(average)]
          }),
      ]
    }
    return [["siteAverageRanking": .array(sites)]]
  }

  /// `POST /locations/ranking-sitewise-histogram`: keywords a week per rank
  /// range; ranks above 50, and 0, are counted nowhere.
  func rankingHistogram(_ body: SynupBareBody, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    let request = try RankingRollupRequest(body, account: self, at: now)
    return .array(
      request.sources.map { source in
        let weeks = weeklyRanks(request, on: source)
        return [
          "site": .string(source.rawValue),
          "keywordCountByBucket": .array(
            Self.rankBuckets.map { bucket in
              [
                "rankRange": .string(bucket.name),
                "dailyKeywordCount": .array(
                  weeks.map { week in
                    [
                      "rankDate": .string(Timestamp(dayNumber: week.monday).synupDay),
                      "keywordCount": .int(week.ranks.filter { bucket.ranks.contains($0) }.count),
                    ]
                  }),
              ]
            }),
        ]
      })
  }

  /// For each Monday of the request, the ranks of every keyword of its locations ranked that week;
  /// none for a source that is never ranked.
  private func weeklyRanks(_ request: RankingRollupRequest, on source: RankingSource) -> [(monday: Int, ranks: [Int])] {
    guard let site = source.site else { return [] }
    let tracked = keywords.all.filter { request.locationNumbers.contains($0.locationNumber) }
    return request.mondays.map { monday in
      let time = RankingCalendar.rankingTime(of: monday)
      let ranks = tracked.filter { $0.isRanked(at: time) }.map { keyword in
        dataSeed.keywordRank(
          locationNumber: keyword.locationNumber, normalisedName: keyword.normalisedName, site: site, monday: monday)
      }
      return (monday, ranks)
    }
  }
}
