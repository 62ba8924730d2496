import SynHTTP
public import SynLanguage

/// Why a test case stopped before its end. Each maps to an exit status of
/// language.md section 9.
public enum Interruption: Error, Sendable {
  /// A failed `expect` or a `fail` statement.
  case expectationFailed(ExpectationFailure)
  /// Something that cannot go on: transport, undefined variable, unknown operation.
  case runtimeError(Diagnostic)
  /// A session that could not open, before any statement ran: a plain `syn: error:` line.
  case startFailed(String)
  /// An included file that does not parse.
  case parseErrors([Diagnostic])
  /// `skip`, or a `mock` statement against a server without the control plane.
  case skipped(reason: String)
  /// `--compare`: the case passed, but the compared backend answered it otherwise.
  case differs(CaseComparison)

  public var exitStatus: ExitStatus {
    switch self {
    case .expectationFailed, .differs: .expectationFailed
    case .runtimeError, .startFailed: .runtimeError
    case .parseErrors: .parseError
    case .skipped: .success
    }
  }

  /// The text printed for it (to standard error in `syn run`, under the case in `syn test`).
  public var report: String {
    switch self {
    case .expectationFailed(let failure): failure.rendered
    case .runtimeError(let diagnostic): diagnostic.rendered
    case .startFailed(let message): KeyMask.masking("syn: error: \(message)")
    case .parseErrors(let diagnostics): diagnostics.map(\.rendered).joined(separator: "\n")
    case .skipped(let reason): "skipped: \(reason)"
    case .differs(let comparison): comparison.report
    }
  }
}

/// What section 4 of the language page asks a failed expectation to print.
public struct ExpectationFailure: Sendable, Equatable {
  public var location: SourceLocation
  public var statement: String
  /// Every place the subject does not fit (section 4.1): `.id: expected #uuid, actual 7`, printed as they are.
  public var mismatches: [String]
  public var details: [(label: String, text: String)]

  public init(
    location: SourceLocation, statement: String, mismatches: [String] = [], details: [(label: String, text: String)]
  ) {
    self.location = location
    self.statement = statement
    self.mismatches = mismatches
    self.details = details
  }

  /// API keys masked:
  /// ```
  /// profiles.syn:14:1: expectation failed: expect .name == "Alice"
  ///   actual:   "Bob"
  ///   expected: "Alice"
  ///   response: 201 POST /v1/profiles (0.4 ms)
  /// ```
  /// or, for a template, its mismatches before the details:
  /// ```
  /// users.syn:14:1: expectation failed: expect . matches {...}
  ///   .createdAt: expected #timestamp, actual "yesterday"
  ///   .nickname: not in the template
  ///   response: 200 GET /v1/profiles/… (0.2 ms)
  /// ```
  public var rendered: String {
    var lines = ["\(location): expectation failed: \(statement)"]
    lines += mismatches.map { "  " + $0 }
    let width = (details.map(\.label.count).max() ?? 0) + 2
    for detail in details {
      let label = detail.label + ":"
      lines.append("  " + label + String(repeating: " ", count: max(1, width - label.count)) + detail.text)
    }
    return KeyMask.masking(lines.joined(separator: "\n"))
  }

  public static func == (lhs: ExpectationFailure, rhs: ExpectationFailure) -> Bool {
    lhs.rendered == rhs.rendered
  }
}

extension Diagnostic {
  /// A runtime error at a statement: its location, message, and the statement's text as the source line.
  static func runtime(at statement: Statement, column: Int? = nil, _ message: String) -> Diagnostic {
    var location = statement.location
    if let column { location.column = column }
    return Diagnostic(at: location, message, sourceLine: statement.sourceLine)
  }
}
