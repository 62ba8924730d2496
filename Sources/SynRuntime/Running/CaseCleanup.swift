import SynCatalog
import SynHTTP
import SynJSON

extension Interpreter {
  /// Removes what the case's ledger holds, newest first, with the session's
  /// keys and backend. Not a statement: `$last` and expectations never see
  /// these requests, but `-v` prints them and the result lists each.
  func cleanUp() async -> [CleanupRecord] {
    guard let ledger = session.ledger else { return [] }
    var records: [CleanupRecord] = []
    for entry in ledger.remaining {
      records.append(await remove(entry))
    }
    return records
  }

  private func remove(_ entry: CleanupLedger.Entry) async -> CleanupRecord {
    let operation = entry.removal.operation
    let api = entry.removal.api
    var request = Self.request(removing: entry.id, as: entry.parameter, with: operation)
    let connection = session.connection
    connection.authorize(&request, for: api)
    var record = CleanupRecord(
      resource: entry.resource, id: entry.id, operation: operation.name, status: nil, outcome: .notDeleted)
    if connection.settings.verbose {
      output.write(ResponseFormatter.verbose(request), to: .error)
    }
    let start = ContinuousClock.now
    let response: HTTPResponse
    do {
      response = try await connection.send(request, api: api)
    } catch {
      record.reason = "\(request.method) \(request.path) failed: \(connection.explain(error, api: api))"
      return record
    }
    let exchange = Exchange(
      api: api, operation: operation, request: request, response: response,
      elapsedMilliseconds: (ContinuousClock.now - start).milliseconds)
    if connection.settings.verbose {
      output.write(ResponseFormatter.verbose(exchange), to: .error)
    }
    record.status = response.status
    if let refusal = Refusal(of: response, json: exchange.json) {
      record.outcome = response.status == 404 ? .alreadyGone : .notDeleted
      record.reason = refusal.reason
    } else {
      record.outcome = .deleted
    }
    return record
  }

  /// The removal's request: the id in its path, or in its body's field (a
  /// one-element list for a list field), inside Synup's `input` where it wraps.
  static func request(removing id: String, as parameter: String, with operation: Operation) -> HTTPRequest {
    guard !operation.pathParameters.contains(parameter) else {
      let path = operation.path.replacing("{\(parameter)}", with: PercentEncoding.encode(id))
      return HTTPRequest(method: operation.method, path: path)
    }
    let value: JSONValue =
      if case .array = operation.field(named: parameter)?.type { .array([.string(id)]) } else { .string(id) }
    var body = JSONObject([.init(key: parameter, value: value)])
    if case .wrapped(let key) = operation.body {
      body = JSONObject([.init(key: key, value: .object(body))])
    }
    return HTTPRequest(
      method: operation.method, path: operation.path, headers: HTTPHeaders([("Content-Type", "application/json")]),
      body: JSONValue.object(body).compactBytes)
  }
}
