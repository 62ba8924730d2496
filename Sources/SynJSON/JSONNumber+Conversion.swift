extension JSONNumber {
  /// Creates the shortest literal that reads back as `value` (`0.1`, `1e-05`,
  /// `3` for `3.0`, `0` for `-0.0`).
  ///
  /// - Precondition: `value` is finite; JSON cannot spell infinities or NaN.
  ///   Use `init?(finite:)` for values that may not be.
  public init(_ value: Double) {
    precondition(value.isFinite, "JSON has no spelling for \(value)")
    if value == 0 {
      self.text = "0"
      return
    }
    var text = value.description
    if text.hasSuffix(".0") { text.removeLast(2) }
    self.text = text
  }

  /// Creates the shortest literal that reads back as `value`, or `nil` for
  /// infinities and NaN, which JSON cannot spell.
  public init?(finite value: Double) {
    guard value.isFinite else { return nil }
    self.init(value)
  }

  /// The value as an `Int`, when it is a whole number that fits
  /// (`3`, `3.0`, `3e2`, `-0`); `nil` for `3.5` or `1e30`.
  public var intValue: Int? {
    if let small = smallIntegerValue { return small }
    let form = decimalForm
    if form.isZero { return 0 }
    guard let exponent = form.exponent.intValue, exponent >= form.digits.count, exponent <= 19 else { return nil }
    var result = 0
    for digit in form.digits + Array(repeating: UInt8(ascii: "0"), count: exponent - form.digits.count) {
      let (shifted, overflow) = result.multipliedReportingOverflow(by: 10)
      let value = Int(digit &- UInt8(ascii: "0"))
      let (next, overflowAgain) =
        form.isNegative ? shifted.subtractingReportingOverflow(value) : shifted.addingReportingOverflow(value)
      guard !overflow, !overflowAgain else { return nil }
      result = next
    }
    return result
  }

  /// Whether the value is a whole number, whatever its size or spelling
  /// (`3`, `3.0`, `1e30` are; `3.5`, `1e-1` are not).
  public var isInteger: Bool {
    if smallIntegerValue != nil { return true }
    let form = decimalForm
    return form.isZero || DecimalInteger(form.digits.count) <= form.exponent
  }

  /// The nearest `Double`; may round (`0.1`, 17+ digit integers) or
  /// overflow to an infinity (`1e400`).
  public var doubleValue: Double {
    if let value = Double(text) { return value }
    let form = decimalForm
    if form.isZero { return 0 }
    let magnitude: Double = DecimalInteger(0) < form.exponent ? .infinity : 0
    return form.isNegative ? -magnitude : magnitude
  }
}

extension JSONNumber: CustomStringConvertible {
  /// The literal exactly as written.
  public var description: String { text }
}

extension JSONNumber: ExpressibleByIntegerLiteral {
  public init(integerLiteral value: Int) {
    self.init(value)
  }
}
