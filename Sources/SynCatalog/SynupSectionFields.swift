/// Fields shared by the operations of synup-sections.md section 4.
enum SynupSectionFields {
  /// A location named in the body or query (synup-sections.md 2.3).
  static let locationId = Field(
    "locationId", .string, required: true, constraints: "base64 Location:N", doc: "The location.")

  static let connectedAccountId = Field(
    "connectedAccountId", .string, required: true, constraints: "uuid", doc: "The connected account.")

  /// `fromDate`/`toDate`, both optional: the 30 days ending today by default.
  static let optionalDateRange = [
    Field("fromDate", .string, constraints: "YYYY-MM-DD, default 29 days before toDate", doc: "First day, UTC."),
    Field("toDate", .string, constraints: "YYYY-MM-DD, default today", doc: "Last day, UTC (included)."),
  ]

  /// `startDate`/`endDate` filtering on a date.
  static let startAndEndDates = [
    Field("startDate", .string, constraints: "YYYY-MM-DD", doc: "First day, UTC."),
    Field("endDate", .string, constraints: "YYYY-MM-DD", doc: "Last day, UTC (included)."),
  ]

  /// The page-number family (synup-sections.md 2.5).
  static func pageNumber(maximum: Int) -> [Field] {
    [
      Field("page", .integer, constraints: "1-based, default 1", doc: "The page."),
      Field("perPage", .integer, constraints: "default 20, <= \(maximum)", doc: "Records a page."),
    ]
  }

  static let locationCustomers = Field(
    "locationCustomers", .array(.object), required: true,
    constraints: "[{name*, email, phone}]: email or phone, unique in the campaign",
    doc: "The customers to invite.")

  /// The request of both rankings roll-ups.
  static let rankingRollup = [
    Field("fromDate", .string, required: true, constraints: "YYYY-MM-DD", doc: "First day, UTC."),
    Field("toDate", .string, required: true, constraints: "YYYY-MM-DD", doc: "Last day, UTC (included)."),
    Field("locationIds", .array(.string), required: true, constraints: "base64 Location:N ids", doc: "The locations."),
    Field(
      "source", .array(.string), required: true, allowedValues: ["Google", "Google Maps", "Bing", "Yahoo"],
      doc: "The ranking sites (any case; empty for all four)."),
  ]

  /// The fields of both review-widget operations but the widget's owner.
  static let reviewWidget = [
    Field("name", .string, required: true, constraints: "unique among the location's widgets", doc: "Name."),
    Field("minimumRating", .integer, required: true, constraints: "1-5", doc: "Lowest rating shown."),
    Field("reviewCount", .integer, required: true, constraints: ">= 1", doc: "How many reviews to show."),
    Field("readOnly", .boolean, required: true, doc: "Whether visitors may not write reviews."),
    Field(
      "sites", .array(.string), required: true, constraints: "review sources, e.g. maps.google.com",
      doc: "The sources shown."),
    Field("widgetType", .string, required: true, constraints: "e.g. medium_slider", doc: "Layout."),
    Field("widgetWidth", .string, required: true, constraints: "e.g. 100%", doc: "Width."),
    Field("widgetHeight", .string, required: true, constraints: "e.g. 470px", doc: "Height."),
  ]
}
