public import SynCatalog
public import SynJSON

/// What an operation declares it answers with a status: a JSON body of a schema, or no body.
public enum DeclaredBody: Sendable, Equatable {
  case json(schema: JSONValue)
  case empty
}

/// The documented answers of every catalog operation: the one source of both
/// `/openapi.json`'s `responses` and `components`, and `expect body conforms`.
public enum ResponseSchemas {
  /// `components.schemas` of `/openapi.json`, where the answers' `$ref`s point.
  public static let components = JSONObject(
    (SynposterSchemas.components + SynupSchemas.components).map { .init(key: $0.0, value: $0.1) })

  /// The `responses` object of `operation`, keyed by status.
  public static func responses(for operation: Operation) -> JSONObject {
    switch operation.id {
    case .synposter(let id): SynposterResponses.responses(for: operation, id)
    case .synup(let id): SynupResponses.responses(for: operation, id)
    }
  }

  /// What `operation` declares for `status`; nil when it declares nothing for it.
  public static func declared(for operation: Operation, status: Int) -> DeclaredBody? {
    guard let response = responses(for: operation)[String(status)] else { return nil }
    guard let schema = response["content"]?["application/json"]?["schema"] else { return .empty }
    return .json(schema: schema)
  }
}
