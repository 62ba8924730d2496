import SynJSON

/// What the end user decides on a Synup connect flow (synup-sections.md
/// 5.6): `mock authorize` items or the mock page's query.
struct SynupConnectDecision: Sendable {
  static let maximumExtraListings = 100

  var approves: Bool
  /// The login's email; nil lets G6 name it.
  var email: String?
  var extraListings: Int

  /// Reads `decision` (approve|deny), `email` and `extraListings` (0 to 100).
  init(_ fields: RequestFields) throws(APIError) {
    switch try fields.string("decision") ?? "approve" {
    case "approve": approves = true
    case "deny": approves = false
    case let other: throw .validation(field: "decision", "decision must be approve or deny, not \"\(other)\"")
    }
    email = try fields.string("email")
    if email?.isEmpty == true { throw .validation(field: "email", "email must not be empty") }
    let range = 0...Self.maximumExtraListings
    if let text = fields.value("extraListings")?.stringValue {
      // The mock page's query carries it as text.
      guard let count = Int(text), range.contains(count) else {
        throw .validation(field: "extraListings", "extraListings must be \(range.integerRequirement), not \(text)")
      }
      extraListings = count
    } else {
      extraListings = try fields.integer("extraListings", in: range) ?? 0
    }
  }
}

/// How a decided flow ends: `mock authorize`'s answer and the page's redirect.
struct SynupConnectOutcome: Sendable {
  let json: JSONValue
  let redirect: String
}

extension SynupAccount {
  /// Ends `flow` as the end user decided at `now`. Approval connects (or
  /// reuses) the account, brings its listings and runs matching at once (G6);
  /// an oauth_connect_url flow then connects its location to its mirror.
  mutating func decide(_ flow: SynupConnectFlow, _ decision: SynupConnectDecision, at now: Timestamp)
    -> SynupConnectOutcome
  {
    connectFlows.close(flow.token)
    guard decision.approves else {
      let redirect = Self.appending("error=access_denied", to: flow.errorURL)
      return SynupConnectOutcome(json: ["error": "access_denied", "redirect": .string(redirect)], redirect: redirect)
    }
    let account = approvedAccount(flow.publisher, email: decision.email, extraListings: decision.extraListings, at: now)
    if let number = flow.locationNumber,
      let mirror = account.listings.last(where: { $0.mirroredLocationNumber == number })
    {
      disconnect(locationNumber: number, from: flow.publisher, at: now)
      connect(locationNumber: number, to: mirror.id, of: account, at: now)
    }
    let redirect = Self.appending("connectedAccountId=\(account.id.text)", to: flow.successURL)
    let json: JSONValue = [
      "connectedAccountId": .string(account.id.text), "connectedAccountType": .string(flow.publisher.accountType),
      "email": .string(account.email), "redirect": .string(redirect),
    ]
    return SynupConnectOutcome(json: json, redirect: redirect)
  }

  /// The account of `publisher` with `email` (a new one when none has it, or
  /// no email was given), holding a mirror of every live location and
  /// `extraListings` unclaimed listings more, its match run completed.
  private mutating func approvedAccount(
    _ publisher: SynupPublisher, email: String?, extraListings: Int, at now: Timestamp
  ) -> SynupConnectedAccount {
    var account: SynupConnectedAccount
    if let email, let existing = connectedAccounts.account(of: publisher, email: email) {
      account = existing
    } else {
      let n = mintNumber("\(publisher.rawValue)-account")
      account = SynupConnectedAccount(
        id: mintUUID("connected-account"), publisher: publisher,
        email: email ?? "\(publisher.rawValue)-owner-\(n)@example.com",
        connectedAt: now, lastFetchMatchesRequestedAt: now, matchStatus: .completed, matchDueAt: nil)
      connectedAccounts.insert(account)
    }
    let mirrored = Set(account.listings.compactMap(\.mirroredLocationNumber))
    for location in locations.all
    where location.createdAt <= now && location.status(at: now) != .archived && !mirrored.contains(location.number) {
      account.listings.append(mirrorListing(of: location, on: publisher))
    }
    let unclaimed = account.listings.count { $0.mirroredLocationNumber == nil }
    for k in stride(from: unclaimed + 1, through: unclaimed + extraListings, by: 1) {
      account.listings.append(unclaimedListing(k, on: publisher))
    }
    account.lastFetchMatchesRequestedAt = now
    let listings = account.listings
    connectedAccounts.update(account.id) { $0.listings = listings }
    completeMatchRun(of: account.id, at: now)
    return connectedAccounts.account(account.id) ?? account
  }

  /// `url` with `parameter` added to its query.
  private static func appending(_ parameter: String, to url: String) -> String {
    url + (url.contains("?") ? "&" : "?") + parameter
  }
}
