import SynJSON

/// A GraphQL input object type: the shape `{"input": {...}}` must have before
/// any rule of the simulator runs. A value that does not fit answers shape 4,
/// worded as graphql-js words it (the evidenced `Field "tenure" is not defined
/// by type UpdateLocationInput.`).
struct SynupInputType: Sendable {
  let name: String
  let fields: [SynupInputField]

  init(_ name: String, _ fields: [SynupInputField]) {
    self.name = name
    self.fields = fields
  }

  /// A mutation's input type: `fields` plus Relay's optional `clientMutationId`, echoed in payloads.
  static func mutation(_ name: String, _ fields: [SynupInputField]) -> SynupInputType {
    SynupInputType(name, fields + [.optional("clientMutationId", .string)])
  }
}

struct SynupInputField: Sendable {
  let name: String
  let type: SynupInputValueType
  /// A non-null field (`String!`): absent or `null` is a coercion error.
  let isRequired: Bool

  static func required(_ name: String, _ type: SynupInputValueType) -> SynupInputField {
    SynupInputField(name: name, type: type, isRequired: true)
  }

  static func optional(_ name: String, _ type: SynupInputValueType) -> SynupInputField {
    SynupInputField(name: name, type: type, isRequired: false)
  }
}

/// The GraphQL type of an input value.
indirect enum SynupInputValueType: Sendable {
  case string
  case int
  case boolean
  /// A string, or an integer read as its decimal text.
  case id
  case enumeration(String, [String])
  /// Non-null items; a lone value counts as a list of one, as GraphQL input coercion has it.
  case list(SynupInputValueType)
  case object(SynupInputType)
  /// Any JSON value (Synup's `JSON` scalar).
  case json

  var name: String {
    switch self {
    case .string: "String"
    case .int: "Int"
    case .boolean: "Boolean"
    case .id: "ID"
    case .enumeration(let name, _): name
    case .list(let item): "[\(item.name)!]"
    case .object(let type): type.name
    case .json: "JSON"
    }
  }
}

extension SynupInputType {
  /// Reads a mutation's body, `{"input": {...}}`, as this type. A body that is
  /// not a JSON object is a 400; an input that does not fit is shape 4, one
  /// message per problem.
  func read(body bytes: [UInt8]) throws(SynupFailure) -> SynupInput {
    let variables = try SynupInputType.variables(bytes)
    guard let input = variables["input"], !input.isNull else {
      throw .coercion(["Variable \"$input\" of required type \"\(name)!\" was not provided."])
    }
    var problems: [String] = []
    let coerced = coerce(input, at: "value", problems: &problems)
    guard problems.isEmpty, let object = coerced.objectValue else {
      throw .coercion(problems.map { "Variable \"$input\" got invalid value \(input.compactText); \($0)" })
    }
    return SynupInput(object)
  }

  /// The request's variables: the body's JSON object (an empty body has none).
  private static func variables(_ bytes: [UInt8]) throws(SynupFailure) -> JSONObject {
    guard !bytes.isEmpty else { return JSONObject() }
    let body: JSONValue
    do {
      body = try RequestBody.value(bytes)
    } catch {
      throw .badRequest(error.message)
    }
    guard let object = body.objectValue else {
      throw .badRequest("Request body must be a JSON object such as {\"input\": {…}}")
    }
    return object
  }

  /// `value` checked against this type at `path`; problems are appended, never thrown.
  fileprivate func coerce(_ value: JSONValue, at path: String, problems: inout [String]) -> JSONValue {
    guard let object = value.objectValue else {
      problems.append("Expected type \(name) to be an object\(SynupInputType.suffix(path)).")
      return value
    }
    var coerced = JSONObject()
    for member in object {
      guard let field = fields.first(where: { $0.name == member.key }) else {
        problems.append("Field \"\(member.key)\" is not defined by type \(name)\(SynupInputType.suffix(path)).")
        continue
      }
      let fieldPath = "\(path).\(member.key)"
      if member.value.isNull {
        if field.isRequired {
          problems.append("Expected non-nullable type \(field.type.name)! not to be null at \(fieldPath).")
        }
        coerced[member.key] = .null
      } else {
        coerced[member.key] = field.type.coerce(member.value, at: fieldPath, problems: &problems)
      }
    }
    for field in fields where field.isRequired && object[field.name] == nil {
      problems.append("Field \(path).\(field.name) of required type \(field.type.name)! was not provided.")
    }
    return .object(coerced)
  }

  /// ` at value.businessHours[0]` for nested values; nothing for the input itself.
  private static func suffix(_ path: String) -> String {
    path == "value" ? "" : " at \(path)"
  }
}

extension SynupInputValueType {
  /// A non-null `value` coerced to this type at `path`.
  fileprivate func coerce(_ value: JSONValue, at path: String, problems: inout [String]) -> JSONValue {
    switch (self, value) {
    case (.string, .string), (.boolean, .bool), (.id, .string), (.json, _):
      return value
    case (.int, .number(let number)) where number.intValue.map { Int(Int32.min)...Int(Int32.max) ~= $0 } == true:
      return value
    case (.id, .number(let number)) where number.isInteger:
      return .string(number.text)
    case (.enumeration(_, let values), .string(let text)) where values.contains(text):
      return value
    case (.list(let item), .array(let elements)):
      return .array(
        elements.enumerated().map { index, element in
          let elementPath = "\(path)[\(index)]"
          guard !element.isNull else {
            problems.append("Expected non-nullable type \(item.name)! not to be null at \(elementPath).")
            return element
          }
          return item.coerce(element, at: elementPath, problems: &problems)
        })
    case (.list(let item), _):
      return .array([item.coerce(value, at: path, problems: &problems)])
    case (.object(let type), _):
      return type.coerce(value, at: path, problems: &problems)
    default:
      problems.append("Expected type \(name) at \(path).")
      return value
    }
  }
}

/// A mutation's input after coercion: every present value has its field's
/// type, so reading it cannot fail. Absent and `null` both read as nil.
struct SynupInput: Sendable {
  let object: JSONObject

  init(_ object: JSONObject) {
    self.object = object
  }

  /// Whether the field was sent, `null` included.
  func has(_ name: String) -> Bool {
    object[name] != nil
  }

  func value(_ name: String) -> JSONValue? {
    guard let value = object[name], !value.isNull else { return nil }
    return value
  }

  func string(_ name: String) -> String? {
    value(name)?.stringValue
  }

  func strings(_ name: String) -> [String]? {
    value(name)?.arrayValue?.compactMap(\.stringValue)
  }

  func bool(_ name: String) -> Bool? {
    value(name)?.boolValue
  }

  /// Relay's `clientMutationId`, echoed in the payload; null when not sent.
  var clientMutationId: JSONValue {
    object["clientMutationId"] ?? .null
  }
}
