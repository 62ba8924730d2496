import SynJSON

extension SynupAccount {
  /// `GET /locations/{locationId}/keywords-performance`: each active keyword's
  /// weekly ranks on both sites over the range (default: the 30 days ending today).
  func keywordPerformance(locationID: Substring, _ query: SynupQueryParameters, at now: Timestamp)
    throws(SynupFailure) -> JSONValue
  {
    let location = try self.location(inPath: locationID, at: now)
    let range = try SynupDateRange(
      fromDate: query.string("fromDate"), toDate: query.string("toDate"), whenMissing: .lastThirtyDays(endingOn: now))
    let days = range.firstDay...range.lastDay
    let match = rankingMatch(of: location)
    return .array(
      keywords.active(ofLocation: location.number).map { keyword in
        [
          "id": .string(keyword.id.text), "databaseId": .string(String(keyword.number)),
          "name": .string(keyword.name),
          "sites": .array(
            KeywordRankingSite.allCases.map { site in
              [
                "name": .string(site.rawValue),
                "rankings": .array(
                  ranks(of: keyword, on: site, days: days, at: now).map { ranking in
                    let found = ranking.rank > 0
                    return [
                      "rank": .int(ranking.rank),
                      "rankedAt": .string(RankingCalendar.rankingTime(of: ranking.monday).synupNaiveMicroseconds),
                      "matchType": found ? .string(match.type) : .null,
                      "matchUrl": found ? .string(match.url) : .null,
                    ]
                  }),
              ]
            }),
        ]
      })
  }

  /// What a found ranking matched: the location's website, else its Google listing.
  private func rankingMatch(of location: SynupLocation) -> (type: String, url: String) {
    if let website = location.fields.details["bizUrl"]?.stringValue, !website.isBlank {
      return ("location_url", website)
    }
    return ("listing", dataSeed.googleLiveLink(key: String(location.number)))
  }
}
