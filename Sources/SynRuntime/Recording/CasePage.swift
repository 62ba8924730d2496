/// The test case whose requests are being sent: a recording groups their
/// exchanges under its page, and a replay answers them from that page.
public struct CasePage: Sendable, Equatable {
  public var file: String
  public var testCase: String

  public init(file: String, testCase: String) {
    self.file = file
    self.testCase = testCase
  }

  /// The page id of a recording with one page per case: `examples/profiles.syn › creates a profile`.
  public var caseID: String { "\(file) › \(testCase)" }

  /// The case that the current task runs, set by `ScriptRunner` around each case. A task-local
  /// rather than a parameter: the backends see only requests, and a replay must still know the case.
  @TaskLocal public static var current: CasePage?
}
