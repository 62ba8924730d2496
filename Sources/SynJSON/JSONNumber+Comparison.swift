extension JSONNumber {
  /// The canonical decimal form of the value, for exact comparison.
  var decimalForm: DecimalForm { DecimalForm(literal: text) }

  /// The value when the literal is a plain integer of at most 18 digits
  /// (`-42`, `0`), which covers nearly every number compared in practice.
  var smallIntegerValue: Int? {
    let utf8 = text.utf8
    guard utf8.count <= 19 else { return nil }
    var result = 0
    var isNegative = false
    var digitCount = 0
    for byte in utf8 {
      if byte == UInt8(ascii: "-") {
        isNegative = true
      } else if NumberGrammar.isDigit(byte), digitCount < 18 {
        result = result * 10 + Int(byte &- UInt8(ascii: "0"))
        digitCount += 1
      } else {
        return nil
      }
    }
    return isNegative ? -result : result
  }

  /// Orders two numbers by value, exactly, whatever their size or spelling.
  static func compare(_ lhs: JSONNumber, _ rhs: JSONNumber) -> Ordering {
    if let left = lhs.smallIntegerValue, let right = rhs.smallIntegerValue {
      return left == right ? .orderedSame : (left < right ? .orderedAscending : .orderedDescending)
    }
    if lhs.text.utf8.elementsEqual(rhs.text.utf8) { return .orderedSame }
    return DecimalForm.compare(lhs.decimalForm, rhs.decimalForm)
  }
}

/// Numbers are equal when they denote the same value, exactly:
/// `1 == 1.0 == 1e0 == 10e-1`, `-0 == 0`, and
/// `12345678901234567890 != 12345678901234567891`.
extension JSONNumber: Equatable {
  public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
    compare(lhs, rhs) == .orderedSame
  }
}

/// Numbers are ordered by value, exactly (no conversion to `Double`).
extension JSONNumber: Comparable {
  public static func < (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
    compare(lhs, rhs) == .orderedAscending
  }
}

/// Hashing agrees with value equality: `1` and `1.0` hash alike.
extension JSONNumber: Hashable {
  public func hash(into hasher: inout Hasher) {
    hasher.combine(decimalForm)
  }
}
