import SynJSON

/// The answers of grid rank, rankings and profile analytics (synup-sections.md 4.4, 4.8, 4.9).
extension SynupSchemas {
  static let rankings: [(String, JSONValue)] = [
    ("GridPoint", S.object([("rank", S.integer), ("latitude", S.number), ("longitude", S.number)])),
    (
      "GridReport",
      S.object([
        ("id", S.uuid), ("locationId", S.string), ("accountId", S.string), ("keyword", S.string),
        ("businessName", S.string), ("businessStreet", S.string), ("businessCity", S.string),
        ("businessState", S.string), ("businessCountry", S.string), ("gridSize", S.integer),
        ("gridDistance", S.number), ("gridDistanceUnit", S.enumeration(["mi", "km"])), ("gridDistanceInKm", S.integer),
        ("ranks", S.array(S.ref("GridPoint"))), ("averageRank", S.nullable(S.number)),
        ("topOneShare", S.nullable(S.number)), ("topTwoShare", S.nullable(S.number)),
        ("status", S.enumeration(["PROCESSING", "COMPLETED"])), ("latitude", S.number), ("longitude", S.number),
        ("placeId", S.null), ("createdAt", S.string),
      ])
    ),
    (
      "AddedKeyword",
      S.object([
        ("id", relayID), ("primary", S.null), ("archived", S.boolean), ("archiveReasonId", S.null),
        ("databaseId", S.integer), ("name", S.string),
      ])
    ),
    (
      "KeywordError",
      S.object([
        ("message", S.string), ("contextInfo", S.array(S.object([("key", S.string), ("value", S.string)]))),
        ("code", S.string),
      ])
    ),
    (
      "KeywordRanking",
      S.object([
        ("rank", S.integer), ("rankedAt", S.string),
        ("matchType", S.nullable(S.enumeration(["location_url", "listing"]))),
        ("matchUrl", S.nullable(S.string)),
      ])
    ),
    (
      "KeywordPerformance",
      S.object([
        ("id", relayID), ("databaseId", S.string), ("name", S.string),
        ("sites", S.array(S.object([("name", S.string), ("rankings", S.array(S.ref("KeywordRanking")))]))),
      ])
    ),
    ("AnalyticsPoint", S.object([("startTime", S.string), ("value", S.integer)])),
  ]

  /// The analytics answer: one daily series a metric, in this order.
  static func analytics(_ metrics: [String]) -> JSONValue {
    S.object(metrics.map { ($0, S.array(S.ref("AnalyticsPoint"))) })
  }
}
