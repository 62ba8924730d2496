public import SynCatalog
import SynJSON

/// A readable outline of the answer an operation declares for its success status,
/// for `:help VERB NOUN`: where the value sits, its schema's name and one line per member.
public struct AnswerOutline: Sendable, Equatable {
  public struct Member: Sendable, Equatable {
    public var name: String
    /// `string (uuid)`, `Profile[]`, `string or null`, `one of: active, expired`.
    public var type: String
    public var isRequired: Bool
  }

  public var status: Int
  /// Where the value sits in the body: empty for the whole body, `data.addUser` for Synup.
  public var location: String
  /// The value's type, e.g. `Profile`, `Location[]`; `no body` for a 204.
  public var type: String
  /// The members of the value (of each element for an array); empty when it is not an object.
  public var members: [Member]

  /// The outline of `operation`'s success answer.
  public init(successOf operation: Operation) {
    status = operation.successStatus
    location = ""
    members = []
    guard case .json(var schema) = ResponseSchemas.declared(for: operation, status: status) else {
      type = "no body"
      return
    }
    // Synup: the answer is the operation's field under `data`, or an error body.
    if let alternatives = schema["anyOf"]?.arrayValue, let success = alternatives.first { schema = success }
    if let field = operation.graphQLField, let value = schema["properties"]?["data"]?["properties"]?[field] {
      location = "data.\(field)"
      schema = value
    }
    type = Self.typeName(of: schema)
    members = Self.members(of: Self.objectSchema(in: schema))
  }

  /// The object whose members describe `schema`: itself, its component, its element's, its non-null alternative's.
  private static func objectSchema(in schema: JSONValue) -> JSONValue? {
    if let component = componentName(schema) { return objectSchema(in: ResponseSchemas.components[component] ?? [:]) }
    if schema["type"]?.stringValue == "array", let items = schema["items"] { return objectSchema(in: items) }
    if let alternatives = schema["anyOf"]?.arrayValue {
      return alternatives.lazy.compactMap { objectSchema(in: $0) }.first
    }
    return schema["properties"] == nil ? nil : schema
  }

  private static func members(of object: JSONValue?) -> [Member] {
    guard let properties = object?["properties"]?.objectValue else { return [] }
    let required = Set((object?["required"]?.arrayValue ?? []).compactMap(\.stringValue))
    return properties.map { Member(name: $0.key, type: typeName(of: $0.value), isRequired: required.contains($0.key)) }
  }

  /// `Profile` for `{"$ref": "#/components/schemas/Profile"}`.
  private static func componentName(_ schema: JSONValue) -> String? {
    guard let reference = schema["$ref"]?.stringValue else { return nil }
    return reference.split(separator: "/").last.map(String.init)
  }

  /// A short name for a schema's type.
  static func typeName(of schema: JSONValue) -> String {
    if let component = componentName(schema) { return component }
    if let alternatives = schema["anyOf"]?.arrayValue {
      return alternatives.map(typeName(of:)).joined(separator: " or ")
    }
    if let constant = schema["const"] { return constant.compactText }
    if let values = schema["enum"]?.arrayValue {
      return "one of: " + values.map { $0.stringValue ?? $0.compactText }.joined(separator: ", ")
    }
    if let types = schema["type"]?.arrayValue {
      return types.compactMap(\.stringValue).joined(separator: " or ")
    }
    switch schema["type"]?.stringValue {
    case "array": return typeName(of: schema["items"] ?? [:]) + "[]"
    case "string": return schema["format"]?.stringValue.map { "string (\($0))" } ?? "string"
    case let type?: return type
    case nil: return "any"
    }
  }
}
