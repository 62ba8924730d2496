extension JSONValue {
  /// The number, when this is a number.
  public var numberValue: JSONNumber? {
    if case .number(let number) = self { return number }
    return nil
  }

  /// The Boolean, when this is `true` or `false`.
  public var boolValue: Bool? {
    if case .bool(let value) = self { return value }
    return nil
  }
}

extension JSONValue: ExpressibleByFloatLiteral {
  /// A number from a float literal, spelled as the shortest `Double` text (`1.5`, `0.1`).
  public init(floatLiteral value: Double) {
    self = .number(JSONNumber(value))
  }
}
