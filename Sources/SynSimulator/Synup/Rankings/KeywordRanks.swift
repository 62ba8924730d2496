/// The two sites keyword rankings are taken on (synup-sections.md 4.8); the
/// rank-distribution sources also name `Bing` and `Yahoo`, never produced.
enum KeywordRankingSite: String, Sendable, CaseIterable {
  case google = "Google"
  case googleMaps = "Google Maps"
}

extension DataSeed {
  /// G3: the rank of keyword `normalisedName` of location `locationNumber` on
  /// `site` in the week of Monday `monday`; 0 when not found.
  func keywordRank(locationNumber: Int, normalisedName: String, site: KeywordRankingSite, monday: Int) -> Int {
    let location = String(locationNumber)
    let week = Timestamp(dayNumber: monday).synupDay
    let base = 1 + Int(hash("kwbase", location, normalisedName, site.rawValue) % 25)
    let drift = Int(hash("kwdrift", location, normalisedName, site.rawValue, week) % 7) - 3
    if unit("kwnf", location, normalisedName, site.rawValue, week) < 0.10 { return 0 }
    return max(1, base + drift)
  }
}

extension SynupAccount {
  /// The ranks keyword `keyword` got on `site`, one per ranking Monday among `days` taken by `now`, oldest first.
  func ranks(of keyword: SynupKeyword, on site: KeywordRankingSite, days: ClosedRange<Int>, at now: Timestamp)
    -> [(monday: Int, rank: Int)]
  {
    RankingCalendar.mondays(in: days).compactMap { monday in
      let time = RankingCalendar.rankingTime(of: monday)
      guard time <= now, keyword.isRanked(at: time) else { return nil }
      let rank = dataSeed.keywordRank(
        locationNumber: keyword.locationNumber, normalisedName: keyword.normalisedName, site: site, monday: monday)
      return (monday, rank)
    }
  }
}
