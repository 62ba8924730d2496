import SynHTTP
import SynJSON
import Testing

@testable import SynSimulator

/// The request journal: `GET /_sim/requests` and `POST /_sim/requests/clear`
/// (docs/live.md, "The request journal").
@Suite struct RequestJournalTests {
  private func journal(_ client: TestClient, _ query: [(String, String)] = []) throws -> [JSONValue] {
    let reply = client.send("GET", "/_sim/requests", query: query)
    try #require(reply.status == 200, "\(reply.status) \(reply.text)")
    return try #require(try reply.json()["requests"]?.arrayValue)
  }

  private func sequenceNumbers(_ entries: [JSONValue]) -> [Int] {
    entries.compactMap { $0["seq"]?.numberValue?.intValue }
  }

  @Test func recordsEachRequestNewestLastWithItsStatusAndTheTenantsTime() throws {
    let client = try TestClient()
    try client.control("/_sim/clock", #"{"set":"2026-03-01T10:00:00Z"}"#)
    _ = client.send(
      "POST", "/v1/profiles", body: #"{"name":"Alice"}"#,
      headers: [("Idempotency-Key", "k-1"), ("Content-Type", "application/json")])
    _ = client.send("GET", "/v1/profiles", query: [("limit", "2"), ("tag", "a"), ("tag", "b")])
    _ = client.send("DELETE", "/v1/profiles/nope")

    let entries = try journal(client)
    #expect(sequenceNumbers(entries) == [1, 2, 3])
    #expect(entries.map { $0["method"] } == ["POST", "GET", "DELETE"])
    #expect(entries.map { $0["status"] } == [201, 200, 404])
    let created = entries[0]
    #expect(created["path"] == "/v1/profiles")
    #expect(created["time"] == "2026-03-01T10:00:00Z")
    #expect(created["body"] == ["name": "Alice"])
    #expect(created["headers"]?["idempotency-key"] == "k-1")
    #expect(created["headers"]?["content-type"] == "application/json")
    #expect(entries[1]["query"] == ["limit": "2", "tag": ["a", "b"]])
    #expect(entries[1]["body"] == .null)
  }

  @Test func keysAreMaskedInEveryHeaderThatCarriesOne() throws {
    let client = try TestClient()
    _ = client.send("GET", "/v1/profiles")
    _ = client.send(
      "GET", "/api/v4/locations", headers: [("Authorization", "API \(client.synupKey)")], key: .none)
    let text = client.send("GET", "/_sim/requests").text
    #expect(!text.contains(client.synposterKey))
    #expect(!text.contains(client.synupKey))
    let entries = try journal(client)
    #expect(entries.map { $0["headers"]?["x-api-key"] } == ["sk_live_****", nil])
    #expect(entries[1]["headers"]?["authorization"] == "API ****")
  }

  @Test func aNonJSONBodyIsKeptAsText() throws {
    let client = try TestClient()
    _ = client.send("POST", "/v1/profiles", body: "name=Alice")
    #expect(try journal(client).first?["body"] == "name=Alice")
  }

  @Test func controlRequestsAndRequestsWithoutATenantAreNotJournaled() throws {
    let client = try TestClient()
    try client.control("/_sim/plan", #"{"plan":"growth"}"#)
    _ = client.send("GET", "/_sim/state")
    _ = client.send("GET", "/v1/profiles", key: .other("sk_live_unknown"))
    _ = client.send("GET", "/v1/profiles", key: .none)
    #expect(try journal(client).isEmpty)
  }

  @Test func aRequestRefusedBeforeRoutingIsJournaledForTheTenantOfItsKey() throws {
    let client = try TestClient()
    _ = client.send("GET", "/v1/profilez")
    _ = client.send("PUT", "/v1/profiles")
    _ = client.send("GET", "/v1/profiles", key: .other(client.synupKey))
    _ = client.send("GET", "/api/v4/nowhere", headers: [("Authorization", "API \(client.synupKey)")], key: .none)
    #expect(try journal(client).map { $0["status"] } == [404, 405, 401, 404])
    #expect(try journal(client).first?["path"] == "/v1/profilez")
  }

  @Test func eachTenantSeesOnlyItsOwnRequests() throws {
    let simulator = Simulator()
    let alice = try TestClient(simulator: simulator)
    let bob = try TestClient(simulator: simulator)
    _ = alice.send("GET", "/v1/profiles")
    _ = bob.send("POST", "/v1/profiles", body: #"{"name":"Bob"}"#)
    _ = bob.send("GET", "/v1/profiles")
    #expect(try journal(alice).map { $0["method"] } == ["GET"])
    #expect(try journal(bob).map { $0["method"] } == ["POST", "GET"])
  }

  @Test func anInjectedFaultIsJournaledWithTheStatusItAnswered() throws {
    let client = try TestClient()
    try client.control("/_sim/fault", #"{"status":503}"#)
    _ = client.send("GET", "/v1/profiles")
    #expect(try journal(client).map { $0["status"] } == [503])
  }

  @Test func sinceLimitMethodAndPathChooseEntries() throws {
    let client = try TestClient()
    let id = try #require(try client.createProfile()["id"]?.stringValue)
    _ = client.send("GET", "/v1/profiles/\(id)")
    _ = client.send("GET", "/v1/profiles")
    _ = client.send("PATCH", "/v1/profiles/\(id)", body: #"{"name":"Q"}"#)
    #expect(sequenceNumbers(try journal(client, [("since", "2")])) == [3, 4])
    #expect(sequenceNumbers(try journal(client, [("limit", "2")])) == [3, 4])
    #expect(sequenceNumbers(try journal(client, [("since", "1"), ("limit", "1")])) == [4])
    #expect(sequenceNumbers(try journal(client, [("method", "get")])) == [2, 3])
    #expect(sequenceNumbers(try journal(client, [("path", "/v1/profiles/{id}")])) == [2, 4])
    #expect(sequenceNumbers(try journal(client, [("path", "/v1/profiles")])) == [1, 3])
    #expect(sequenceNumbers(try journal(client, [("method", "GET"), ("path", "/v1/profiles/\(id)")])) == [2])
    #expect(try journal(client, [("since", "4")]).isEmpty)
  }

  @Test func badParametersAreJSON400sNamingTheParameter() throws {
    let client = try TestClient()
    for (name, value) in [("since", "-1"), ("since", "two"), ("limit", "0"), ("path", "v1/profiles"), ("sinse", "1")] {
      let reply = client.send("GET", "/_sim/requests", query: [(name, value)])
      #expect(reply.status == 400, "\(name)=\(value)")
      #expect(try reply.json()["error"] == "validation_error", "\(name)=\(value)")
      #expect(try reply.json()["field"] == .string(name), "\(name)=\(value)")
      #expect(reply.headers[ControlRoute.refusalHeader] == "true")
    }
    #expect(client.send("GET", "/_sim/requests", key: .none).status == 401)
    #expect(client.send("POST", "/_sim/requests").status == 405)
  }

  @Test func clearEmptiesTheJournalAndSequenceNumbersGoOn() throws {
    let client = try TestClient()
    _ = client.send("GET", "/v1/profiles")
    _ = client.send("GET", "/v1/profiles")
    #expect(try client.control("/_sim/requests/clear") == ["cleared": 2])
    #expect(try journal(client).isEmpty)
    _ = client.send("GET", "/v1/profiles")
    #expect(sequenceNumbers(try journal(client)) == [3])
    #expect(client.send("GET", "/_sim/requests/clear").status == 405)
  }

  @Test func resetLeavesTheJournalAlone() throws {
    let client = try TestClient()
    _ = client.send("GET", "/v1/profiles")
    try client.control("/_sim/reset")
    #expect(sequenceNumbers(try journal(client)) == [1])
  }

  @Test func keepsTheNewestTenThousandEntries() throws {
    let client = try TestClient()
    let sent = RequestJournal.capacity + 5
    for _ in 0..<sent { _ = client.send("GET", "/v1/profiles/none") }
    let entries = try journal(client)
    #expect(RequestJournal.capacity == 10_000)
    #expect(entries.count == RequestJournal.capacity)
    #expect(sequenceNumbers(entries) == Array(6...sent))
    #expect(sequenceNumbers(try journal(client, [("limit", "3")])) == Array(sent - 2...sent))
  }
}
