import SynHTTP
import SynJSON

/// Typed reads of a Synup GET's query. Arrays travel as JSON text
/// (`ids=["TG9j…"]`); a parameter the REST layer cannot read is a 400 in
/// shape 2 (spec 4, decision).
struct SynupQueryParameters: Sendable {
  let items: [QueryItem]

  init(_ items: [QueryItem]) {
    self.items = items
  }

  /// The first value of `name`; nil when absent.
  func string(_ name: String) -> String? {
    items.first { $0.name == name }?.value
  }

  /// The JSON array of strings `name` holds; nil when absent.
  func stringArray(_ name: String) throws(SynupFailure) -> [String]? {
    guard let text = string(name) else { return nil }
    guard let elements = (try? JSONValue(parsing: text))?.arrayValue else {
      throw .badRequest("\(name) must be a JSON-encoded array, e.g. \(name)=[\"…\"], not \(text)")
    }
    let strings = elements.compactMap(\.stringValue)
    guard strings.count == elements.count else {
      throw .badRequest("\(name) must be a JSON-encoded array of strings, not \(text)")
    }
    return strings
  }

  /// Like `stringArray`, for a parameter the route cannot do without.
  func requiredStringArray(_ name: String) throws(SynupFailure) -> [String] {
    guard let strings = try stringArray(name) else { throw .badRequest("\(name) is required") }
    return strings
  }

  /// A count such as `first=50`: a whole number ≥ 0; nil when absent.
  func count(_ name: String) throws(SynupFailure) -> Int? {
    guard let text = string(name) else { return nil }
    guard let value = Int(text), value >= 0 else {
      throw .badRequest("\(name) must be a whole number of at least 0, not \(text)")
    }
    return value
  }

  /// `true` or `false`; nil when absent.
  func boolean(_ name: String) throws(SynupFailure) -> Bool? {
    switch string(name) {
    case nil: return nil
    case "true": return true
    case "false": return false
    case let text?: throw .badRequest("\(name) must be true or false, not \(text)")
    }
  }
}
