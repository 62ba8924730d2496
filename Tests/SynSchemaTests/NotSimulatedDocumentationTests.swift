import SynCatalog
import Testing

/// `/openapi.json` documents a 501 for exactly the Synup operations the
/// simulator does not simulate yet, so simulating one without documenting its
/// answer (or the reverse) fails here.
@Suite struct NotSimulatedDocumentationTests {
  @Test(arguments: Catalog.synup.operations.map(\.name))
  func a501IsDocumentedWhereTheSimulatorAnswersOne(name: String) throws {
    let client = try ConformanceClient()
    let operation = try #require(Catalog.synup.operations.first { $0.name == name })
    client.callWithPlaceholders(operation)
    #expect(client.seen.contains("synup \(name) 501") == client.documentsNotSimulated(operation))
  }
}
