import Testing

@testable import SynCatalog

/// Every operation has a stable id that finds it, and carries the wire facts
/// the simulator and the OpenAPI document read from it.
@Suite struct OperationIDTests {
  @Test func everyOperationsIDFindsIt() {
    for catalog in Catalog.all {
      for operation in catalog.operations {
        let found = operation.id.operation
        #expect(found.name == operation.name && found.method == operation.method && found.path == operation.path)
      }
      #expect(Set(catalog.operations.map(\.id)).count == catalog.operations.count, "an id names two operations")
    }
  }

  @Test func eachCatalogHoldsItsAPIsIDsInCaseOrder() {
    #expect(Catalog.synposter.operations.map(\.id) == SynposterOperationID.allCases.map(OperationID.synposter))
    #expect(Catalog.synup.operations.map(\.id) == SynupOperationID.allCases.map(OperationID.synup))
  }

  @Test func namedIsTotal() {
    for api in APIName.allCases {
      #expect(Catalog.named(api).api == api)
    }
  }

  @Test func onlyHealthTakesAnOptionalKey() {
    let optional = Catalog.all.flatMap(\.operations).filter { $0.key == .optional }.map(\.id)
    #expect(optional == [.synposter(.getHealth)])
  }

  /// The simulator routes a path's methods together, under one key requirement.
  @Test func operationsOnOnePathShareTheirKeyRequirement() {
    for catalog in Catalog.all {
      let byPath = Dictionary(grouping: catalog.operations, by: \.path)
      for (path, operations) in byPath {
        #expect(Set(operations.map { "\($0.key)" }).count == 1, "\(path)")
      }
    }
  }

  @Test func everySynupOperationNamesItsOwnGraphQLField() {
    let fields = Catalog.synup.operations.compactMap(\.graphQLField)
    #expect(fields.count == Catalog.synup.operations.count)
    // synup-sections.md section 3 gives three pairs of routes one field each; no other field is shared.
    let shared = Dictionary(grouping: fields) { $0 }.filter { $0.value.count > 1 }.keys
    #expect(
      Set(shared) == ["listingsForLocation", "keywordsByLocationId", "disconnectConnectedAccountsLocations"],
      "two operations answer under one field")
    #expect(Catalog.synup.operation(verb: "create", noun: "user")?.graphQLField == "addUser")
    #expect(Catalog.synup.operation(verb: "list", noun: "locations")?.graphQLField == "allLocations")
    #expect(Catalog.synposter.operations.allSatisfy { $0.graphQLField == nil })
  }

  @Test func synposterDocumentsItsErrorStatuses() {
    #expect(Catalog.synposter.operation(verb: "create", noun: "profile")?.errorStatuses == [400, 402, 409])
    #expect(Catalog.synposter.operation(verb: "delete", noun: "post")?.errorStatuses == [404, 409])
    #expect(Catalog.synposter.operation(verb: "get", noun: "health")?.errorStatuses == [])
  }
}
