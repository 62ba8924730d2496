public import SynJSON

/// Checks a JSON value against a schema in the part of JSON Schema 2020-12
/// that `/openapi.json` uses (`keywords`), and names the path of every
/// violation. A test keeps the document within `keywords`, so no keyword
/// of a served schema is silently skipped.
public struct SchemaValidator: Sendable {
  /// The keywords the validator checks.
  public static let keywords: Set<String> = [
    "type", "properties", "required", "additionalProperties", "items", "enum", "const", "anyOf", "$ref", "format",
    "minLength",
  ]

  /// The named schemas `$ref`s point to (`#/components/schemas/NAME`).
  public let components: JSONObject

  public init(components: JSONObject) {
    self.components = components
  }

  /// Every violation of `schema` by `value`, in document order; empty when it conforms.
  /// Where `anyOf` offers alternatives and none fits, the violations of the
  /// closest one (the fewest) are reported.
  public func violations(of value: JSONValue, against schema: JSONValue) -> [SchemaViolation] {
    violations(of: value, schema, at: .root)
  }

  private func violations(of value: JSONValue, _ schema: JSONValue, at path: JSONPath) -> [SchemaViolation] {
    guard let schema = schema.objectValue else {
      return [SchemaViolation(path: path, problem: "the schema is not an object: \(schema.compactText)")]
    }
    var found: [SchemaViolation] = []
    func add(expected: String) {
      found.append(
        SchemaViolation(path: path, problem: "expected \(expected), actual \(SchemaViolation.describe(value))"))
    }
    if let reference = schema["$ref"]?.stringValue {
      let prefix = "#/components/schemas/"
      guard reference.hasPrefix(prefix), let target = components[String(reference.dropFirst(prefix.count))] else {
        return [SchemaViolation(path: path, problem: "the schema's reference \(reference) does not resolve")]
      }
      found += violations(of: value, target, at: path)
    }
    if let types = schema["type"], !Self.value(value, hasOneOf: types) {
      add(expected: Self.typeNames(types).joined(separator: " or "))
    }
    if let allowed = schema["enum"]?.arrayValue, !allowed.contains(value) {
      add(expected: "one of \(JSONValue.array(allowed).compactText)")
    }
    if let constant = schema["const"], constant != value {
      add(expected: constant.compactText)
    }
    if let choices = schema["anyOf"]?.arrayValue {
      let outcomes = choices.map { violations(of: value, $0, at: path) }
      if !outcomes.contains(where: \.isEmpty) {
        found += outcomes.min { $0.count < $1.count } ?? []
      }
    }
    switch value {
    case .string(let text):
      if let format = schema["format"]?.stringValue, let problem = Self.formatProblem(text, format) {
        add(expected: problem)
      }
      if let minimum = schema["minLength"]?.numberValue?.intValue, text.unicodeScalars.count < minimum {
        add(expected: "at least \(minimum) characters")
      }
    case .array(let elements):
      if let elementSchema = schema["items"] {
        for (index, element) in elements.enumerated() {
          found += violations(of: element, elementSchema, at: path.appending(.index(index)))
        }
      }
    case .object(let object):
      found += memberViolations(of: object, schema, at: path)
    default:
      break
    }
    return found
  }

  /// `required`, `properties` and `additionalProperties`: missing members first, then each member in order.
  private func memberViolations(of object: JSONObject, _ schema: JSONObject, at path: JSONPath) -> [SchemaViolation] {
    var found: [SchemaViolation] = []
    for name in schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where object[name] == nil {
      found.append(SchemaViolation(path: path.appending(.key(name)), problem: "expected a value, actual missing"))
    }
    let properties = schema["properties"]?.objectValue ?? JSONObject()
    for member in object {
      let memberPath = path.appending(.key(member.key))
      if let property = properties[member.key] {
        found += violations(of: member.value, property, at: memberPath)
      } else if let extra = schema["additionalProperties"] {
        if extra == false {
          found.append(
            SchemaViolation(
              path: memberPath, problem: "not declared by the schema, actual \(SchemaViolation.describe(member.value))")
          )
        } else if extra != true {
          found += violations(of: member.value, extra, at: memberPath)
        }
      }
    }
    return found
  }

  private static func typeNames(_ types: JSONValue) -> [String] {
    types.arrayValue?.compactMap(\.stringValue) ?? [types.stringValue ?? types.compactText]
  }

  private static func value(_ value: JSONValue, hasOneOf types: JSONValue) -> Bool {
    typeNames(types).contains { name in
      switch (name, value) {
      case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array),
        ("object", .object):
        true
      case ("integer", .number(let number)): number.isInteger
      default: false
      }
    }
  }

  /// What a string in `format` should have been, or nil when it is one.
  private static func formatProblem(_ text: String, _ format: String) -> String? {
    switch format {
    case "uuid": StringFormat.isUUID(text) ? nil : "a uuid"
    case "date-time": StringFormat.isTimestamp(text) ? nil : "a date-time"
    default: "a string in the format \(format), which the validator does not know"
    }
  }
}
