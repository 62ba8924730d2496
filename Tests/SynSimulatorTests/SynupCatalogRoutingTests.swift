import SynCatalog
import Testing

@testable import SynSimulator

/// Every Synup catalog operation reaches the simulator: none falls through to
/// 404, and the ones without a handler answer the 501 "not simulated".
@Suite struct SynupCatalogRoutingTests {
  @Test(arguments: SynupOperationID.allCases)
  func everyOperationIsRouted(id: SynupOperationID) throws {
    let synup = try SynupClient()
    let operation = id.operation
    let path = String(operation.path.dropFirst("/api/v4".count)).replacing(/\{[^}]*\}/, with: "x")
    let reply = synup.send(operation.method, path, body: operation.body == .none ? nil : "{}")
    #expect(reply.status != 404, "\(operation.name): \(reply.text)")
    if id.handler == nil {
      #expect(reply.status == 501)
      #expect(reply.text == #"{"errors":[{"message":"not simulated"}]}"#)
    }
  }

  @Test(arguments: ["/locations/TG9jYXRpb246MQ==/connection_info", "/review-phrases"])
  func sdkRoutesOfUnknownShapeStay501(path: String) throws {
    let reply = try SynupClient().get(path)
    #expect(reply.status == 501)
  }
}
