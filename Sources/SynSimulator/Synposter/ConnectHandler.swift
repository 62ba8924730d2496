import SynHTTP
import SynJSON

/// The connect flow (spec 1.2 and section 3): `POST /v1/connect/{platform}`,
/// the mock platform's authorization page, the callback, and the control
/// plane's `POST /_sim/authorize`.
extension TenantState {
  /// POST /v1/connect/{platform}: 400 `unsupported_platform`, 400, then 404;
  /// opens a session and answers `{authUrl}`.
  mutating func startConnect(_ platformName: Substring, _ request: HTTPRequest) throws(APIError) -> HTTPResponse {
    let platform = try Platform(pathSegment: platformName)
    let fields = try ConnectFields(RequestBody.optionalObject(request.body))
    guard let profileId = fields.profileId ?? defaultProfileId else {
      throw .validation(field: "profileId", "profileId is required: the Default profile has been deleted")
    }
    guard profiles.profile(profileId) != nil else { throw .profileNotFound(Substring(profileId.text)) }
    let session = ConnectSession(
      state: newToken(), profileId: profileId, platform: platform, redirectUri: fields.redirectUri,
      developerState: fields.state, codeVerifier: ids.secret() + ids.secret(),
      expiresAt: now.adding(seconds: ConnectSession.lifetimeSeconds), grant: nil)
    connectSessions.open(session, at: now)
    return .json(200, ["authUrl": .string(MockURLs(for: request).authorize(session))])
  }

  /// GET /mock/oauth/{platform}/authorize: the end user decides (query
  /// `decision`, `handle`, `platformAccountId`), then 302 to the callback
  /// with `code` or `error=access_denied`.
  mutating func mockAuthorize(_ platformName: Substring, _ request: HTTPRequest) throws(APIError) -> HTTPResponse {
    let platform = try Platform(pathSegment: platformName)
    guard var session = connectSessions.pending(request.query.value(named: "state") ?? "", at: now),
      session.platform == platform
    else { throw .invalidState }
    let decision = try EndUserDecision(
      decision: request.query.value(named: "decision"), handle: request.query.value(named: "handle"),
      platformAccountId: request.query.value(named: "platformAccountId"))
    let parameters: [(name: String, value: String)]
    switch decision {
    case .approve(let user):
      let grant = MockGrant(
        code: "mock_" + ids.secret(), codeChallenge: request.query.value(named: "code_challenge"), user: user)
      session.grant = grant
      connectSessions.update(session)
      parameters = [("code", grant.code), ("state", session.state)]
    case .deny:
      parameters = [("error", "access_denied"), ("state", session.state)]
    }
    return .redirect(to: MockURLs(for: request).callback(platform) + "?" + PercentEncoding.query(parameters))
  }

  /// GET /v1/connect/{platform}/callback: ends the flow its `state` names.
  /// The code must be one the mock platform issued for this flow, with the
  /// PKCE challenge of the flow's verifier.
  mutating func connectCallback(_ platformName: Substring, _ request: HTTPRequest) throws(APIError) -> HTTPResponse {
    let platform = try Platform(pathSegment: platformName)
    let state = request.query.value(named: "state") ?? ""
    guard connectSessions.pending(state, at: now)?.platform == platform,
      let session = connectSessions.close(state, at: now)
    else { throw .invalidState }
    let outcome: ConnectResult.Outcome
    if let error = request.query.value(named: "error") {
      outcome = .failed(code: error == "access_denied" ? "access_denied" : "token_exchange_failed")
    } else if let grant = session.grant, request.query.value(named: "code") == grant.code,
      grant.codeChallenge == session.codeChallenge
    {
      outcome = connect(grant.user, for: session)
    } else {
      outcome = .failed(code: "token_exchange_failed")
    }
    return ConnectResult(session: session, outcome: outcome).response
  }

  /// POST /_sim/authorize: the end user decides on the latest pending flow,
  /// which ends as its callback would; answers the final redirect's parameters.
  /// With none pending, the latest flow expired or was used: the callback's own
  /// 400 `invalid_state`. Only a tenant that never started a flow is refused.
  mutating func authorizeLatestFlow(_ decision: EndUserDecision) throws(APIError) -> JSONValue {
    guard let latest = connectSessions.latestPending(at: now),
      let session = connectSessions.close(latest.state, at: now)
    else {
      guard connectSessions.hasStartedAFlow else {
        throw APIError(
          status: 409, code: "no_pending_flow",
          message: "No connect flow is pending: start one with POST /v1/connect/twitter")
      }
      var callbackAnswer = APIError.invalidState
      callbackAnswer.isTheAPIsAnswer = true
      throw callbackAnswer
    }
    let outcome: ConnectResult.Outcome
    switch decision {
    case .approve(let user): outcome = connect(user, for: session)
    case .deny: outcome = .failed(code: "access_denied")
    }
    return ConnectResult(session: session, outcome: outcome).json
  }

  /// The callback's upsert: a new account is created active; the same
  /// platform account on the same profile has its tokens rotated and keeps
  /// its id; on another profile it is `account_already_connected`.
  private mutating func connect(_ user: EndUser, for session: ConnectSession) -> ConnectResult.Outcome {
    guard var account = accounts.account(on: session.platform, platformAccountId: user.platformAccountId) else {
      return .connected(
        accounts.insert(id: newID(), profileId: session.profileId, platform: session.platform, user: user, at: now))
    }
    guard account.profileId == session.profileId else { return .failed(code: "account_already_connected") }
    account.handle = user.handle
    account.status = .active
    account.lastRefreshedAt = now
    accounts.replace(account)
    return .connected(account)
  }
}

extension APIError {
  static let invalidState = APIError(
    status: 400, code: "invalid_state",
    message: "Unknown, expired or already used state: start the connect flow again")
}
