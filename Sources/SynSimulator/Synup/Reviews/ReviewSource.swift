/// The review sites a location may take reviews from (synup-sections.md Appendix A.2), in the evidenced order.
struct ReviewSource: Sendable, Equatable {
  /// The display name: `site` in the site config, `key` in site stats.
  let site: String
  /// The source as the API names it: `maps.google.com`.
  let url: String

  static let google = ReviewSource(site: "Google", url: "maps.google.com")
  static let facebook = ReviewSource(site: "Facebook", url: "facebook.com")

  static let all: [ReviewSource] =
    [google, facebook]
    + [
      ("Yelp", "yelp.com"), ("Zillow", "zillow.com"), ("Dealerrater", "dealerrater.com"), ("Cars.com", "cars.com"),
      ("Edmunds", "edmunds.com"), ("Foursquare", "foursquare.com"), ("Trustpilot", "trustpilot.com"),
      ("BBB", "bbb.org"), ("Indeed", "indeed.com"), ("Judysbook", "judysbook.com"), ("Cargurus", "cargurus.com"),
      ("Tripadvisor", "tripadvisor.com"), ("Tripadvisor Attractions", "tripadvisor-attractions.com"),
      ("Glassdoor", "glassdoor.com"), ("OpenTable", "opentable.com"), ("Yellowpages", "yellowpages.com"),
      ("Zomato", "zomato.com"),
    ].map { ReviewSource(site: $0.0, url: $0.1) }

  static func named(_ url: String) -> ReviewSource? {
    all.first { $0.url == url }
  }

  /// The directory site (Appendix A.1) whose connection gives this source its URL: Google 1, Facebook 3.
  var connectedSiteID: Int? {
    switch url {
    case ReviewSource.google.url: 1
    case ReviewSource.facebook.url: 3
    default: nil
    }
  }

  /// Only Google and Facebook reviews can be answered through the API (7 #18).
  var canRespond: Bool { connectedSiteID != nil }

  /// Facebook has recommendations, every other source reviews (S10).
  var defaultCategory: String { self == .facebook ? "Recommendation" : "Review" }
}
