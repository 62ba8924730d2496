import SynJSON

/// JSON Schema (the 2020-12 dialect OpenAPI 3.1 uses), written as Swift:
/// the response and request shapes of `/openapi.json`.
enum JSONSchema {
  static let string: JSONValue = ["type": "string"]
  static let integer: JSONValue = ["type": "integer"]
  static let number: JSONValue = ["type": "number"]
  static let boolean: JSONValue = ["type": "boolean"]
  static let null: JSONValue = ["type": "null"]
  /// Any JSON value.
  static let any: JSONValue = [:]
  /// An object whose members are not described.
  static let anyObject: JSONValue = ["type": "object"]
  /// A lowercase UUID, as Synposter's and Synup's ids are.
  static let uuid: JSONValue = ["type": "string", "format": "uuid"]
  /// An ISO 8601 UTC time with `Z` (Synposter's timestamps).
  static let dateTime: JSONValue = ["type": "string", "format": "date-time"]

  static func ref(_ component: String) -> JSONValue {
    ["$ref": .string("#/components/schemas/\(component)")]
  }

  static func array(_ items: JSONValue) -> JSONValue {
    ["type": "array", "items": items]
  }

  static func enumeration(_ values: [String]) -> JSONValue {
    ["type": "string", "enum": .array(values.map(JSONValue.string))]
  }

  static func constant(_ value: String) -> JSONValue {
    ["const": .string(value)]
  }

  /// `schema` or `null`: `"type": [T, "null"]` for a plain type, `anyOf` otherwise.
  static func nullable(_ schema: JSONValue) -> JSONValue {
    if let object = schema.objectValue, object.count == 1, let type = object["type"]?.stringValue {
      return ["type": [.string(type), "null"]]
    }
    return ["anyOf": [schema, null]]
  }

  static func anyOf(_ schemas: [JSONValue]) -> JSONValue {
    ["anyOf": .array(schemas)]
  }

  /// An object with exactly these members: every one required unless named in
  /// `optional`, no others unless `open` (error bodies carry context members).
  static func object(_ properties: [(String, JSONValue)], optional: Set<String> = [], open: Bool = false)
    -> JSONValue
  {
    var schema = JSONObject([.init(key: "type", value: "object")])
    schema["properties"] = .object(JSONObject(properties.map { .init(key: $0.0, value: $0.1) }))
    let required = properties.map(\.0).filter { !optional.contains($0) }
    if !required.isEmpty {
      schema["required"] = .array(required.map(JSONValue.string))
    }
    if !open {
      schema["additionalProperties"] = false
    }
    return .object(schema)
  }
}
