import SynCatalog
import SynHTTP
import SynJSON
import SynSchema
import SynSimulator
import SynTestSupport
import Testing

/// Calls the in-process simulator by operation name, checks every answer
/// against the schema `/openapi.json` declares for its status with the check
/// of `expect body conforms`, and records which operations and statuses were seen.
final class ConformanceClient {
  let simulator = Simulator()
  let synposterKey: String
  let synupKey: String
  /// `synposter create profile 201`, ...
  private(set) var seen: Set<String> = []

  init() throws {
    let tenant = try NewTenant(signingUpOn: simulator)
    synposterKey = tenant.synposterKey
    synupKey = tenant.synupKey
  }

  /// Sends `verb noun` of `api` to `path` (the template's placeholders filled)
  /// and returns the answer's JSON (null when it has no body).
  @discardableResult
  func call(
    _ api: APIName, _ name: String, path: String? = nil, query: [(String, String)] = [], body: JSONValue? = nil,
    headers: [(String, String)]? = nil, sourceLocation: SourceLocation = #_sourceLocation
  ) -> JSONValue {
    guard let operation = Catalog.named(api).operations.first(where: { $0.name == name }) else {
      Issue.record("no operation \(api) \(name)", sourceLocation: sourceLocation)
      return .null
    }
    let auth = api == .synposter ? ("x-api-key", synposterKey) : ("Authorization", "API \(synupKey)")
    let request = HTTPRequest(
      method: operation.method, path: path ?? operation.path, query: query.map { QueryItem(name: $0.0, value: $0.1) },
      headers: HTTPHeaders((headers ?? [auth]) + (body == nil ? [] : [("Content-Type", "application/json")])),
      body: body?.compactBytes ?? [])
    let response = simulator.handle(request)
    seen.insert("\(api) \(name) \(response.status)")
    let answer = response.body.isEmpty ? JSONValue.null : (try? JSONValue(parsing: response.body)) ?? .null
    let routed = Catalog.named(api).operation(method: request.method, path: request.path)
    #expect(
      routed?.id == operation.id, "\(request.path) is routed to \(routed?.name ?? "nothing")",
      sourceLocation: sourceLocation)
    do {
      // The check of `expect body conforms`, against the schema /openapi.json serves for this status.
      let violations = try ResponseConformance.violations(
        of: response.body, status: response.status, answering: operation)
      #expect(
        violations.isEmpty, "\(name) \(response.status): \(violations.map(\.description).joined(separator: "\n"))",
        sourceLocation: sourceLocation)
    } catch {
      Issue.record("\(error)", sourceLocation: sourceLocation)
    }
    return answer
  }

  /// Calls a Synup `operation` with `x` for each path parameter and, if it takes a body, `{}`.
  @discardableResult
  func callWithPlaceholders(_ operation: Operation) -> JSONValue {
    call(
      .synup, operation.name, path: operation.path.replacing(/\{[^}]*\}/, with: "x"),
      body: operation.body == .none ? nil : [:])
  }

  /// Whether `/openapi.json` says the simulator answers `operation` 501, not simulated yet.
  func documentsNotSimulated(_ operation: Operation) -> Bool {
    ResponseSchemas.declared(for: operation, status: 501) != nil
  }

  /// A control-plane request of this client's tenant.
  @discardableResult
  func control(_ route: String, _ body: JSONValue) -> JSONValue {
    let response = simulator.handle(
      HTTPRequest(
        method: "POST", path: "/_sim/\(route)", headers: HTTPHeaders([("x-api-key", synposterKey)]),
        body: body.compactBytes))
    return (try? JSONValue(parsing: response.body)) ?? .null
  }
}
