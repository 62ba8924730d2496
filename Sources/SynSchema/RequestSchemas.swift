import SynCatalog
import SynJSON

/// The request side of an operation, from its catalog fields: path and query
/// parameters, and the JSON body (inside Synup's `{"input": ...}` wrapper).
enum RequestSchemas {
  typealias S = JSONSchema

  static func parameters(of operation: Operation) -> [JSONValue] {
    var parameters: [JSONValue] = []
    for name in operation.pathParameters {
      var schema = JSONObject([.init(key: "type", value: "string"), .init(key: "minLength", value: 1)])
      if let values = operation.pathParameterValues[name] {
        schema["enum"] = .array(values.map(JSONValue.string))
      }
      parameters.append(["name": .string(name), "in": "path", "required": true, "schema": .object(schema)])
    }
    let queryFields = operation.body == .none ? operation.fields : operation.queryFields
    for field in queryFields {
      parameters.append([
        "name": .string(field.name), "in": "query", "required": .bool(field.isRequired),
        "description": .string(describe(field)), "schema": queryValue(field),
      ])
    }
    return parameters
  }

  /// The `requestBody` of an operation that takes one.
  static func body(of operation: Operation) -> JSONValue? {
    guard operation.body != .none else { return nil }
    let fields = JSONObject(operation.fields.map { .init(key: $0.name, value: bodyValue($0)) })
    var object = JSONObject([.init(key: "type", value: "object"), .init(key: "properties", value: .object(fields))])
    let required = operation.fields.filter(\.isRequired).map { JSONValue.string($0.name) }
    if !required.isEmpty { object["required"] = .array(required) }
    let schema: JSONValue
    if case .wrapped(let key) = operation.body {
      schema = S.object([(key, .object(object))])
    } else {
      schema = .object(object)
    }
    return ["required": true, "content": ["application/json": ["schema": schema]]]
  }

  /// A query value: arrays travel as JSON text (Synup's `ids=["…"]`).
  private static func queryValue(_ field: Field) -> JSONValue {
    if case .array = field.type { return S.string }
    return bodyValue(field)
  }

  private static func bodyValue(_ field: Field) -> JSONValue {
    var schema = value(of: field.type)
    if !field.allowedValues.isEmpty {
      let values = JSONValue.array(field.allowedValues.map(JSONValue.string))
      if case .array = field.type {
        schema = S.array(["type": "string", "enum": values])
      } else {
        schema = ["type": "string", "enum": values]
      }
    }
    return field.isNullable ? S.nullable(schema) : schema
  }

  private static func value(of type: FieldType) -> JSONValue {
    switch type {
    case .string: S.string
    case .integer: S.integer
    case .number: S.number
    case .boolean: S.boolean
    case .object: S.anyObject
    case .array(let element): S.array(value(of: element))
    }
  }

  private static func describe(_ field: Field) -> String {
    field.constraints.isEmpty ? field.doc : "\(field.doc) (\(field.constraints))"
  }
}
