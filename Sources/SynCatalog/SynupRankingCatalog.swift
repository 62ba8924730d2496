// Rankings and profile analytics: synup-sections.md 4.8 and 4.9.

extension SynupOperationID {
  var rankingOperation: Operation {
    let id = OperationID.synup(self)
    typealias Fields = SynupSectionFields
    switch self {
    case .addKeywords:
      return Operation(
        id, "add", "keyword", method: "POST", path: "/api/v4/locations/keywords", body: .json,
        fields: [
          Fields.locationId,
          Field(
            "inputKeywords", .array(.string), required: true,
            constraints: "2-255 chars, unique; <= 100 active a location", doc: "The keywords to track."),
        ],
        positionalFields: ["locationId", "inputKeywords"],
        doc: "Track keywords' rankings for a location, all or none; answers data.addKeywords {keywords, errors}.")
    case .listKeywords:
      return Operation(
        id, "list", "keyword", method: "GET", path: "/api/v4/locations/{locationId}/keywords",
        doc: "A location's active keywords, newest first; answers data.keywordsByLocationId.")
    case .archiveKeyword:
      // Appendix B suggests `archive keyword`; `archive` stays the verb of locations alone, as completion offers it.
      return Operation(
        id, "remove", "keyword", method: "POST", path: "/api/v4/locations/keywords/archive", body: .json,
        fields: [Field("id", .string, required: true, constraints: "base64 Keyword:N", doc: "The keyword.")],
        positionalFields: ["id"], doc: "Archive a keyword: stop tracking it; answers data.archiveKeyword.keyword.")
    case .getKeywordPerformance:
      return Operation(
        id, "get", "keyword-performance", plural: "keyword-performance", method: "GET",
        path: "/api/v4/locations/{locationId}/keywords-performance", fields: Fields.optionalDateRange,
        doc: "Weekly Google and Google Maps ranks of a location's keywords; answers data.keywordsByLocationId.")
    case .getRankingTimeline:
      return Operation(
        id, "get", "ranking-timeline", method: "POST", path: "/api/v4/locations/ranking-analytics-timeline",
        body: .json, fields: Fields.rankingRollup,
        doc: "Average rank a week per site over locations; answers data.rankingsRollupByDate.")
    case .getRankingHistogram:
      return Operation(
        id, "get", "ranking-histogram", method: "POST", path: "/api/v4/locations/ranking-sitewise-histogram",
        body: .json, fields: Fields.rankingRollup,
        doc: "Keywords a week per site and rank range over locations; answers data.rankingsRollupByKeywordCount.")
    case .getGoogleAnalytics:
      return Operation(
        id, "get", "google-analytics", plural: "google-analytics", method: "GET",
        path: "/api/v4/locations/{locationId}/google-analytics", fields: Fields.optionalDateRange,
        doc: "Daily Google Business Profile metrics of a connected location; answers data.googleInsights.")
    case .getFacebookAnalytics:
      return Operation(
        id, "get", "facebook-analytics", plural: "facebook-analytics", method: "GET",
        path: "/api/v4/locations/{locationId}/facebook-analytics", fields: Fields.optionalDateRange,
        doc: "Daily Facebook page metrics of a connected location; answers data.facebookInsights.")
    case .getBingAnalytics:
      return Operation(
        id, "get", "bing-analytics", plural: "bing-analytics", method: "GET",
        path: "/api/v4/locations/{locationId}/bing-analytics", fields: Fields.optionalDateRange,
        doc: "Daily Bing views of a location; answers data.bingInsights.")
    default:
      preconditionFailure("\(self) is not a ranking or analytics operation")
    }
  }
}
