extension Duration {
  /// The duration in milliseconds, fractional: how syn reports times.
  var milliseconds: Double {
    Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
  }
}
