import SynCatalog
public import SynJSON

/// `/openapi.json`: an OpenAPI 3.1 document generated from the catalogs, the
/// single source of endpoints, with each operation's documented answers and
/// the bodies' schemas from `ResponseSchemas`, which `expect body conforms` reads too.
public enum OpenAPIDocument {
  /// The document as `syn serve` sends it: compact JSON.
  public static func bytes() -> [UInt8] {
    document().compactBytes
  }

  /// The document as a value.
  public static func document() -> JSONValue {
    var paths = JSONObject()
    for catalog in Catalog.all {
      for operation in catalog.operations {
        var item = paths[operation.path]?.objectValue ?? JSONObject()
        item[operation.method.lowercased()] = .object(describe(operation, of: catalog))
        paths[operation.path] = .object(item)
      }
    }
    return [
      "openapi": "3.1.0",
      "info": ["title": "syn simulator: Synposter and Synup", "version": "1"],
      "paths": .object(paths),
      "components": [
        "schemas": .object(ResponseSchemas.components),
        "securitySchemes": [
          "synposter": ["type": "apiKey", "in": "header", "name": "x-api-key"],
          "synup": ["type": "apiKey", "in": "header", "name": "Authorization"],
        ],
      ],
    ]
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
    object["responses"] = .object(ResponseSchemas.responses(for: operation))
    return object
  }
}
