import SynCatalog
import SynJSON

/// `/openapi.json`: an OpenAPI 3.1 document generated from the catalogs, the
/// single source of endpoints. Response bodies are described as JSON without
/// a schema of their own yet.
enum OpenAPIDocument {
  static func bytes() -> [UInt8] {
    document().compactBytes
  }

  static func document() -> JSONValue {
    var paths = JSONObject()
    for catalog in Catalog.all {
      for operation in catalog.operations {
        let template = operation.path.split(separator: "?").first.map(String.init) ?? operation.path
        var item = paths[template]?.objectValue ?? JSONObject()
        item[operation.method.lowercased()] = .object(describe(operation, of: catalog))
        paths[template] = .object(item)
      }
    }
    return [
      "openapi": "3.1.0",
      "info": ["title": "syn simulator: Synposter and Synup", "version": "1"],
      "paths": .object(paths),
      "components": [
        "securitySchemes": [
          "synposter": ["type": "apiKey", "in": "header", "name": "x-api-key"],
          "synup": ["type": "apiKey", "in": "header", "name": "Authorization"],
        ]
      ],
    ]
  }

  private static func describe(_ operation: Operation, of catalog: Catalog) -> JSONObject {
    var parameters: [JSONValue] = []
    for name in pathParameters(in: operation.path) {
      var schema = JSONObject([.init(key: "type", value: "string")])
      if let values = operation.pathParameterValues[name] {
        schema["enum"] = .array(values.map { .string($0) })
      }
      parameters.append(["name": .string(name), "in": "path", "required": true, "schema": .object(schema)])
    }
    let json: JSONValue = ["application/json": ["schema": [:]]]
    var result = JSONValue.object(JSONObject())
    result = [
      "operationId": .string("\(catalog.api.rawValue)_\(operation.verb)_\(operation.noun)"),
      "summary": .string(operation.doc),
      "security": [.object(JSONObject([.init(key: catalog.api.rawValue, value: [])]))],
      "parameters": .array(parameters),
      "responses": [
        String(operation.successStatus): ["description": "success", "content": json],
        "default": ["description": "an error", "content": json],
      ],
    ]
    var object = result.objectValue ?? JSONObject()
    if operation.body != .none {
      object["requestBody"] = ["content": ["application/json": ["schema": ["type": "object"]]]]
    }
    return object
  }

  private static func pathParameters(in path: String) -> [String] {
    path.split(separator: "/").compactMap { segment in
      segment.hasPrefix("{") && segment.hasSuffix("}") ? String(segment.dropFirst().dropLast()) : nil
    }
  }
}
