import SynHTTP
import SynJSON

/// The Synup surface (`/api/v4/...`): routing (unknown routes are 404), then
/// authentication (`Authorization: API <key>` with the tenant's Synup key,
/// else 401), then the tenant's injected faults, then the route.
extension Simulator {
  func handleSynup(_ request: HTTPRequest, segments: [Substring]) -> HTTPResponse {
    guard
      case .found(let endpoint, let parameters, _) = SynupEndpoint.routes.lookup(
        method: request.method, segments: segments)
    else { return journaled(SynupResponse.notFound, for: request) }
    guard let key = request.synupKey, let entry = tenantEntry(forKey: key), entry.kind == .synup else {
      return journaled(SynupResponse.invalidToken(field: endpoint.field), for: request)
    }
    return entry.tenant.answer(request) { state in
      if let status = state.faults.fire(method: request.method, segments: segments) {
        return SynupResponse.simulatedFault(status: status)
      }
      // Clients percent-encode path segments (base64's `=` as `%3D`): handlers read them decoded.
      let decoded = parameters.map { segment in PercentEncoding.decode(segment).map { Substring($0) } ?? segment }
      return state.serveSynup(endpoint, request, parameters: decoded)
    }
  }
}

extension TenantState {
  /// Answers an authenticated Synup request from the tenant's Synup account.
  mutating func serveSynup(_ endpoint: SynupEndpoint, _ request: HTTPRequest, parameters: [Substring])
    -> HTTPResponse
  {
    let now = now
    switch endpoint {
    case .operation(.query(let read), let field):
      let context = SynupReadContext(now: now)
      return SynupResponse.answer(field) { () throws(SynupFailure) in
        try read(synup, SynupQueryParameters(request.query), parameters, context)
      }
    case .operation(.multiMemberQuery(let read), let field):
      let context = SynupReadContext(now: now)
      do {
        return .json(200, ["data": .object(try read(synup, SynupQueryParameters(request.query), parameters, context))])
      } catch {
        return error.response(field: field)
      }
    case .operation(.payloadMutation(let inputType, let payload, let perform), let field):
      return SynupResponse.answer(field) { () throws(SynupFailure) in
        let input = try inputType.read(body: request.body)
        let outcome = try perform(&synup, input, now)
        return payload.payload(outcome, clientMutationId: input.clientMutationId)
      }
    case .operation(.bulkMutation(let inputType, let perform), let field):
      return SynupResponse.answer(field) { () throws(SynupFailure) in
        try perform(&synup, inputType.read(body: request.body), now)
      }
    case .operation(.bareMutation(let perform), let field):
      return SynupResponse.answer(field) { () throws(SynupFailure) in
        try perform(&synup, SynupBareBody(request), parameters, now)
      }
    case .operation(.linkMutation(let inputType, let perform), let field):
      let context = SynupLinkContext(origin: MockURLs(for: request).origin, tenantNumber: number, now: now)
      do throws(SynupFailure) {
        return .json(200, ["data": try perform(&synup, inputType.read(body: request.body), context)])
      } catch {
        return error.response(field: field)
      }
    case .notSimulated:
      return SynupResponse.notSimulated
    }
  }
}
