import SynJSON

/// Typed reads of a control request's JSON body; a wrong type or value is a
/// 400 `validation_error` naming the field and what it should be.
struct ControlFields: Sendable {
  let object: JSONObject

  init(_ object: JSONObject) {
    self.object = object
  }

  func has(_ name: String) -> Bool {
    object[name] != nil
  }

  /// The string `name`; nil when absent.
  func string(_ name: String) throws(APIError) -> String? {
    guard let value = object[name] else { return nil }
    guard let text = value.stringValue else {
      throw .validation(field: name, "\(name) must be a string, not \(value.typeName)")
    }
    return text
  }

  /// The whole number `name` within `range`; nil when absent.
  func integer(_ name: String, in range: ClosedRange<Int>) throws(APIError) -> Int? {
    guard let value = object[name] else { return nil }
    guard let number = value.numberValue?.intValue, range.contains(number) else {
      throw .validation(field: name, "\(name) must be \(range.integerRequirement), not \(value)")
    }
    return number
  }

  /// The plan named by `name`; nil when absent.
  func plan(_ name: String) throws(APIError) -> Plan? {
    guard let text = try string(name) else { return nil }
    guard let plan = Plan(rawValue: text) else {
      throw .validation(field: name, "Unknown plan \"\(text)\": expected one of \(Plan.choices)")
    }
    return plan
  }

  /// `value`, read from the field `name`, which must be there.
  func required<Value>(_ name: String, _ value: Value?) throws(APIError) -> Value {
    guard let value else { throw .validation(field: name, "\(name) is required") }
    return value
  }
}
