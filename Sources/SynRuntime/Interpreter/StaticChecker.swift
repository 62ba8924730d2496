import SynCatalog
public import SynLanguage

/// What `syn check` adds to parsing: every catalog statement names a real
/// operation of the API active where it runs, and its fields exist.
///
/// Each case is checked in the order it runs: the prelude and the case's
/// statements, then the `finally` blocks, with every block's body. A `use`
/// holds for whatever runs after it in the case, after its block too, as in
/// a session.
public enum StaticChecker {
  /// The problems of `script`, in the order of their locations; a statement
  /// of the prelude that fails in several cases is reported once.
  /// With `definedVariables` (the `--var` names), variables nothing can bind are errors too.
  public static func check(_ script: Script, definedVariables: Set<String>? = nil) -> [Diagnostic] {
    var checker = Checker()
    for testCase in script.runnableCases {
      let order = testCase.runOrder
      checker.api = .synposter
      for statement in StatementWalk(lists: order.lists) {
        checker.check(statement)
      }
    }
    let unbound = definedVariables.map { UnboundVariables.diagnostics(in: script, defined: $0) } ?? []
    return (checker.diagnostics + unbound).sorted {
      ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column)
    }
  }

  private struct Checker {
    /// The API active at the statement being checked; nil after an `include`, which may have changed it.
    var api: APIName? = .synposter
    private(set) var diagnostics: [Diagnostic] = []
    private var reported: Set<Report> = []

    private struct Report: Hashable {
      var location: SourceLocation
      var message: String
    }

    mutating func check(_ statement: Statement) {
      switch statement.kind {
      case .use(let name):
        if let selected = APIName(rawValue: name) { api = selected }
      case .include:
        // The included file may `use` the other API: until the next `use`, nothing is known.
        api = nil
      case .request(let request):
        check(request, in: statement)
      case .mock(.fault(_, _, let operation?)):
        check(verb: operation.verb, noun: operation.noun, in: statement)
      default:
        break
      }
    }

    private mutating func check(_ request: CatalogRequest, in statement: Statement) {
      guard let operation = check(verb: request.verb, noun: request.noun, in: statement) else { return }
      if let warning = operation.missingRequiredWarning(for: request, sourceLine: statement.sourceLine) {
        report(warning)
      }
      for item in request.items {
        if let warning = operation.unknownFieldWarning(for: item, sourceLine: statement.sourceLine) {
          report(warning)
        }
      }
    }

    @discardableResult
    private mutating func check(verb: Word, noun: Word, in statement: Statement) -> Operation? {
      guard let api else { return nil }
      switch OperationLookup.resolve(verb: verb, noun: noun, activeAPI: api) {
      case .success(let found):
        return found.1
      case .failure(let problem):
        report(Diagnostic(at: problem.word.location, problem.message, sourceLine: statement.sourceLine))
        return nil
      }
    }

    private mutating func report(_ diagnostic: Diagnostic) {
      if reported.insert(Report(location: diagnostic.location, message: diagnostic.message)).inserted {
        diagnostics.append(diagnostic)
      }
    }
  }
}
