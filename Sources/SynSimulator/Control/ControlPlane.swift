import SynHTTP
import SynJSON

/// The `/_sim/...` control plane: what `mock` statements do, over the same
/// HTTP-shaped entry point as the APIs, so it works on `syn serve` too.
/// Every route but `POST /_sim/tenants` acts on the tenant of the request's
/// key, given either way (`x-api-key` or `Authorization: API <key>`).
extension Simulator {
  func handleControl(_ request: HTTPRequest, segments: [Substring]) -> HTTPResponse {
    do throws(APIError) {
      switch ControlEndpoint.routes.lookup(method: request.method, segments: segments) {
      case .notFound:
        throw .notFound("No simulator control route \(request.method) \(request.path)")
      case .methodNotAllowed(let allowed):
        throw .methodNotAllowed(method: request.method, path: request.path, allowed: allowed)
      case .found(.createTenant, _, _):
        return try signUp(request)
      case .found(.tenant(let control), _, _):
        let tenant = try keyHolder(of: request)
        let fields =
          request.method == "GET"
          ? RequestFields(query: request.query) : RequestFields(try RequestBody.optionalObject(request.body))
        return .json(200, try control.perform(fields, on: tenant))
      case .found(.synupWebhook, _, _):
        let tenant = try keyHolder(of: request)
        let fields = RequestFields(try RequestBody.optionalObject(request.body))
        let isSent = sendsWebhooks
        if isSent { noteWebhookWorkPossible() }
        return .json(
          200,
          try tenant.withState { state throws(APIError) in try state.synup.outbox.register(fields, isSent: isSent) })
      case .found(.requests, _, _):
        let tenant = try keyHolder(of: request)
        let query = try JournalQuery(request.query)
        // Chosen under the journal's lock, rendered after it: a long read does not hold up requests.
        let chosen = tenant.withJournal { query.entries(in: $0) }
        return .json(200, ["requests": .array(chosen.map(\.json))])
      case .found(.clearRequests, _, _):
        let cleared = try keyHolder(of: request).withJournal { $0.clear() }
        return .json(200, ["cleared": .int(cleared)])
      case .found(.snapshot, _, _):
        _ = try keyHolder(of: request)
        return try snapshot()
      case .found(.saveTenant, _, _):
        let tenant = try keyHolder(of: request)
        return HTTPResponse(
          status: 200, headers: HTTPHeaders([("Content-Type", "application/json")]), body: tenant.savedState())
      case .found(.loadTenant, _, _):
        let tenant = try keyHolder(of: request)
        noteWebhookWorkPossible()
        do {
          try tenant.restoreState(from: request.body)
        } catch {
          throw .validation(field: nil, "Not a saved tenant state: \(error.message)")
        }
        return .json(200, tenant.withState { $0.snapshot(tenantID: tenant.id) })
      }
    } catch {
      var refusal = error.response
      if !error.isTheAPIsAnswer { refusal.headers.add(ControlRoute.refusalHeader, "true") }
      return refusal
    }
  }

  /// The tenant whose key the request carries.
  private func keyHolder(of request: HTTPRequest) throws(APIError) -> Tenant {
    guard let key = request.synposterKey ?? request.synupKey, let tenant = tenantEntry(forKey: key)?.tenant else {
      throw .unauthorized("Control routes need the tenant's key in x-api-key or Authorization: API <key>")
    }
    return tenant
  }

  /// POST /_sim/snapshot: every tenant written to the state file; 409 when there is none.
  private func snapshot() throws(APIError) -> HTTPResponse {
    let summary: SaveSummary?
    do {
      summary = try saveState()
    } catch {
      throw APIError(status: 500, code: "snapshot_failed", message: "The state was not saved: \(error.message)")
    }
    guard let summary else {
      throw APIError(
        status: 409, code: "no_state_file",
        message: "This simulator keeps no state file: start syn serve with --state FILE")
    }
    return .json(
      200, ["path": .string(summary.path), "bytes": .int(summary.bytes), "tenants": .int(summary.tenants)])
  }

  /// POST /_sim/tenants `{"plan"?}`: 201 with the new tenant's keys.
  private func signUp(_ request: HTTPRequest) throws(APIError) -> HTTPResponse {
    let fields = RequestFields(try RequestBody.optionalObject(request.body))
    let tenant = createTenant(plan: try fields.plan("plan") ?? .starter)
    let now = tenant.withState { $0.now }
    let answer = NewTenant(
      tenantID: tenant.id, synposterKey: tenant.keys.synposter, synupKey: tenant.keys.synup,
      plan: tenant.initialPlan.rawValue, now: now.iso8601)
    return .json(201, answer.json)
  }
}
