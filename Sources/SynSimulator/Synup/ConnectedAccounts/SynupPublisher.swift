/// The two publishers a Synup connected account belongs to (synup-sections.md
/// 4.7), and how each spells itself in ids, answers and webhooks.
enum SynupPublisher: String, Sendable, Codable, CaseIterable {
  case google, facebook

  /// The directory site (Appendix A) its connections are stored under.
  var siteID: Int {
    switch self {
    case .google: 1
    case .facebook: 3
    }
  }

  /// `connectedAccountType`: `GoogleAccount` | `FacebookAccount`.
  var accountType: String {
    switch self {
    case .google: "GoogleAccount"
    case .facebook: "FacebookAccount"
    }
  }

  /// A suggestion's `accountType`.
  var shortAccountType: String {
    switch self {
    case .google: "GMB"
    case .facebook: "FB"
    }
  }

  /// A publisher listing's `accountTypeName`.
  var displayName: String {
    switch self {
    case .google: "Google"
    case .facebook: "Facebook"
    }
  }

  /// The `site` of disconnect-listing and oauth_connect_url.
  var siteName: String {
    rawValue.uppercased()
  }

  /// The last segment of the mock connect page's path.
  var pageSegment: String {
    switch self {
    case .google: "google_oauth2"
    case .facebook: "facebook"
    }
  }

  /// The type name a publisher listing's base64 id carries.
  var listingIDType: String {
    switch self {
    case .google: "GmbBulkDataLake"
    case .facebook: "FbBulkDataLake"
    }
  }

  /// The type name a suggestion's base64 id carries (confirm-matches).
  var matchIDType: String {
    switch self {
    case .google: "GmbLocationMatchedData"
    case .facebook: "FbLocationMatchedData"
    }
  }

  init?(siteName: String) {
    guard let publisher = SynupPublisher.allCases.first(where: { $0.siteName == siteName }) else { return nil }
    self = publisher
  }

  init?(pageSegment: some StringProtocol) {
    guard let publisher = SynupPublisher.allCases.first(where: { $0.pageSegment == pageSegment }) else { return nil }
    self = publisher
  }

  /// `GoogleAccount`/`FacebookAccount`, or `google`/`facebook` in any case (the SDK example's spelling).
  init?(filter: String) {
    let publisher = SynupPublisher.allCases.first { $0.accountType == filter || $0.rawValue == filter.lowercased() }
    guard let publisher else { return nil }
    self = publisher
  }
}
