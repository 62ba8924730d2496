/// Parses how far to move a clock: `+31d`, `90s`, `1d12h` (units `s`, `m`,
/// `h`, `d`; an optional leading `+`). Returns seconds, or nil when the text
/// is not of that form or is too large to represent.
func parseClockAdvance(_ text: String) -> Int? {
  var scalars = text.unicodeScalars[...]
  if scalars.first == "+" { scalars.removeFirst() }
  guard !scalars.isEmpty else { return nil }
  var total = 0
  while !scalars.isEmpty {
    var amount = 0
    var digitCount = 0
    while let scalar = scalars.first, let digit = decimalValue(scalar) {
      guard let next = checkedMultiplyAdd(amount, 10, digit) else { return nil }
      amount = next
      digitCount += 1
      scalars.removeFirst()
    }
    guard digitCount > 0, let unit = scalars.popFirst(), let unitSeconds = secondsPerUnit(unit) else { return nil }
    guard let next = checkedMultiplyAdd(amount, unitSeconds, total) else { return nil }
    total = next
  }
  return total
}

/// `a * b + c`, or nil on overflow.
private func checkedMultiplyAdd(_ a: Int, _ b: Int, _ c: Int) -> Int? {
  let (product, productOverflow) = a.multipliedReportingOverflow(by: b)
  let (sum, sumOverflow) = product.addingReportingOverflow(c)
  return productOverflow || sumOverflow ? nil : sum
}

private func decimalValue(_ scalar: Unicode.Scalar) -> Int? {
  ("0"..."9").contains(scalar) ? Int(scalar.value - 48) : nil
}

private func secondsPerUnit(_ unit: Unicode.Scalar) -> Int? {
  switch unit {
  case "s": 1
  case "m": 60
  case "h": 3600
  case "d": Timestamp.secondsPerDay
  default: nil
  }
}
