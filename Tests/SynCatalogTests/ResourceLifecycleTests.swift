import Testing

@testable import SynCatalog

/// The catalog's relation from the operation that creates a resource to the one that removes it (docs/live.md).
@Suite struct ResourceLifecycleTests {
  static let allIDs: [OperationID] =
    SynposterOperationID.allCases.map(OperationID.synposter) + SynupOperationID.allCases.map(OperationID.synup)

  /// Operations named `create` or `add` that make nothing the ledger could remove: a link, a listing of a
  /// location that exists, or existing things attached to one another (a folder made on the way is not told apart).
  static let createsNothingKept: Set<OperationID> = [
    .synup(.createConnectURL), .synup(.createGMBListing), .synup(.addUserLocations), .synup(.addUserFolders),
    .synup(.addFolderLocations), .synup(.addCampaignCustomers),
  ]

  @Test(arguments: allIDs.filter { ["create", "add"].contains($0.operation.verb) })
  func everyCreateSaysWhatItMakes(id: OperationID) {
    guard !Self.createsNothingKept.contains(id) else {
      #expect(id.createdResources.isEmpty)
      return
    }
    #expect(!id.createdResources.isEmpty, "\(id.operation.name) makes a resource; say how it is removed")
  }

  @Test func theDocumentedDeletesRemoveWhatTheirCreateMade() {
    let removals = Dictionary(
      Self.allIDs.flatMap(\.createdResources).compactMap { resource in resource.removal.map { (resource.name, $0) } },
      uniquingKeysWith: { first, _ in first })
    #expect(removals["profile"]?.operation == .synposter(.deleteProfile))
    #expect(removals["post"]?.operation == .synposter(.deletePost))
    #expect(removals["location"]?.operation == .synup(.archiveLocations))
    #expect(removals["folder"]?.operation == .synup(.deleteFolder))
    #expect(removals["keyword"]?.operation == .synup(.archiveKeyword))
    #expect(CreatedResource.authorizedAccount.removal?.operation == .synposter(.deleteAccount))
  }

  @Test(arguments: allIDs.flatMap(\.createdResources) + [CreatedResource.authorizedAccount])
  func eachRemovalTakesTheIDWhereItsOperationHasIt(resource: CreatedResource) {
    guard let removal = resource.removal else {
      #expect(!resource.unremovableReason.isEmpty, "\(resource.name) says why nothing removes it")
      return
    }
    let operation = removal.operation.operation
    #expect(["delete", "archive", "remove"].contains(operation.verb))
    #expect(operation.pathParameters.contains(removal.parameter) || operation.field(named: removal.parameter) != nil)
    #expect(!resource.idPath.isEmpty)
  }

  @Test func synupIDsSitUnderTheOperationsGraphQLField() {
    for id in SynupOperationID.allCases {
      for resource in OperationID.synup(id).createdResources {
        #expect(Array(resource.idPath.prefix(2)) == ["data", id.graphQLField], "\(id)")
      }
    }
  }
}
