extension ClosedRange<Int> {
  /// How a message states the range: `an integer between 1 and 100`,
  /// `an integer at least 0`, or just `an integer`.
  var integerRequirement: String {
    switch (lowerBound, upperBound) {
    case (Int.min, Int.max): "an integer"
    case (_, Int.max): "an integer at least \(lowerBound)"
    default: "an integer between \(lowerBound) and \(upperBound)"
    }
  }
}
