// Reviews (Synup's interactions) and review widgets: synup-sections.md 4.10.

extension SynupOperationID {
  var reviewOperation: Operation {
    let id = OperationID.synup(self)
    typealias Fields = SynupSectionFields
    let responseContent = Field("responseContent", .string, required: true, constraints: "non-empty", doc: "The text.")
    switch self {
    case .listReviewSources:
      return Operation(
        id, "list", "review-source", method: "GET", path: "/api/v4/locations/{locationId}/reviews/settings",
        doc: "A location's review sources and their URLs; answers data.interactionsSetting.siteSettings.")
    case .listAccountReviewSources:
      return Operation(
        id, "list", "account-review-source", method: "GET", path: "/api/v4/reviews/site-config",
        doc: "The review sources an account may use; answers data.interactionSiteConfig.")
    case .updateReviewSources:
      return Operation(
        id, "update", "review-source", method: "POST", path: "/api/v4/locations/reviews/settings/edit", body: .json,
        fields: [
          Fields.locationId,
          Field(
            "siteUrls", .array(.object), required: true,
            constraints: "[{name: a source such as yelp.com, url: string or null to remove}], not Google or Facebook",
            doc: "The sources to set."),
        ],
        positionalFields: ["locationId"],
        doc: "Set a location's review-source URLs, all or none; answers data.editInteractionsSetting.")
    case .listReviews:
      return Operation(
        id, "list", "review", method: "GET", path: "/api/v4/locations/{locationId}/reviews",
        fields: [
          Field("siteUrls", .array(.string), constraints: "unique sources", doc: "Only these sources."),
          Field("category", .array(.string), constraints: "or one string", doc: "Only these categories."),
        ] + Fields.startAndEndDates + [
          Field("ratingFilters", .array(.integer), constraints: "unique, 1-5", doc: "Only these ratings."),
          Field("searchString", .string, doc: "Only reviews whose text, title or author contains this (any case)."),
        ] + SynupFields.page,
        doc: "A location's reviews, newest first; answers data.interactions {pageInfo, edges, totalCount}.")
    case .getReviews:
      return Operation(
        id, "get", "review", method: "GET", path: "/api/v4/reviewDetails",
        fields: [Field("interactionIds", .array(.string), required: true, constraints: "uuids", doc: "The reviews.")],
        positionalFields: ["interactionIds"], doc: "Reviews by id; answers data.interactionDetails.interactions.")
    case .respondReview:
      return Operation(
        id, "respond", "review", method: "POST", path: "/api/v4/locations/reviews/respond", body: .json,
        fields: [
          Field("interactionId", .string, required: true, constraints: "uuid", doc: "The review."), responseContent,
        ],
        positionalFields: ["interactionId"],
        doc: "Answer a Google or Facebook review (Google once); answers data.respondToInteraction.")
    case .editResponse:
      return Operation(
        id, "edit", "response", method: "POST", path: "/api/v4/locations/reviews/respond/edit", body: .json,
        fields: [
          Field("reviewId", .string, required: true, constraints: "uuid", doc: "The review."),
          Field("responseId", .string, required: true, constraints: "uuid", doc: "The response to change."),
          responseContent,
        ],
        positionalFields: ["reviewId", "responseId"], doc: "Change a response's text; answers data.editResponse.")
    case .archiveResponse:
      // Appendix B suggests `archive response`; `archive` stays the verb of locations alone, as completion offers it.
      return Operation(
        id, "remove", "response", method: "POST", path: "/api/v4/locations/reviews/respond/archive", body: .json,
        fields: [Field("responseId", .string, required: true, constraints: "uuid", doc: "The response.")],
        positionalFields: ["responseId"], doc: "Archive a response: withdraw it; answers data.archiveResponse.")
    case .getReviewOverview:
      return Operation(
        id, "get", "review-overview", plural: "review-overview", method: "GET",
        path: "/api/v4/locations/{locationId}/review-analytics-overview", fields: Fields.startAndEndDates,
        doc: "Review totals, rating and response rate against the period before; "
          + "answers data.interactionsAnalyticsStats.")
    case .getReviewTimeline:
      return Operation(
        id, "get", "review-timeline", plural: "review-timeline", method: "GET",
        path: "/api/v4/locations/{locationId}/review-analytics-timeline", fields: Fields.startAndEndDates,
        doc: "Reviews and average rating a day; answers data.interactionsChartData.")
    case .getReviewSiteStats:
      return Operation(
        id, "get", "review-site-stats", plural: "review-site-stats", method: "GET",
        path: "/api/v4/locations/{locationId}/review-analytics-sites-stats", fields: Fields.startAndEndDates,
        doc: "Review figures per source, then consolidated; answers data.interactionsSitesStats.")
    case .createReviewWidget:
      return Operation(
        id, "create", "review-widget", method: "POST", path: "/api/v4/review_widget/add", body: .json,
        fields: [Fields.locationId] + Fields.reviewWidget, positionalFields: ["locationId"],
        doc: "Create a review widget for a location's website; answers data.addReviewWidget {widget, errors}.")
    case .updateReviewWidget:
      return Operation(
        id, "update", "review-widget", method: "POST", path: "/api/v4/review_widget/edit", body: .json,
        fields: [Field("widgetId", .string, required: true, constraints: "uuid", doc: "The widget.")]
          + Fields.reviewWidget,
        positionalFields: ["widgetId"], doc: "Change a review widget; answers data.editReviewWidget {widget, errors}.")
    default:
      preconditionFailure("\(self) is not a review operation")
    }
  }
}
