import SynCatalog
import SynJSON

/// The objects of Synup's reviews and review campaigns (synup-sections.md 4.10 and 4.5).
extension SynupSchemas {
  static let reviews: [(String, JSONValue)] = [
    ("ReviewSiteConfig", S.object([("site", S.string), ("siteUrl", S.string)])),
    ("ReviewSiteSetting", S.object([("name", S.string), ("url", S.nullable(S.string))])),
    (
      "EditedReviewSiteSetting",
      S.object([("name", S.string), ("url", S.nullable(S.string)), ("connected", S.boolean)])
    ),
    ("Interaction", S.object(interactionMembers)),
    ("InteractionResponse", S.object(responseMembers)),
    (
      "InteractionConnection",
      S.object([
        (
          "pageInfo",
          S.object([
            ("hasNextPage", S.boolean), ("hasPreviousPage", S.boolean), ("endCursor", S.null), ("total", S.null),
          ])
        ),
        ("edges", S.array(S.object([("node", S.ref("Interaction")), ("cursor", S.string)]))),
        ("totalCount", S.integer),
      ])
    ),
    (
      "ReviewWidget",
      S.object([
        ("id", S.uuid), ("name", S.string), ("description", S.null), ("widgetType", S.string),
        ("reviewCount", S.integer), ("minimumRating", S.integer), ("widgetWidth", S.string),
        ("widgetHeight", S.string), ("sites", S.array(S.string)), ("readOnly", S.boolean), ("locationId", relayID),
        ("archived", S.boolean), ("createdAt", S.string), ("updatedAt", S.string),
      ])
    ),
    (
      "ReviewCampaign",
      S.object([
        ("id", S.uuid), ("locationId", relayID), ("name", S.string), ("screening", S.boolean), ("createdAt", S.string),
        ("openingEmailTemplate", S.any), ("smsTemplate", S.any), ("firstFollowUpSchedule", S.string),
        ("firstFollowUpTemplate", S.null), ("secondFollowUpSchedule", S.string), ("secondFollowUpTemplate", S.null),
        ("stats", S.array(S.object([("name", S.string), ("value", S.string)]))), ("numberOfFeedbacks", S.integer),
      ])
    ),
    (
      "ReviewCampaignCustomer",
      S.object(
        [
          ("name", S.string), ("phone", S.nullable(S.string)), ("email", S.nullable(S.string)),
          ("rating", S.nullable(S.integer)), ("response", S.nullable(S.string)), ("date", S.nullable(S.string)),
          ("followUpSent", S.integer),
        ]
          + [
            "smsDeliveredAt", "smsOpenedAt", "emailDeliveredAt", "emailLastOpenedAt", "emailLastClickedAt",
            "firstFollowUpAt", "firstFollowUpDeliveredAt", "secondFollowUpAt", "secondFollowUpDeliveredAt",
          ].map { ($0, S.nullable(S.string)) })
    ),
    ("ReviewStat", S.object([("name", S.string), ("value", S.number), ("delta", S.number)])),
    ("ReviewFigure", S.object([("value", S.number), ("delta", S.number)])),
    (
      "ReviewSiteStats",
      S.object([
        ("key", S.string), ("siteUrl", S.string), ("averageRating", S.ref("ReviewFigure")),
        ("totalInteractions", S.ref("ReviewFigure")), ("newInteractions", S.ref("ReviewFigure")),
        ("recency", S.nullable(S.string)), ("baseRating", S.number), ("baseInteractions", S.integer),
        ("humanizedRecency", S.nullable(S.string)),
      ])
    ),
  ]

  private static let interactionMembers: [(String, JSONValue)] = [
    ("id", S.uuid), ("interactionId", S.uuid), ("source", S.string), ("title", S.nullable(S.string)),
    ("content", S.string), ("locationDbId", S.null), ("locationEncodedId", relayID), ("authorName", S.string),
    ("authorAvatar", S.null), ("authorUrl", S.null), ("authorInfo", S.null), ("rating", S.integer),
    ("date", S.string), ("permalink", S.nullable(S.string)), ("category", S.string), ("type", S.string),
    ("photoUrl", S.null), ("photoThumbnailUrl", S.null), ("responded", S.boolean), ("notes", S.null),
    ("responses", S.array(S.ref("InteractionResponse"))), ("responseCount", S.null), ("canRespond", S.boolean),
    ("totalResponses", S.integer), ("locationId", S.integer), ("respondedWith", S.null), ("respondedBy", S.null),
  ]

