import SynJSON

/// Review sources (synup-sections.md 4.10): the account's 19, a location's
/// URLs, and the all-or-nothing edit that starts and stops review streams.
extension SynupAccount {
  /// `GET /reviews/site-config`.
  static let reviewSiteConfig = JSONValue.array(
    ReviewSource.all.map { ["site": .string($0.site), "siteUrl": .string($0.url)] })

  /// `GET /locations/{locationId}/reviews/settings`.
  func reviewSettings(locationID: Substring, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    let location = try location(inPath: locationID, at: now)
    return ["siteSettings": .array(siteSettings(of: location, withConnection: false))]
  }

  /// `POST /locations/reviews/settings/edit` (and its GET form, 7 #25).
  mutating func editReviewSettings(_ body: SynupBareBody, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    guard let locationID = body["locationId"]?.stringValue else { throw .badRequest("locationId is required") }
    let location = try location(named: locationID, at: now)
    guard let items = body["siteUrls"]?.arrayValue else { throw .badRequest("siteUrls must be an array") }
    var changes: [(source: String, url: String?)] = []
    var errors: [SynupFieldError] = []
    for item in items {
      let name = item["name"]?.stringValue ?? ""
      let url = item["url"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
      if let error = Self.sourceError(name: name, url: url, seen: changes.map(\.source)) {
        errors.append(error)
      } else {
        changes.append((name, url))
      }
    }
    guard errors.isEmpty else { return ["errors": .array(errors.map(\.json)), "interactionSetting": nil] }
    for change in changes {
      reviewSettings.set(change.url, locationNumber: location.number, source: change.source, at: now)
    }
    applyDueEvents(through: now)
    return [
      "errors": nil,
      "interactionSetting": [
        "positiveInteractionThreshold": 2,
        "siteSettings": .array(siteSettings(of: location, withConnection: true)),
        "id": .string(dataSeed.uuid(kind: "review-settings", key: String(location.number)).text),
      ],
    ]
  }

  /// The first rule an edit item breaks, if any.
  private static func sourceError(name: String, url: String?, seen: [String]) -> SynupFieldError? {
    let context = [(key: "name", value: name)]
    guard let source = ReviewSource.named(name) else {
      return SynupFieldError("SY50104", "Invalid site name provided", context)
    }
    if source.connectedSiteID != nil { return SynupFieldError("SY50106", "Cannot update connected sites", context) }
    if seen.contains(name) { return SynupFieldError("SY50117", "Duplicate SiteUrls", context) }
    if let url, !isValidSourceURL(url) { return SynupFieldError("SY50105", "Invalid URL provided", context) }
    return nil
  }

  /// No white space, and a dot in the host: `test.com` and `https://www.yelp.com/biz/x` pass.
  private static func isValidSourceURL(_ url: String) -> Bool {
    guard !url.contains(where: \.isWhitespace) else { return false }
    let rest = url.split(separator: "://", maxSplits: 1).last ?? ""
    let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
    return host.contains(".") && !host.hasPrefix(".") && !host.hasSuffix(".")
  }

  /// All 19 sources in table order with the location's URL (a connection's page for Google and Facebook).
  private func siteSettings(of location: SynupLocation, withConnection: Bool) -> [JSONValue] {
    ReviewSource.all.map { source in
      let connected =
        source.connectedSiteID.map {
          listingConnections.connection(locationNumber: location.number, siteID: $0) != nil
        } ?? false
      let url =
        connected
        ? connectedURL(of: source, location: location)
        : reviewSettings.url(locationNumber: location.number, source: source.url)?.url
      var setting = JSONObject([
        .init(key: "name", value: .string(source.url)), .init(key: "url", value: url.map(JSONValue.string) ?? .null),
      ])
      if withConnection { setting["connected"] = .bool(connected) }
      return .object(setting)
    }
  }
}
