import SynJSON

/// A body field that may be left out, sent as `null`, or given a value.
enum BodyField<Value: Sendable>: Sendable {
  case absent
  case null
  case value(Value)

  /// The value, with `null` and absent both reading as nil (create semantics).
  var valueOrNil: Value? {
    if case .value(let value) = self { return value }
    return nil
  }

  var isAbsent: Bool {
    if case .absent = self { return true }
    return false
  }
}

/// The rules for a profile's writable fields, shared by create and update.
/// Lengths count Unicode code points, and nothing is trimmed.
enum ProfileFieldRules {
  static let nameLengths = 1...100
  static let externalIdLengths = 1...200

  /// The name, nil when left out; `null` and non-strings are refused.
  static func name(in body: JSONObject) throws(APIError) -> String? {
    switch body["name"] {
    case nil:
      return nil
    case .string(let text)?:
      try checkLength(text, of: "name", in: nameLengths)
      return text
    case let other?:
      throw .validation(field: "name", "name must be a string, not \(other.typeName)")
    }
  }

  static func externalId(in body: JSONObject) throws(APIError) -> BodyField<String> {
    switch body["externalId"] {
    case nil: return .absent
    case .null?: return .null
    case .string(let text)?:
      try checkLength(text, of: "externalId", in: externalIdLengths)
      return .value(text)
    case let other?:
      throw .validation(field: "externalId", "externalId must be a string or null, not \(other.typeName)")
    }
  }

  static func metadata(in body: JSONObject) throws(APIError) -> BodyField<JSONObject> {
    switch body["metadata"] {
    case nil: return .absent
    case .null?: return .null
    case .object(let object)?: return .value(object)
    case let other?:
      throw .validation(field: "metadata", "metadata must be a JSON object or null, not \(other.typeName)")
    }
  }

  private static func checkLength(_ text: String, of field: String, in lengths: ClosedRange<Int>) throws(APIError) {
    let length = text.unicodeScalars.count
    guard lengths.contains(length) else {
      throw .validation(
        field: field,
        "\(field) must be \(lengths.lowerBound) to \(lengths.upperBound) characters long (got \(length))")
    }
  }
}

/// A create body, validated in the documented order: name, externalId, metadata.
struct NewProfileFields: Sendable {
  var name: String
  var externalId: String?
  var metadata: JSONObject?

  init(_ body: JSONObject) throws(APIError) {
    guard let name = try ProfileFieldRules.name(in: body) else {
      throw .validation(field: "name", "name is required")
    }
    self.name = name
    externalId = try ProfileFieldRules.externalId(in: body).valueOrNil
    metadata = try ProfileFieldRules.metadata(in: body).valueOrNil
  }
}

/// An update body: any non-empty subset of the fields, `null` clearing
/// externalId or metadata.
struct ProfileChanges: Sendable {
  var name: String?
  var externalId: BodyField<String>
  var metadata: BodyField<JSONObject>

  init(_ body: JSONObject) throws(APIError) {
    name = try ProfileFieldRules.name(in: body)
    externalId = try ProfileFieldRules.externalId(in: body)
    metadata = try ProfileFieldRules.metadata(in: body)
    if name == nil && externalId.isAbsent && metadata.isAbsent {
      throw .validation(field: nil, "Include at least one of name, externalId, metadata")
    }
  }
}
