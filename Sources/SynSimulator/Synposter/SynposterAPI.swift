import SynHTTP

/// The Synposter surface: routing, then authentication (spec 1.0: before
/// anything else), then the tenant's rate limit and faults, then the endpoint.
extension Simulator {
  func handleSynposter(_ request: HTTPRequest, segments: [Substring]) -> HTTPResponse {
    switch SynposterEndpoint.routes.lookup(method: request.method, segments: segments) {
    case .notFound:
      return APIError.notFound("No such endpoint: \(request.method) \(request.path)").response
    case .methodNotAllowed(let allowed):
      return APIError.methodNotAllowed(method: request.method, path: request.path, allowed: allowed).response
    case .found(let endpoint, let parameters, let auth):
      let tenant: Tenant?
      do throws(APIError) {
        tenant = try synposterTenant(request, auth: auth)
      } catch {
        return error.response
      }
      guard let tenant else {
        guard case .stateless(let stateless) = endpoint else { return APIError.missingSynposterKey.response }
        return stateless.answer(request)
      }
      return tenant.withState { state in
        state.serveSynposter(endpoint, request, parameters: parameters, segments: segments)
      }
    }
  }

  /// The tenant whose `x-api-key` the request carries; nil when the route
  /// needs none and none (or, for `.none` routes, anything) was sent.
  private func synposterTenant(_ request: HTTPRequest, auth: AuthRequirement) throws(APIError) -> Tenant? {
    if case .none = auth { return nil }
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
    _ endpoint: SynposterEndpoint, _ request: HTTPRequest, parameters: [Substring], segments: [Substring]
  ) -> HTTPResponse {
    let limitHeaders: HTTPHeaders?
    do throws(APIError) {
      limitHeaders = try rateLimiter?.admit(at: now)
    } catch {
      return error.response
    }
    var response: HTTPResponse
    if let status = faults.fire(method: request.method, segments: segments) {
      response = APIError.simulatedFault(status: status).response
    } else {
      do throws(APIError) {
        response = try answer(endpoint, request, parameters: parameters)
      } catch {
        response = error.response
      }
    }
    for field in limitHeaders ?? HTTPHeaders() { response.headers.add(field.name, field.value) }
    return response
  }

  private mutating func answer(
    _ endpoint: SynposterEndpoint, _ request: HTTPRequest, parameters: [Substring]
  ) throws(APIError) -> HTTPResponse {
    switch endpoint {
    case .stateless(let stateless): return stateless.answer(request)
    case .account(.usage): return usage()
    case .account(.listProfiles): return try listProfiles(request)
    case .account(.createProfile):
      return try idempotent(request) { state throws(APIError) in try state.createProfile(request) }
    case .account(.getProfile): return try getProfile(parameters[0])
    case .account(.updateProfile): return try updateProfile(parameters[0], request)
    case .account(.deleteProfile): return try deleteProfile(parameters[0])
    }
  }

  /// Runs `create` under the request's `Idempotency-Key`, if it has one:
  /// replays a remembered answer, or remembers a successful new one.
  private mutating func idempotent(
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

extension SynposterEndpoint.StatelessEndpoint {
  func answer(_ request: HTTPRequest) -> HTTPResponse {
    switch self {
    case .health: .json(200, ["status": "ok"])
    case .notSimulated: APIError.notImplemented(method: request.method, path: request.path).response
    }
  }
}
