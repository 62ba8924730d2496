import SynCatalog
import SynHTTP
import SynJSON

/// The resources a test case made and has not removed itself: every
/// successful create the catalog knows (`OperationID.createdResources`) adds
/// its new resources, and a successful removal of one takes it out. After the
/// case's `finally`, `CaseCleanup` removes what is left, newest first
/// (docs/live.md, "Cleanup after live tests").
final class CleanupLedger {
  struct Entry: Equatable {
    /// `profile`, `location`.
    var resource: String
    var id: String
    var removal: OperationID
    /// Where the removal takes the id: a path parameter or a field.
    var parameter: String
  }

  /// Oldest first.
  private(set) var entries: [Entry] = []

  /// What is left to remove, newest first.
  var remaining: [Entry] { entries.reversed() }

  /// Notes what `exchange` made or removed. A refused request (a 4xx or 5xx, or
  /// Synup's refusal at 200) changes nothing.
  func note(_ exchange: Exchange) {
    guard Refusal(of: exchange.response, json: exchange.json) == nil else { return }
    for resource in resources(madeBy: exchange) {
      guard let removal = resource.removal, let answer = exchange.json else { continue }
      for id in Self.ids(at: resource.idPath[...], in: answer) {
        let entry = Entry(resource: resource.name, id: id, removal: removal.operation, parameter: removal.parameter)
        // An idempotent replay or a second approval of the same account answers an id already held: made once.
        if !entries.contains(entry) {
          entries.append(entry)
        }
      }
    }
    guard let operation = operation(of: exchange) else { return }
    entries.removeAll { entry in
      entry.removal == operation.id
        && Self.ids(named: entry.parameter, in: exchange.request, of: operation).contains(entry.id)
    }
  }

  /// The catalog operation a request called: its statement's, or for a raw `send` the one its method and path reach.
  private func operation(of exchange: Exchange) -> Operation? {
    exchange.operation
      ?? Catalog.named(exchange.api).operation(method: exchange.request.method, path: exchange.request.path)
  }

  private func resources(madeBy exchange: Exchange) -> [CreatedResource] {
    if exchange.request.method == "POST", exchange.request.path == ControlRoute.authorize.path {
      return [.authorizedAccount]
    }
    return operation(of: exchange)?.id.createdResources ?? []
  }

  /// The strings at `path` in `value`, `*` going through every element of an array.
  static func ids(at path: ArraySlice<String>, in value: JSONValue) -> [String] {
    guard let key = path.first else { return value.stringValue.map { [$0] } ?? [] }
    if key == "*" {
      return (value.arrayValue ?? []).flatMap { ids(at: path.dropFirst(), in: $0) }
    }
    return value[key].map { ids(at: path.dropFirst(), in: $0) } ?? []
  }

  /// The values a removal request gives `parameter`: its path segment, or the
  /// field of its body (inside Synup's `input`), one string or an array of them.
  static func ids(named parameter: String, in request: HTTPRequest, of operation: Operation) -> [String] {
    if let index = operation.pathParameters.firstIndex(of: parameter) {
      let values = PathTemplate(operation.path).match(pathSegments(request.path)) ?? []
      return values.indices.contains(index) ? [PercentEncoding.decode(values[index]) ?? String(values[index])] : []
    }
    guard var body = try? JSONValue(parsing: request.body) else { return [] }
    if case .wrapped(let key) = operation.body {
      body = body[key] ?? .null
    }
    return body[parameter].map { ids(at: ["*"], in: .array($0.arrayValue ?? [$0])) } ?? []
  }
}
