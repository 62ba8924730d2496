public import SynJSON

extension JSONTemplate {
  /// The JSON value, when the template holds no variable, path, marker or `...`.
  public var constantValue: JSONValue? {
    switch self {
    case .constant(let value):
      return value
    case .variable, .responsePath, .marker, .object(_, admitsOtherKeys: true):
      return nil
    case .array(let elements):
      var values: [JSONValue] = []
      for element in elements {
        guard let value = element.constantValue else { return nil }
        values.append(value)
      }
      return .array(values)
    case .object(let members, admitsOtherKeys: false):
      var object = JSONObject()
      for member in members {
        guard let value = member.value.constantValue else { return nil }
        object[member.key] = value
      }
      return .object(object)
    }
  }

  /// The template as a script writes it on one line:
  /// `{"id": #uuid, "name": "Alice", "owner": $alice.id, ...}`.
  public var text: String {
    switch self {
    case .constant(.array(let elements)):
      return JSONTemplate.array(elements.map(JSONTemplate.constant)).text
    case .constant(.object(let object)):
      return JSONTemplate.object(object.members.map { ($0.key, .constant($0.value)) }, admitsOtherKeys: false).text
    case .constant(let value):
      return value.compactText
    case .variable(let reference):
      return "$" + reference.name + (reference.path.isRoot ? "" : reference.path.description)
    case .responsePath(let path):
      return path.description
    case .marker(let marker):
      return marker.description
    case .array(let elements):
      return "[" + elements.map(\.text).joined(separator: ", ") + "]"
    case .object(let members, let admitsOtherKeys):
      let pairs = members.map { JSONValue.string($0.key).compactText + ": " + $0.value.text }
      return "{" + (pairs + (admitsOtherKeys ? ["..."] : [])).joined(separator: ", ") + "}"
    }
  }
}
