import SynHTTP
import SynJSON

/// Typed reads of a JSON request body, of an object nested in one, or of a
/// query; a wrong type or value is a 400 `validation_error` naming the field
/// by its path (`poll.options`, `media[1].url`) and saying what it should be.
///
/// A member set to `null` reads as absent (spec decision 5).
struct RequestFields: Sendable {
  let object: JSONObject
  /// Put before member names in errors: `""` at the top, `"poll."` inside `poll`.
  let path: String

  init(_ object: JSONObject, path: String = "") {
    self.object = object
    self.path = path
  }

  /// The query parameters as string fields; the first of repeated names counts.
  init(query: [QueryItem]) {
    var object = JSONObject()
    for item in query where object[item.name] == nil { object[item.name] = .string(item.value) }
    self.init(object)
  }

  func has(_ name: String) -> Bool {
    value(name) != nil
  }

  /// The member `name`, nil when absent or null.
  func value(_ name: String) -> JSONValue? {
    guard let value = object[name], !value.isNull else { return nil }
    return value
  }

  /// How errors name the member `name`.
  func field(_ name: String) -> String {
    path + name
  }

  /// The string `name`; nil when absent.
  func string(_ name: String) throws(APIError) -> String? {
    guard let value = value(name) else { return nil }
    guard let text = value.stringValue else {
      throw .validation(field: field(name), "\(field(name)) must be a string, not \(value.typeName)")
    }
    return text
  }

  /// The string `name`, 1 to `maximumLength` Unicode code points long; nil when absent.
  func string(_ name: String, maximumLength: Int) throws(APIError) -> String? {
    guard let text = try string(name) else { return nil }
    let length = text.unicodeScalars.count
    guard (1...maximumLength).contains(length) else {
      throw .validation(
        field: field(name), "\(field(name)) must be 1 to \(maximumLength) characters long (got \(length))")
    }
    return text
  }

  /// The whole number `name` within `range`; nil when absent.
  func integer(_ name: String, in range: ClosedRange<Int>) throws(APIError) -> Int? {
    guard let value = value(name) else { return nil }
    guard let number = value.numberValue?.intValue, range.contains(number) else {
      throw .validation(field: field(name), "\(field(name)) must be \(range.integerRequirement), not \(value)")
    }
    return number
  }

  /// The array `name`; nil when absent.
  func array(_ name: String) throws(APIError) -> [JSONValue]? {
    guard let value = value(name) else { return nil }
    guard let elements = value.arrayValue else {
      throw .validation(field: field(name), "\(field(name)) must be an array, not \(value.typeName)")
    }
    return elements
  }

  /// The object `name`, read with its own path; nil when absent.
  func object(_ name: String) throws(APIError) -> RequestFields? {
    guard let value = value(name) else { return nil }
    return try RequestFields.nested(value, path: field(name))
  }

  /// `element`, which must be an object, read with the path `path`.
  static func nested(_ element: JSONValue, path: String) throws(APIError) -> RequestFields {
    guard let object = element.objectValue else {
      throw .validation(field: path, "\(path) must be an object, not \(element.typeName)")
    }
    return RequestFields(object, path: path + ".")
  }

  /// The ResourceID in `text`, read from the field `name`.
  func resourceID(_ text: String, of name: String) throws(APIError) -> ResourceID {
    guard let id = ResourceID(Substring(text)) else {
      throw .validation(field: field(name), "\(field(name)) must be a UUID, not \"\(text)\"")
    }
    return id
  }

  /// The plan named by `name`; nil when absent.
  func plan(_ name: String) throws(APIError) -> Plan? {
    guard let text = try string(name) else { return nil }
    guard let plan = Plan(rawValue: text) else {
      throw .validation(field: field(name), "Unknown plan \"\(text)\": expected one of \(Plan.choices)")
    }
    return plan
  }

  /// `value`, read from the field `name`, which must be there.
  func required<Value>(_ name: String, _ value: Value?) throws(APIError) -> Value {
    guard let value else { throw .validation(field: field(name), "\(field(name)) is required") }
    return value
  }
}
