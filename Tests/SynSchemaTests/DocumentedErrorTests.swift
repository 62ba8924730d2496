import SynCatalog
import SynJSON
import Testing

@testable import SynSchema

/// The errors `:help VERB NOUN` lists agree with the answers `/openapi.json`
/// declares (and `expect body conforms` checks): a code listed for a status is
/// one that status's schema allows, and every declared error status lists a code.
@Suite struct DocumentedErrorTests {
  @Test func everySynposterCodeIsOneItsStatusDeclares() throws {
    for operation in Catalog.synposter.operations {
      for error in Catalog.synposter.documentedErrors(of: operation) {
        let declared = ResponseSchemas.declared(for: operation, status: error.status)
        guard case .json(let schema)? = declared else {
          Issue.record("\(operation.name): \(error.status) \(error.code) is listed but not declared")
          continue
        }
        #expect(
          Self.codes(allowedBy: schema).contains(error.code),
          "\(operation.name): \(error.status) does not allow \(error.code)")
      }
    }
  }

  @Test func everyDeclaredErrorStatusListsACode() {
    for catalog in Catalog.all {
      for operation in catalog.operations {
        let listed = Set(catalog.documentedErrors(of: operation).map(\.status))
        let declared = ResponseSchemas.responses(for: operation).map(\.key).compactMap { Int($0) }
        // Synup's 400 is its REST layer's, without a code, and 501 is the simulator's own.
        let uncoded: Set<Int> = catalog.api == .synup ? [400, 501] : []
        let errors = declared.filter { $0 >= 400 && !uncoded.contains($0) }
        for status in errors {
          #expect(listed.contains(status), "\(catalog.api) \(operation.name): \(status) has no documented code")
        }
      }
    }
  }

  @Test func anOperationsOwnErrorsComeFirstWithinAStatusAndSharedOnesAreAddedOnce() {
    let catalog = Catalog.synposter
    let createPost = catalog.operation(verb: "create", noun: "post")!
    let errors = catalog.documentedErrors(of: createPost)
    #expect(errors.map(\.status) == errors.map(\.status).sorted())
    #expect(errors.filter { $0.status == 429 }.map(\.code) == ["post_limit_reached", "rate_limited"])
    #expect(errors.contains { $0.code == "payload_too_large" }, "a body operation may be refused as too large")
    let getHealth = catalog.operation(verb: "get", noun: "health")!
    #expect(!catalog.documentedErrors(of: getHealth).contains { $0.code == "payload_too_large" })
    #expect(Set(errors.map(\.code)).count == errors.count)
  }

  /// The `error` codes an error body's schema allows, through `$ref` and `anyOf`.
  private static func codes(allowedBy schema: JSONValue) -> Set<String> {
    if let reference = schema["$ref"]?.stringValue, let name = reference.split(separator: "/").last {
      return codes(allowedBy: ResponseSchemas.components[String(name)] ?? [:])
    }
    if let alternatives = schema["anyOf"]?.arrayValue {
      return alternatives.reduce(into: []) { $0.formUnion(codes(allowedBy: $1)) }
    }
    return Set((schema["properties"]?["error"]?["enum"]?.arrayValue ?? []).compactMap(\.stringValue))
  }
}
