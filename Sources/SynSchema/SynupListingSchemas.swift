import SynJSON

/// The listing objects of synup-sections.md 4.6, as named components of `/openapi.json`.
extension SynupSchemas {
  static let listings: [(String, JSONValue)] = [
    (
      "Listing",
      S.object([
        ("id", relayID), ("databaseId", S.string),
        (
          "site",
          S.object([
            ("id", relayID), ("databaseId", S.string), ("name", S.string), ("url", S.string), ("syScore", S.string),
          ])
        ),
        ("syncStatus", listingSyncStatus), ("displayStatus", S.string), ("actionRequired", S.boolean),
        ("listingUrl", S.nullable(S.string)), ("connectedAccountId", S.nullable(S.uuid)), ("lastUpdate", S.string),
        ("indexStatus", S.boolean), ("syncIssue", S.nullable(S.string)), ("verfied", S.boolean),
      ])
    ),
    (
      "VoiceAssistant",
      S.object([
        ("databaseId", S.string), ("actionRequired", S.boolean), ("connectedAccountId", S.nullable(S.uuid)),
        ("errors", S.array(S.any)),
        ("voiceIdentifier", S.enumeration(["GOOGLE_ASSISTANT", "CORTANA", "ALEXA", "SIRI", "BIXBY"])),
        ("name", S.string), ("syncStatus", S.enumeration(["IN_PROGRESS", "COMPLETED", "FAILED"])),
        ("syncIssue", S.nullable(S.string)), ("__typename", S.constant("VoiceAssistant")),
      ])
    ),
    (
      "DuplicateListingGroup",
      S.object([
        ("primaryListingUrl", S.nullable(S.string)), ("siteId", relayID), ("siteName", S.string), ("siteUrl", S.string),
        (
          "duplicateListings",
          S.array(
            S.object([
              ("addressValid", S.boolean), ("city", S.string), ("street", S.string), ("state", S.nullable(S.string)),
              ("postalCode", S.string), ("phone", S.nullable(S.string)), ("phoneValid", S.boolean), ("name", S.string),
              ("nameValid", S.boolean), ("duplicateProcessingState", duplicateState), ("liveLink", S.string),
              ("id", relayID), ("countryCode", S.string),
            ]))
        ),
      ])
    ),
    (
      "DuplicateListingRollup",
      S.object([
        (
          "pageInfo",
          S.object([
            ("hasNextPage", S.boolean), ("hasPreviousPage", S.boolean), ("totalPages", S.integer),
            ("totalRecords", S.integer),
          ])
        ),
        (
          "records",
          S.array(
            S.object([
              ("addressValid", S.boolean), ("categoryValid", S.null), ("city", S.string), ("countryCode", S.null),
              ("duplicateProcessingState", duplicateState), ("id", S.string), ("liveLink", S.string),
              ("locationId", S.string), ("name", S.string), ("nameValid", S.boolean),
              ("originalLiveLink", S.nullable(S.string)), ("phone", S.nullable(S.string)), ("phoneValid", S.boolean),
              ("postalCode", S.string), ("siteName", S.string), ("siteUrl", S.string),
              ("state", S.nullable(S.string)), ("street", S.string),
            ]))
        ),
      ])
    ),
    (
      "AIListings",
      S.object([
        (
          "aiBusinessAdvice",
          S.object([
            ("footer", S.string), ("header", S.string), ("tips", S.array(S.string)),
            ("__typename", S.constant("AiBusinessAdvice")),
          ])
        ),
        ("aiVisibilityScore", S.integer), ("aiSitesResults", S.array(S.ref("AIListingSite"))),
        ("__typename", S.constant("AiListings")),
      ])
    ),
    (
      "AIListingSite",
      S.object([
        ("siteUrl", S.string), ("liveLink", S.nullable(S.string)),
        (
          "aiScore",
          S.object([
            ("addressSimilarity", S.number), ("phoneSimilarity", S.number), ("overallSimilarity", S.number),
            ("websiteSimilarity", S.number), ("__typename", S.constant("AiListingsScore")),
          ])
        ),
        (
          "aiResponse",
          S.object([
            ("name", S.string), ("address", S.string), ("website", S.string), ("phone", S.string),
            ("__typename", S.constant("AiListingsResponse")),
          ])
        ),
        ("customerPrompt", S.string), ("__typename", S.constant("AiListingsData")),
      ])
    ),
  ]

  private static let listingSyncStatus = S.enumeration([
    "IN_PROGRESS", "SYNCED", "FAILED", "REQUIRING_ACTION", "AVAILABLE", "COMPLETED", "PENDING_APPROVAL",
  ])
  private static let duplicateState = S.enumeration(["POTENTIAL", "DUPLICATE", "NOT_DUPLICATE"])
}