  private static let responseMembers: [(String, JSONValue)] = [
    ("interactionId", S.uuid), ("id", S.uuid), ("source", S.string), ("title", S.null), ("content", S.string),
    ("locationDbId", S.null), ("locationEncodedId", S.null), ("authorName", S.string), ("authorAvatar", S.null),
    ("authorUrl", S.null), ("authorInfo", S.null), ("rating", S.null), ("date", S.string), ("permalink", S.null),
    ("category", S.string), ("type", S.string), ("photoUrl", S.null), ("photoThumbnailUrl", S.null),
    ("responded", S.null), ("notes", S.null), ("responseCount", S.null), ("canRespond", S.null),
    ("totalResponses", S.null), ("locationId", S.null), ("respondedWith", S.null), ("respondedBy", S.null),
    ("interactionStatus", S.enumeration(["CREATED", "COMPLETED", "FAILED"])),
  ]
}

extension SynupResponses {
  /// The answers of the review and review-campaign operations.
  static func reviewValue(of id: SynupOperationID) -> JSONValue? {
    switch id {
    case .listAccountReviewSources: S.array(S.ref("ReviewSiteConfig"))
    case .listReviewSources: S.object([("siteSettings", S.array(S.ref("ReviewSiteSetting")))])
    case .updateReviewSources:
      S.object([
        ("errors", payloadErrors),
        (
          "interactionSetting",
          S.nullable(
            S.object([
              ("positiveInteractionThreshold", S.integer),
              ("siteSettings", S.array(S.ref("EditedReviewSiteSetting"))), ("id", S.uuid),
            ]))
        ),
      ])
    case .listReviews: S.ref("InteractionConnection")
    case .getReviews: S.object([("interactions", S.array(S.ref("Interaction")))])
    case .respondReview:
      S.object([
        (
          "interaction",
          S.object([
            ("interactionId", S.uuid), ("source", S.string), ("content", S.string), ("authorName", S.null),
            ("authorAvatar", S.null), ("authorUrl", S.null), ("date", S.string), ("interactionStatus", S.string),
          ])
        )
      ])
    case .editResponse: S.object([("status", S.constant("true")), ("reviewId", S.uuid), ("responseId", S.uuid)])
    case .archiveResponse: S.object([("status", S.constant("true"))])
    case .getReviewOverview: S.object([("stats", S.array(S.ref("ReviewStat")))])
    case .getReviewTimeline:
      S.object([
        (
          "data",
          S.array(S.object([("date", S.string), ("interactionCount", S.integer), ("averageRating", S.number)]))
        )
      ])
    case .getReviewSiteStats: S.object([("stats", S.array(S.ref("ReviewSiteStats")))])
    case .createReviewWidget, .updateReviewWidget:
      S.object([("widget", S.nullable(S.ref("ReviewWidget"))), ("errors", widgetErrors)])
    case .createCampaign:
      S.object([
        ("success", S.boolean), ("errors", S.array(S.ref("PayloadError"))),
        ("reviewCampaign", S.nullable(S.ref("ReviewCampaign"))),
      ])
    case .addCampaignCustomers: S.object([("success", S.boolean), ("errors", S.array(S.ref("PayloadError")))])
    case .listCampaigns: S.object([("reviewCampaigns", S.array(S.ref("ReviewCampaign")))])
    case .listCampaignCustomers:
      S.object([("campaignName", S.string), ("reviewCampaignCustomers", S.array(S.ref("ReviewCampaignCustomer")))])
    default: nil
    }
  }

  /// A widget's errors: S2's keys, `contextInfo` first.
  private static let widgetErrors = S.nullable(
    S.array(
      S.object([
        ("contextInfo", S.array(S.object([("key", S.string), ("value", S.string)]))), ("code", S.string),
        ("message", S.string),
      ])))
}
