import SynHTTP
import SynJSON

/// The end user's side of a Synup connect flow (synup-sections.md 5.6): the
/// browser page a connect link opens, and `mock authorize`.
extension Simulator {
  /// GET /mock/synup/connect/{google_oauth2|facebook}?token=…[&decision=deny][&email=…][&extraListings=N]
  /// (no key: the token names the tenant): decides the flow, then 302 to its redirect.
  func handleSynupConnectPage(_ request: HTTPRequest, segments: [Substring]) -> HTTPResponse {
    guard segments.count == 4, segments[2] == "connect", let publisher = SynupPublisher(pageSegment: segments[3]) else {
      return APIError.notFound("No such endpoint: \(request.method) \(request.path)").response
    }
    guard request.method == "GET" else {
      return APIError.methodNotAllowed(method: request.method, path: request.path, allowed: ["GET"]).response
    }
    let token = request.query.value(named: "token") ?? ""
    guard let tenant = tenant(forToken: token) else { return APIError.invalidState.response }
    return tenant.answer(request) { state in
      do throws(APIError) {
        let decision = try SynupConnectDecision(RequestFields(query: request.query))
        guard let flow = state.synup.connectFlows.pending(token, at: state.now), flow.publisher == publisher else {
          throw .invalidState
        }
        return .redirect(to: state.synup.decide(flow, decision, at: state.now).redirect)
      } catch {
        return error.response
      }
    }
  }
}

extension TenantState {
  /// `mock authorize`: the end user decides on the latest pending connect
  /// flow of either API. A Synup flow started at the same second as a
  /// Synposter one wins, as the clock cannot tell them apart.
  mutating func authorizeLatestFlow(synposter: EndUserDecision, synup decision: SynupConnectDecision)
    throws(APIError) -> JSONValue
  {
    let synposterStart = connectSessions.latestPending(at: now).map {
      $0.expiresAt.adding(seconds: -ConnectSession.lifetimeSeconds)
    }
    if let flow = synup.connectFlows.latestPending(at: now), synposterStart.map({ flow.createdAt >= $0 }) ?? true {
      return synup.decide(flow, decision, at: now).json
    }
    if synposterStart == nil, !connectSessions.hasStartedAFlow, synup.connectFlows.hasStartedAFlow {
      var linkAnswer = APIError.invalidState
      linkAnswer.isTheAPIsAnswer = true
      throw linkAnswer
    }
    return try authorizeLatestFlow(synposter)
  }
}
