import SynHTTP

extension [QueryItem] {
  /// The value of the first parameter called `name`.
  func value(named name: String) -> String? {
    first { $0.name == name }?.value
  }

  /// The whole number of the first parameter called `name`, which must lie in
  /// `range`; nil when there is none. Anything else is a 400 naming the parameter.
  func integer(named name: String, in range: ClosedRange<Int>) throws(APIError) -> Int? {
    guard let text = value(named: name) else { return nil }
    guard let value = Int(text), range.contains(value) else {
      throw .validation(field: name, "\(name) must be \(range.integerRequirement) (got \"\(text)\")")
    }
    return value
  }
}
