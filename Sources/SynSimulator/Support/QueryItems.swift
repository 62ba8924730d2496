import SynHTTP

extension [QueryItem] {
  /// The value of the first parameter called `name`.
  func value(named name: String) -> String? {
    first { $0.name == name }?.value
  }
}
