public import SynLanguage
import SynCatalog

/// What `syn check` adds to parsing: every catalog statement names a real
/// operation of the API active at that line, and its fields exist.
public enum StaticChecker {
  public static func check(_ script: Script) -> [Diagnostic] {
    var checker = Walker()
    checker.walk(script.prelude)
    let preludeAPI = checker.api
    for testCase in script.cases {
      checker.api = preludeAPI
      checker.walk(testCase.body)
    }
    return checker.diagnostics
  }

  private struct Walker {
    var api: APIName = .synposter
    var diagnostics: [Diagnostic] = []

    mutating func walk(_ statements: [Statement]) {
      for statement in statements {
        switch statement.kind {
        case .use(let name):
          if let selected = APIName(rawValue: name) { api = selected }
        case .repeat(_, let body):
          walk(body)
        case .request(let request):
          check(request, in: statement)
        case .mock(.fault(_, _, let operation?)):
          check(verb: operation.verb, noun: operation.noun, in: statement)
        default:
          break
        }
      }
    }

    private mutating func check(_ request: CatalogRequest, in statement: Statement) {
      guard let operation = check(verb: request.verb, noun: request.noun, in: statement) else { return }
      for item in request.items {
        if let warning = operation.unknownFieldWarning(for: item, sourceLine: statement.sourceLine) {
          diagnostics.append(warning)
        }
      }
    }

    @discardableResult
    private mutating func check(verb: Word, noun: Word, in statement: Statement) -> Operation? {
      switch OperationLookup.resolve(verb: verb, noun: noun, activeAPI: api) {
      case .success(let found):
        return found.1
      case .failure(let problem):
        diagnostics.append(Diagnostic(at: problem.word.location, problem.message, sourceLine: statement.sourceLine))
        return nil
      }
    }
  }
}
