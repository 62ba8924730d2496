import SynJSON

/// The connect links (synup-sections.md 4.7): connect-google, connect-facebook
/// and oauth_connect_url open a flow and answer the mock page's URL on the
/// request's own origin, living 24 hours.
extension SynupAccount {
  /// connect-google / connect-facebook: `{[clientMutationId,] errors, success, url}`;
  /// Google's answer has the `clientMutationId` key, Facebook's does not [E].
  mutating func bulkConnectLink(_ publisher: SynupPublisher, _ input: SynupInput, _ context: SynupLinkContext)
    -> JSONValue
  {
    var answer = JSONObject()
    if publisher == .google { answer["clientMutationId"] = input.clientMutationId }
    let link = openFlow(publisher, input, locationNumber: nil, context)
    answer["errors"] = link.error.map { .array([$0]) } ?? .null
    answer["success"] = .bool(link.error == nil)
    answer["url"] = link.url.map(JSONValue.string) ?? .null
    return .object(answer)
  }

  /// oauth_connect_url: a link that connects one location; `{success, errors, url}`.
  mutating func oauthConnectURL(_ input: SynupInput, _ context: SynupLinkContext) throws(SynupFailure) -> JSONValue {
    let location = try location(named: input.string("locationId") ?? "", startingWork: true, at: context.now)
    let publisher = try SynupPublisher.named(input.string("site") ?? "")
    let link = openFlow(publisher, input, locationNumber: location.number, context)
    return [
      "success": .bool(link.error == nil), "errors": link.error.map { .array([$0]) } ?? .null,
      "url": link.url.map(JSONValue.string) ?? .null,
    ]
  }

  /// Opens a flow when both URLs are absolute http(s), and answers its link;
  /// otherwise answers the SY81022 error naming the first bad URL.
  private mutating func openFlow(
    _ publisher: SynupPublisher, _ input: SynupInput, locationNumber: Int?, _ context: SynupLinkContext
  ) -> (url: String?, error: JSONValue?) {
    let successURL = input.string("successUrl") ?? ""
    let errorURL = input.string("errorUrl") ?? ""
    if let bad = [("successUrl", successURL), ("errorUrl", errorURL)].first(where: { !Self.isWebURL($0.1) }) {
      let error: JSONValue = [
        "code": "SY81022", "message": "Invalid Success or Error URL",
        "contextInfo": [["key": .string(bad.0), "value": .string(bad.1)]],
      ]
      return (nil, error)
    }
    let token = TenantToken.make(tenantNumber: context.tenantNumber, secret: mintUUID("connect-flow").text)
    connectFlows.open(
      SynupConnectFlow(
        token: token, publisher: publisher, successURL: successURL, errorURL: errorURL, createdAt: context.now,
        locationNumber: locationNumber))
    var url =
      "\(context.origin)/mock/synup/connect/\(publisher.pageSegment)?onboarding=false&platform=local&token=\(token)"
    if let locationNumber { url += "&location=\(locationNumber)" }
    return (url, nil)
  }

  /// `http://` or `https://`, a host, and no white space.
  private static func isWebURL(_ text: String) -> Bool {
    let lowered = text.lowercased()
    guard let scheme = ["http://", "https://"].first(where: lowered.hasPrefix) else { return false }
    let rest = text.dropFirst(scheme.count)
    let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
    return !host.isEmpty && !text.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 }
  }
}

extension SynupPublisher {
  /// The publisher a `site` names (GOOGLE | FACEBOOK), else shape 2 SY10056.
  static func named(_ site: String) throws(SynupFailure) -> SynupPublisher {
    guard let publisher = SynupPublisher(siteName: site) else {
      throw .resolver("SY10056: Site is not valid for the location disconnection")
    }
    return publisher
  }
}
