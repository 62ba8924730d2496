import ArgumentParser

/// `--cleanup` / `--no-cleanup` of `syn test` and `syn run`: whether, after each
/// case, what it made and did not remove is removed (docs/live.md).
struct CleanupOption: ParsableArguments {
  @Flag(
    inversion: .prefixedNo,
    help: ArgumentHelp(
      "After each case, delete what it created and did not delete (default: on for syn test --backend live)."))
  var cleanup: Bool?

  /// The choice, or `byDefault` when neither flag was given.
  func isOn(byDefault: Bool) -> Bool {
    cleanup ?? byDefault
  }
}
