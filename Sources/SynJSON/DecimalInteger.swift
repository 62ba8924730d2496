/// An integer of any size, kept as decimal digits: enough arithmetic to
/// place the decimal point of a number such as `1e99999999999999999999999`
/// without overflow.
struct DecimalInteger: Hashable, Comparable {
  /// Whether the value is below zero; zero is never negative.
  private(set) var isNegative: Bool
  /// Digit values, least significant first, without leading zeros (zero is empty).
  private(set) var magnitude: [UInt8]

  init(_ value: Int) {
    isNegative = value < 0
    magnitude = []
    var rest = value.magnitude
    while rest > 0 {
      magnitude.append(UInt8(rest % 10))
      rest /= 10
    }
  }

  /// Creates a value from ASCII decimal digits, most significant first.
  init(isNegative: Bool, asciiDigits: some Collection<UInt8>) {
    var digits = asciiDigits.reversed().map { $0 &- UInt8(ascii: "0") }
    while digits.last == 0 { digits.removeLast() }
    self.magnitude = digits
    self.isNegative = isNegative && !digits.isEmpty
  }

  private init(isNegative: Bool, magnitude: [UInt8]) {
    var digits = magnitude
    while digits.last == 0 { digits.removeLast() }
    self.magnitude = digits
    self.isNegative = isNegative && !digits.isEmpty
  }

  /// The value as an `Int`, or `nil` when it does not fit.
  var intValue: Int? {
    guard magnitude.count <= 19 else { return nil }
    var result = 0
    for digit in magnitude.reversed() {
      let (shifted, overflow) = result.multipliedReportingOverflow(by: 10)
      guard !overflow else { return nil }
      let (next, overflowAgain) =
        isNegative ? shifted.subtractingReportingOverflow(Int(digit)) : shifted.addingReportingOverflow(Int(digit))
      guard !overflowAgain else { return nil }
      result = next
    }
    return result
  }

  static func + (lhs: DecimalInteger, rhs: DecimalInteger) -> DecimalInteger {
    if lhs.isNegative == rhs.isNegative {
      return DecimalInteger(isNegative: lhs.isNegative, magnitude: addMagnitudes(lhs.magnitude, rhs.magnitude))
    }
    switch compareMagnitudes(lhs.magnitude, rhs.magnitude) {
    case .orderedAscending:
      return DecimalInteger(isNegative: rhs.isNegative, magnitude: subtractMagnitudes(rhs.magnitude, lhs.magnitude))
    case .orderedDescending:
      return DecimalInteger(isNegative: lhs.isNegative, magnitude: subtractMagnitudes(lhs.magnitude, rhs.magnitude))
    case .orderedSame:
      return DecimalInteger(0)
    }
  }

  static func < (lhs: DecimalInteger, rhs: DecimalInteger) -> Bool {
    if lhs.isNegative != rhs.isNegative { return lhs.isNegative }
    let order = compareMagnitudes(lhs.magnitude, rhs.magnitude)
    return lhs.isNegative ? order == .orderedDescending : order == .orderedAscending
  }

  private static func compareMagnitudes(_ lhs: [UInt8], _ rhs: [UInt8]) -> Ordering {
    if lhs.count != rhs.count { return lhs.count < rhs.count ? .orderedAscending : .orderedDescending }
    for (left, right) in zip(lhs.reversed(), rhs.reversed()) where left != right {
      return left < right ? .orderedAscending : .orderedDescending
    }
    return .orderedSame
  }

  private static func addMagnitudes(_ lhs: [UInt8], _ rhs: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(max(lhs.count, rhs.count) + 1)
    var carry: UInt8 = 0
    for position in 0..<max(lhs.count, rhs.count) {
      let sum = (position < lhs.count ? lhs[position] : 0) + (position < rhs.count ? rhs[position] : 0) + carry
      result.append(sum % 10)
      carry = sum / 10
    }
    if carry > 0 { result.append(carry) }
    return result
  }

  /// `larger - smaller`, where `larger >= smaller`.
  private static func subtractMagnitudes(_ larger: [UInt8], _ smaller: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(larger.count)
    var borrow: UInt8 = 0
    for position in 0..<larger.count {
      let subtrahend = (position < smaller.count ? smaller[position] : 0) + borrow
      if larger[position] >= subtrahend {
        result.append(larger[position] - subtrahend)
        borrow = 0
      } else {
        result.append(larger[position] + 10 - subtrahend)
        borrow = 1
      }
    }
    return result
  }
}

/// The result of comparing two magnitudes or numbers.
enum Ordering {
  case orderedAscending, orderedSame, orderedDescending
}
