import SynHTTP
public import SynLanguage

/// A difference between the two sides of `--compare` at one statement of a case,
/// printed as one line (docs/live.md):
///
///     profiles.syn:12: create profile: status 201 (live) vs 422 validation_error (mock)
///     profiles.syn:14: get profile: .metadata.tier: "pro" (live) vs absent (mock)
///
/// A statement that sent more than once (in a loop) names the time: `create profile [2]`.
public struct StatementDifference: Sendable, Equatable {
  public var location: SourceLocation
  /// The statement: `create profile`, `send GET /v1/profiles`, or the text of one that failed on one side.
  public var statement: String
  /// Which of the statement's requests, from 1, when it sent several.
  public var occurrence: Int
  public var difference: AnswerDifference

  public init(location: SourceLocation, statement: String, occurrence: Int = 1, difference: AnswerDifference) {
    self.location = location
    self.statement = statement
    self.occurrence = occurrence
    self.difference = difference
  }

  /// The line, keys masked, naming each side after its value: a path is
  /// followed by a colon (`.name: "A" (live) vs "B" (mock)`), a kind by a
  /// space (`status 201 (live) vs 422 (mock)`).
  public func line(sides: ComparedSides) -> String {
    let time = occurrence > 1 ? " [\(occurrence)]" : ""
    let separator = difference.path == nil ? " " : ": "
    return KeyMask.masking(
      "\(location.file):\(location.line): \(statement)\(time): \(difference.subject)\(separator)"
        + "\(difference.first) (\(sides.first)) vs \(difference.second) (\(sides.second))")
  }
}

/// The names of the two sides of `--compare`, as lines and reports call them: `live` and `mock`.
public struct ComparedSides: Sendable, Equatable {
  public var first: String
  public var second: String

  public init(first: String, second: String) {
    self.first = first
    self.second = second
  }
}

/// What `--compare` found for one case: the sides and every difference, in the order of the first side's run.
public struct CaseComparison: Sendable {
  public var sides: ComparedSides
  public var differences: [StatementDifference]

  /// `differs from mock: 2 differences`, then a line each.
  public var report: String {
    let count = differences.count == 1 ? "1 difference" : "\(differences.count) differences"
    return (["differs from \(sides.second): \(count)"] + differences.map { "  " + $0.line(sides: sides) })
      .joined(separator: "\n")
  }
}
