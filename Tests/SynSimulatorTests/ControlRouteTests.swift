import SynHTTP
import SynJSON
import Testing

@testable import SynSimulator

/// The simulator routes its control plane by the `ControlRoute` vocabulary its clients build requests with.
@Suite struct ControlRouteTests {
  @Test func everyRouteAndMethodOfTheVocabularyIsAnswered() {
    let simulator = Simulator()
    for route in ControlRoute.allCases {
      for method in route.methods {
        let status = simulator.handle(HTTPRequest(method: method, path: route.path)).status
        // Without a key: 401 for a tenant's route; sign-up needs none.
        #expect(status == (route == .tenants ? 201 : 401), "\(method) \(route.path) answered \(status)")
      }
    }
  }

  @Test func aMethodTheRouteDoesNotAnswerIsRefusedWithTheOnesItDoes() {
    let answer = Simulator().handle(HTTPRequest(method: "DELETE", path: ControlRoute.tenantState.path))
    #expect(answer.status == 405)
    #expect(answer.headers["Allow"] == "GET, PUT")
  }

  @Test func theSignUpAnswerReadsBackAsTheTenantItCreated() throws {
    let simulator = Simulator()
    let answer = simulator.handle(ControlRoute.signUp(plan: "free"))
    #expect(answer.status == 201)
    let tenant = try #require(NewTenant(answer: answer.body))
    #expect(tenant.plan == "free")
    #expect(tenant.json == (try JSONValue(parsing: answer.body)))
    #expect(simulator.tenantEntry(forKey: tenant.synposterKey)?.tenant.id == tenant.tenantID)
    #expect(simulator.tenantEntry(forKey: tenant.synupKey)?.tenant.id == tenant.tenantID)
  }

  @Test func theBuildersCarryTheirBodies() throws {
    let client = try TestClient()
    var seed = ControlRoute.seed(7)
    seed.headers.add("x-api-key", client.synposterKey)
    #expect(Reply(client.simulator.handle(seed)).text == #"{"seed":7}"#)
    var saved = ControlRoute.tenantState.get()
    saved.headers.add("x-api-key", client.synposterKey)
    let document = client.simulator.handle(saved)
    #expect(document.status == 200)
    var load = ControlRoute.loadTenant(document.body)
    load.headers.add("x-api-key", client.synposterKey)
    #expect(client.simulator.handle(load).status == 200)
  }
}
