/// The canonical decimal form of a JSON number: `±0.d₁d₂…dₙ × 10^exponent`
/// with `d₁` and `dₙ` non-zero. Two literals denote the same value exactly
/// when their forms are equal (`1`, `1.0`, `10e-1` and `0.1E1` share one).
struct DecimalForm: Hashable {
  /// Whether the value is below zero; zero (including `-0`) is never negative.
  let isNegative: Bool
  /// Significant ASCII digits, without leading or trailing zeros; empty for zero.
  let digits: [UInt8]
  /// The power of ten that the fraction `0.digits` is scaled by.
  let exponent: DecimalInteger

  var isZero: Bool { digits.isEmpty }

  /// Builds the form of `text`, which must be a valid JSON number literal.
  init(literal text: String) {
    var isNegative = false
    var digits: [UInt8] = []
    var integerDigitCount = 0
    var exponent = DecimalInteger(0)
    var utf8 = text.utf8[...]
    if utf8.first == UInt8(ascii: "-") {
      isNegative = true
      utf8 = utf8.dropFirst()
    }
    var inFraction = false
    while let byte = utf8.first {
      if byte == UInt8(ascii: ".") {
        inFraction = true
      } else if NumberGrammar.isDigit(byte) {
        digits.append(byte)
        if !inFraction { integerDigitCount += 1 }
      } else {
        break
      }
      utf8 = utf8.dropFirst()
    }
    if let marker = utf8.first, (marker | 0x20) == UInt8(ascii: "e") {
      utf8 = utf8.dropFirst()
      var exponentIsNegative = false
      if let sign = utf8.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
        exponentIsNegative = sign == UInt8(ascii: "-")
        utf8 = utf8.dropFirst()
      }
      exponent = DecimalInteger(isNegative: exponentIsNegative, asciiDigits: utf8)
    }
    let leadingZeros = digits.prefix(while: { $0 == UInt8(ascii: "0") }).count
    let trailingZeros = digits.reversed().prefix(while: { $0 == UInt8(ascii: "0") }).count
    if leadingZeros == digits.count {
      self.isNegative = false
      self.digits = []
      self.exponent = DecimalInteger(0)
    } else {
      self.isNegative = isNegative
      self.digits = Array(digits[leadingZeros..<(digits.count - trailingZeros)])
      self.exponent = exponent + DecimalInteger(integerDigitCount - leadingZeros)
    }
  }

  /// Orders two forms by the values they denote.
  static func compare(_ lhs: DecimalForm, _ rhs: DecimalForm) -> Ordering {
    let leftSign = lhs.isZero ? 0 : (lhs.isNegative ? -1 : 1)
    let rightSign = rhs.isZero ? 0 : (rhs.isNegative ? -1 : 1)
    if leftSign != rightSign { return leftSign < rightSign ? .orderedAscending : .orderedDescending }
    if leftSign == 0 { return .orderedSame }
    let magnitudeOrder = compareMagnitudes(lhs, rhs)
    guard lhs.isNegative else { return magnitudeOrder }
    switch magnitudeOrder {
    case .orderedAscending: return .orderedDescending
    case .orderedDescending: return .orderedAscending
    case .orderedSame: return .orderedSame
    }
  }

  private static func compareMagnitudes(_ lhs: DecimalForm, _ rhs: DecimalForm) -> Ordering {
    if lhs.exponent != rhs.exponent { return lhs.exponent < rhs.exponent ? .orderedAscending : .orderedDescending }
    for (left, right) in zip(lhs.digits, rhs.digits) where left != right {
      return left < right ? .orderedAscending : .orderedDescending
    }
    if lhs.digits.count == rhs.digits.count { return .orderedSame }
    return lhs.digits.count < rhs.digits.count ? .orderedAscending : .orderedDescending
  }
}
