/// The words a statement starts with, other than the verb of a catalog
/// request (spec sections 3-8), grouped as the spec presents them. None
/// is ever read as a verb.
public enum StatementKeyword: String, CaseIterable, Sendable {
  case send, expect
  case `let`, use, backend, set, include
  case `repeat`, `for`, finally
  case print, show, sleep, skip, fail
  case mock
  case test

  /// Whether a block may follow: `repeat N {`, `for NAME in SOURCE {`, `finally {`.
  var headsBlock: Bool {
    self == .repeat || self == .for || self == .finally
  }

  /// The length in bytes of the longest keyword: a longer word is no keyword.
  static let longestSpelling = allCases.map(\.rawValue.utf8.count).max() ?? 0
}
