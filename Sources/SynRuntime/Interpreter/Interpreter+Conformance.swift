import SynCatalog
import SynHTTP
import SynJSON
import SynLanguage
import SynSchema

extension Interpreter {
  /// `expect body conforms`: the last body fits the schema its operation declares
  /// for its status (the one `/openapi.json` serves). Reads only the exchange,
  /// so it judges the live backend's answers as well as the simulator's.
  func checkConformance(of statement: Statement) throws(Interruption) {
    let last = try requireLast(for: statement)
    let catalog = Catalog.named(last.api)
    let method = last.request.method
    // A catalog statement knows its operation; a raw `send` is routed as the simulator routes it.
    guard let operation = last.operation ?? catalog.operation(method: method, path: last.request.path) else {
      throw .runtimeError(
        .runtime(
          at: statement,
          "no \(catalog.api.rawValue) operation answers \(method) \(last.request.path), "
            + "so no schema is declared for its body"))
    }
    let violations: [SchemaViolation]
    do {
      violations = try ResponseConformance.violations(
        of: last.response.body, status: last.response.status, answering: operation)
    } catch {
      throw .runtimeError(.runtime(at: statement, error.description))
    }
    guard !violations.isEmpty else { return }
    throw failure(
      statement,
      violations.map { (label: $0.path.description, text: $0.problem) }
        + [("schema", "\(operation.name) \(last.response.status) in /openapi.json")])
  }
}
