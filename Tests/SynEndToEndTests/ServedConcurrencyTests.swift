import Foundation
import SynJSON
import Testing

/// Many clients at once through `syn serve` (SynSimulatorTests.ConcurrencyTests covers the
/// simulator in process): no write is lost, a contested externalId is created once, and the
/// plan's cap holds. Every client has its own connection and sends before any reads its
/// answer, so the server has all the requests in hand at the same time.
@Suite struct ServedConcurrencyTests {
  /// One round: `bodies[i]` posted to /v1/profiles on `connections[i]`, all sent, then all read.
  private func createAtOnce(_ bodies: [String], on connections: [RawHTTPConnection], key: String) -> [Int] {
    for (connection, body) in zip(connections, bodies) {
      connection.send("POST", "/v1/profiles", headers: ["x-api-key: \(key)"], body: Array(body.utf8))
    }
    return connections.prefix(bodies.count).map { connection in
      guard case .response(let response) = connection.readOutcome() else { return 0 }
      return response.status
    }
  }

  private func connections(_ count: Int, to server: ServedSimulator) throws -> [RawHTTPConnection] {
    try (0..<count).map { _ in try RawHTTPConnection(server) }
  }

  private func request(
    _ server: ServedSimulator, _ method: String, _ path: String, body: String = ""
  ) throws -> JSONValue {
    let connection = try RawHTTPConnection(server)
    connection.send(method, path, headers: ["x-api-key: \(server.synposterKey)"], body: Array(body.utf8))
    guard case .response(let response) = connection.readOutcome() else {
      throw RawHTTPConnection.Failure(description: "no answer")
    }
    return try JSONValue(parsing: response.body)
  }

  private func tally(_ statuses: [Int]) -> [Int: Int] {
    statuses.reduce(into: [:]) { $0[$1, default: 0] += 1 }
  }

  @Test func concurrentCreatesInOneTenantLoseNoWrite() throws {
    let server = try ServedSimulator()
    defer { _ = server.stop() }
    _ = try request(server, "POST", "/_sim/plan", body: #"{"plan":"growth"}"#)
    let clients = try connections(32, to: server)
    var statuses: [Int] = []
    for round in 0..<20 {
      statuses += createAtOnce(
        (0..<clients.count).map { #"{"name":"c\#($0)-r\#(round)","externalId":"c\#($0)-r\#(round)"}"# }, on: clients,
        key: server.synposterKey)
    }
    #expect(tally(statuses) == [201: 640])
    #expect(try request(server, "GET", "/v1/usage")["profiles"]?["used"] == 641)
    #expect(try request(server, "GET", "/v1/profiles?limit=1")["pagination"]?["total"] == 641)
  }

  @Test func aContestedExternalIdIsCreatedExactlyOnce() throws {
    let server = try ServedSimulator()
    defer { _ = server.stop() }
    let clients = try connections(32, to: server)
    for round in 0..<5 {
      let body = #"{"name":"contested","externalId":"same-\#(round)"}"#
      let statuses = createAtOnce(Array(repeating: body, count: clients.count), on: clients, key: server.synposterKey)
      #expect(tally(statuses) == [201: 1, 409: 31])
    }
    #expect(try request(server, "GET", "/v1/profiles?externalId=same-0")["pagination"]?["total"] == 1)
  }

  @Test func thePlanCapHoldsUnderARace() throws {
    let server = try ServedSimulator()
    defer { _ = server.stop() }
    // Starter: 10 profiles, Default among them.
    _ = try request(server, "POST", "/_sim/plan", body: #"{"plan":"starter"}"#)
    let clients = try connections(32, to: server)
    let statuses = createAtOnce(
      (0..<clients.count).map { #"{"name":"racer \#($0)"}"# }, on: clients, key: server.synposterKey)
    #expect(tally(statuses) == [201: 9, 402: 23])
    #expect(try request(server, "GET", "/v1/usage")["profiles"]?["used"] == 10)
  }
}
