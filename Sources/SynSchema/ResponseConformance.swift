public import SynCatalog
import SynJSON

/// Whether an answer fits what its operation declares for its status: the
/// check behind `expect body conforms`, on any backend, since it reads only
/// the answer.
public enum ResponseConformance {
  /// The validator over `/openapi.json`'s components.
  public static let validator = SchemaValidator(components: ResponseSchemas.components)

  /// The violations of `body`, answered with `status` to `operation`; empty when it conforms.
  /// A status the operation declares nothing for is an error, never a pass.
  public static func violations(of body: [UInt8], status: Int, answering operation: Operation)
    throws(UndeclaredStatus) -> [SchemaViolation]
  {
    guard let declared = ResponseSchemas.declared(for: operation, status: status) else {
      let statuses = ResponseSchemas.responses(for: operation).compactMap { Int($0.key) }
      throw UndeclaredStatus(operation: operation.name, status: status, declaredStatuses: statuses)
    }
    switch declared {
    case .empty:
      guard !body.isEmpty else { return [] }
      return [SchemaViolation(path: .root, problem: "expected no body, actual \(describe(body))")]
    case .json(let schema):
      guard !body.isEmpty, let value = try? JSONValue(parsing: body) else {
        let actual = body.isEmpty ? "no body" : describe(body)
        return [SchemaViolation(path: .root, problem: "expected a JSON body, actual \(actual)")]
      }
      return validator.violations(of: value, against: schema)
    }
  }

  /// A body that is not the declared one, as a violation shows it.
  private static func describe(_ body: [UInt8]) -> String {
    SchemaViolation.describe(.string(String(decoding: body, as: UTF8.self)))
  }
}

/// An answer whose status its operation does not document, so no schema can judge it.
public struct UndeclaredStatus: Error, Sendable, CustomStringConvertible {
  /// `create profile`.
  public var operation: String
  public var status: Int
  /// The statuses the operation documents, in the order `/openapi.json` lists them.
  public var declaredStatuses: [Int]

  public var description: String {
    let statuses = declaredStatuses.map(String.init).joined(separator: ", ")
    return "\(operation) declares no answer with status \(status), so it has no schema to conform to "
      + "(it declares \(statuses))"
  }
}
