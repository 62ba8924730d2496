import SynCatalog
import SynJSON

/// `/openapi.json`: an OpenAPI 3.1 document generated from the catalogs, the
/// single source of endpoints, with each operation's documented answers
/// (`SynposterResponses`, `SynupResponses`) and the bodies' schemas.
enum OpenAPIDocument {
  static func bytes() -> [UInt8] {
    document().compactBytes
  }

  static func document() -> JSONValue {
    var paths = JSONObject()
    for catalog in Catalog.all {
      for operation in catalog.operations {
        var item = paths[operation.path]?.objectValue ?? JSONObject()
        item[operation.method.lowercased()] = .object(describe(operation, of: catalog))
        paths[operation.path] = .object(item)
      }
    }
    let schemas = SynposterSchemas.components + SynupSchemas.components
    return [
      "openapi": "3.1.0",
      "info": ["title": "syn simulator: Synposter and Synup", "version": "1"],
      "paths": .object(paths),
      "components": [
        "schemas": .object(JSONObject(schemas.map { .init(key: $0.0, value: $0.1) })),
        "securitySchemes": [
          "synposter": ["type": "apiKey", "in": "header", "name": "x-api-key"],
          "synup": ["type": "apiKey", "in": "header", "name": "Authorization"],
        ],
      ],
    ]
  }

  /// The answers `operation` documents.
  static func responses(for operation: Operation) -> JSONObject {
    switch operation.id {
    case .synposter(let id): SynposterResponses.responses(for: operation, id)
    case .synup(let id): SynupResponses.responses(for: operation, id)
    }
  }

  /// The API's key; where the key is optional, also none (`{}`): a key is checked only when sent.
  private static func security(of operation: Operation, in catalog: Catalog) -> [JSONValue] {
    let key = JSONValue.object(JSONObject([.init(key: catalog.api.rawValue, value: [])]))
    switch operation.key {
    case .required: return [key]
    case .optional: return [[:], key]
    }
  }

  private static func describe(_ operation: Operation, of catalog: Catalog) -> JSONObject {
    var object = JSONObject([
      .init(key: "operationId", value: .string("\(catalog.api.rawValue)_\(operation.verb)_\(operation.noun)")),
      .init(key: "summary", value: .string(operation.doc)),
      .init(key: "security", value: .array(security(of: operation, in: catalog))),
      .init(key: "parameters", value: .array(RequestSchemas.parameters(of: operation))),
    ])
    if let body = RequestSchemas.body(of: operation) {
      object["requestBody"] = body
    }
    object["responses"] = .object(responses(for: operation))
    return object
  }
}
