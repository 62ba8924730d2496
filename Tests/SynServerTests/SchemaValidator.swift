import Foundation
import SynJSON

/// The part of JSON Schema 2020-12 that `/openapi.json` uses, to check real
/// answers against their declared schemas. `keywords` lists what it knows;
/// a test keeps the document within it, so no keyword is silently skipped.
struct SchemaValidator {
  static let keywords: Set<String> = [
    "type", "properties", "required", "additionalProperties", "items", "enum", "const", "anyOf", "$ref", "format",
    "minLength",
  ]

  /// `components.schemas` of the document, where `$ref`s point.
  let components: JSONObject

  /// What is wrong with `value`, one line per problem, each naming where (`$.data[0].id`).
  func problems(_ value: JSONValue, _ schema: JSONValue, at path: String = "$") -> [String] {
    guard let schema = schema.objectValue else { return ["\(path): the schema is not an object"] }
    var found: [String] = []
    if let reference = schema["$ref"]?.stringValue {
      let name = reference.replacingOccurrences(of: "#/components/schemas/", with: "")
      guard let target = components[name] else { return ["\(path): unresolved \(reference)"] }
      found += problems(value, target, at: path)
    }
    if let types = schema["type"], !matches(value, types) {
      found.append("\(path): \(value.compactText) is not of type \(types.compactText)")
    }
    if let allowed = schema["enum"]?.arrayValue, !allowed.contains(value) {
      found.append("\(path): \(value.compactText) is not one of \(JSONValue.array(allowed).compactText)")
    }
    if let constant = schema["const"], constant != value {
      found.append("\(path): \(value.compactText) is not \(constant.compactText)")
    }
    if let options = schema["anyOf"]?.arrayValue, !options.contains(where: { problems(value, $0, at: path).isEmpty }) {
      let reasons = options.map { problems(value, $0, at: path).joined(separator: "; ") }
      found.append("\(path): matches none of anyOf: [\(reasons.joined(separator: "] or ["))]")
    }
    if case .string(let text) = value {
      found += formatProblems(text, schema["format"]?.stringValue, at: path)
      if let minimum = schema["minLength"]?.numberValue?.intValue, text.unicodeScalars.count < minimum {
        found.append("\(path): shorter than \(minimum)")
      }
    }
    if case .array(let items) = value, let itemSchema = schema["items"] {
      for (index, item) in items.enumerated() {
        found += problems(item, itemSchema, at: "\(path)[\(index)]")
      }
    }
    if case .object(let object) = value {
      found += memberProblems(object, schema, at: path)
    }
    return found
  }

  private func memberProblems(_ object: JSONObject, _ schema: JSONObject, at path: String) -> [String] {
    var found: [String] = []
    let properties = schema["properties"]?.objectValue ?? JSONObject()
    for name in schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where object[name] == nil {
      found.append("\(path): \(name) is missing")
    }
    for member in object {
      if let property = properties[member.key] {
        found += problems(member.value, property, at: "\(path).\(member.key)")
      } else if let extra = schema["additionalProperties"] {
        if extra == false {
          found.append("\(path): \(member.key) is not declared")
        } else if extra != true {
          found += problems(member.value, extra, at: "\(path).\(member.key)")
        }
      }
    }
    return found
  }

  private func matches(_ value: JSONValue, _ types: JSONValue) -> Bool {
    let names = types.arrayValue?.compactMap(\.stringValue) ?? [types.stringValue ?? ""]
    return names.contains { name in
      switch (name, value) {
      case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array),
        ("object", .object):
        true
      case ("integer", .number(let number)): number.isInteger
      default: false
      }
    }
  }

  private func formatProblems(_ text: String, _ format: String?, at path: String) -> [String] {
    guard let format else { return [] }
    let pattern: String
    switch format {
    case "uuid": pattern = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
    case "date-time": pattern = #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"#
    default: return ["\(path): unknown format \(format)"]
    }
    return text.range(of: pattern, options: .regularExpression) == nil ? ["\(path): \(text) is not a \(format)"] : []
  }
}

extension JSONValue {
  var compactText: String { String(decoding: compactBytes, as: UTF8.self) }
}
