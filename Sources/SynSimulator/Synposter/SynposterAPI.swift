import SynHTTP

/// The Synposter surface: routing, then authentication (spec 1.0: before
/// anything else), then the tenant's rate limit and faults, then the endpoint.
/// Browser routes carry no key: their tenant is the one that issued their token.
extension Simulator {
  func handleSynposter(_ request: HTTPRequest, segments: [Substring]) -> HTTPResponse {
    switch SynposterEndpoint.routes.lookup(method: request.method, segments: segments) {
    case .notFound:
      return journaled(APIError.notFound("No such endpoint: \(request.method) \(request.path)").response, for: request)
    case .methodNotAllowed(let allowed):
      return journaled(
        APIError.methodNotAllowed(method: request.method, path: request.path, allowed: allowed).response, for: request)
    case .found(.browser(let browser), let parameters, _):
      guard let token = browser.token(in: request, parameters: parameters), let tenant = tenant(forToken: token) else {
        return browser.unknownToken.response
      }
      return tenant.answer(request) { state in
        state.serveBrowser(browser, request, parameters: parameters, segments: segments)
      }
    case .found(.operation(let handler), let parameters, let auth):
      do throws(APIError) {
        guard let tenant = try synposterTenant(request, auth: auth) else {
          return try handler.answerWithoutKey(request)
        }
        return tenant.answer(request) { state in
          state.serveSynposter(request, segments: segments) { state throws(APIError) in
            try handler.answer(&state, request, parameters: parameters)
          }
        }
      } catch {
        return journaled(error.response, for: request)
      }
    }
  }

  /// The tenant whose `x-api-key` the request carries; nil when the route
  /// takes an optional key and none was sent.
  private func synposterTenant(_ request: HTTPRequest, auth: AuthRequirement) throws(APIError) -> Tenant? {
    guard let key = request.synposterKey else {
      if case .required = auth { throw .missingSynposterKey }
      return nil
    }
    guard let entry = tenantEntry(forKey: key), entry.kind == .synposter else {
      throw .unauthorized("Invalid API key")
    }
    return entry.tenant
  }
}

extension APIError {
  static let missingSynposterKey = APIError.unauthorized("Missing API key: send it in the x-api-key header")
}

extension TenantState {
  /// Answers an authenticated Synposter request; with a rate limit on, every
  /// answer carries the `X-RateLimit-*` headers.
  mutating func serveSynposter(
    _ request: HTTPRequest, segments: [Substring], _ answer: (inout TenantState) throws(APIError) -> HTTPResponse
  ) -> HTTPResponse {
    let limitHeaders: HTTPHeaders?
    do throws(APIError) {
      limitHeaders = try rateLimiter?.admit(at: now)
    } catch {
      return error.response
    }
    var response = answerUnlessFaulted(request, segments: segments, answer)
    for field in limitHeaders ?? HTTPHeaders() { response.headers.add(field.name, field.value) }
    return response
  }

  /// Answers a browser or upload request of this tenant (no rate limit: no key).
  mutating func serveBrowser(
    _ endpoint: SynposterEndpoint.BrowserEndpoint, _ request: HTTPRequest, parameters: [Substring],
    segments: [Substring]
  ) -> HTTPResponse {
    answerUnlessFaulted(request, segments: segments) { state throws(APIError) in
      switch endpoint {
      case .authorize: try state.mockAuthorize(parameters[0], request)
      case .callback: try state.connectCallback(parameters[0], request)
      case .upload: try state.receiveUpload(parameters[0], request)
      case .media: try state.servePublicMedia(parameters[0], parameters[1])
      }
    }
  }

  /// An injected fault's answer when one matches, before any state changes; `answer`'s otherwise.
  private mutating func answerUnlessFaulted(
    _ request: HTTPRequest, segments: [Substring], _ answer: (inout TenantState) throws(APIError) -> HTTPResponse
  ) -> HTTPResponse {
    if let status = faults.fire(method: request.method, segments: segments) {
      return APIError.simulatedFault(status: status).response
    }
    do throws(APIError) {
      return try answer(&self)
    } catch {
      return error.response
    }
  }

  /// Runs `create` under the request's `Idempotency-Key`, if it has one:
  /// replays a remembered answer, or remembers a successful new one.
  fileprivate mutating func idempotent(
    _ request: HTTPRequest, _ create: (inout TenantState) throws(APIError) -> HTTPResponse
  ) throws(APIError) -> HTTPResponse {
    guard let key = request.headers["Idempotency-Key"] else { return try create(&self) }
    guard (1...IdempotencyStore.maximumKeyLength).contains(key.count) else {
      throw .validation(
        field: "Idempotency-Key", "Idempotency-Key must be 1 to \(IdempotencyStore.maximumKeyLength) characters long")
    }
    if let replay = try idempotency.replay(key: key, for: request, at: now) { return replay }
    let response = try create(&self)
    if (200..<300).contains(response.status) {
      idempotency.remember(key: key, request: request, response: response, at: now)
    }
    return response
  }
}

extension SynposterHandler {
  /// The answer to a request of this tenant's key.
  fileprivate func answer(_ state: inout TenantState, _ request: HTTPRequest, parameters: [Substring])
    throws(APIError) -> HTTPResponse
  {
    switch self {
    case .stateless(let answer): answer(request)
    case .account(let answer): try answer(&state, request, parameters)
    case .idempotentCreate(let create):
      try state.idempotent(request) { state throws(APIError) in try create(&state, request) }
    }
  }

  /// The answer to a request without a key, which only a route whose key is optional lets through.
  fileprivate func answerWithoutKey(_ request: HTTPRequest) throws(APIError) -> HTTPResponse {
    guard case .stateless(let answer) = self else { throw .missingSynposterKey }
    return answer(request)
  }
}

extension SynposterEndpoint.BrowserEndpoint {
  /// The token naming the request's tenant: the `state` of OAuth pages, the last segment of upload URLs.
  func token(in request: HTTPRequest, parameters: [Substring]) -> Substring? {
    switch self {
    case .authorize, .callback: request.query.value(named: "state").map { Substring($0) }
    case .upload: parameters.last
    case .media: parameters.first
    }
  }

  /// The answer when no tenant issued the token.
  var unknownToken: APIError {
    switch self {
    case .authorize, .callback: .invalidState
    case .upload: .notFound("No upload is pending at this URL, or it has expired")
    case .media: .notFound("No uploaded file at this URL")
    }
  }
}
