import SynHTTP
import SynJSON
import Testing

@testable import SynSimulator

/// `mock webhook` and `mock deliveries` (synup-sections.md 5.6, 6.2, 6.4), and
/// the outbox records `syn serve`'s delivery worker reads and updates (6.3).
@Suite struct SynupWebhookTests {
  private static let listingBody: JSONValue = [
    "event": "listing.submission", "status": "incomplete", "error_message": "Phone mismatch",
  ]

  private func register(_ client: TestClient, _ body: String) -> Reply {
    client.send("POST", "/_sim/synup/webhook", body: body)
  }

  private func deliveries(_ client: TestClient, _ query: [(String, String)] = []) throws -> [JSONValue] {
    let reply = client.send("GET", "/_sim/synup/deliveries", query: query)
    try #require(reply.status == 200, "\(reply.status) \(reply.text)")
    return try #require(try reply.json()["deliveries"]?.arrayValue)
  }

  /// Emits an event as the other sections do, at the tenant clock's time.
  private func emit(_ client: TestClient, _ event: String = "listing.submission", body: JSONValue = listingBody) {
    client.simulator.tenantEntry(forKey: client.synupKey)?.tenant.withState { state in
      state.synup.outbox.emit(event, body: body, at: state.now)
    }
  }

  private func sequenceNumbers(_ records: [JSONValue]) -> [Int] {
    records.compactMap { $0["seq"]?.numberValue?.intValue }
  }

  @Test func registrationAnswersWhatWasRegistered() throws {
    let client = try TestClient()
    let reply = register(client, #"{"url":"https://example.com/hook","secret":"whsec_test","retries":2}"#)
    #expect(reply.status == 200)
    #expect(reply.text == #"{"url":"https://example.com/hook","signed":true,"retries":2,"verified":null}"#)
    #expect(register(client, "").text == #"{"url":null,"signed":false,"retries":0,"verified":null}"#)
    #expect(register(client, #"{"url":null}"#).text == #"{"url":null,"signed":false,"retries":0,"verified":null}"#)
    #expect(register(client, #"{"url":"http://localhost:9000/x"}"#).status == 200)
  }

  @Test func badItemsAreValidationErrorsOnTheirField() throws {
    let client = try TestClient()
    for (body, field) in [
      (#"{"retries":11}"#, "retries"), (#"{"retries":-1}"#, "retries"), (#"{"url":"ftp://example.com"}"#, "url"),
      (#"{"url":"https://"}"#, "url"), (#"{"secret":""}"#, "secret"), (#"{"url":5}"#, "url"),
    ] {
      let reply = register(client, body)
      #expect(reply.status == 400, "\(body)")
      #expect(try reply.json()["error"] == "validation_error")
      #expect(try reply.json()["field"] == .string(field), "\(body)")
      #expect(reply.headers[ControlRoute.refusalHeader] == "true")
    }
    let badAfter = client.send("GET", "/_sim/synup/deliveries", query: [("after", "two")])
    #expect(badAfter.status == 400)
    #expect(try badAfter.json()["field"] == "after")
  }

  @Test func inProcessEveryDeliveryIsCapturedAndSigned() throws {
    let client = try TestClient()
    _ = register(client, #"{"url":"https://example.com/hook","secret":"whsec_test"}"#)
    emit(client)
    let record = try #require(try deliveries(client).first)
    #expect(record.objectValue?.keys == ["seq", "event", "createdAt", "url", "state", "headers", "body", "attempts"])
    #expect(record["seq"] == 1)
    #expect(record["event"] == "listing.submission")
    #expect(record["createdAt"] == "2026-01-01T00:00:00Z")
    #expect(record["url"] == "https://example.com/hook")
    #expect(record["state"] == "captured")
    #expect(record["body"] == Self.listingBody)
    #expect(record["attempts"] == .array([]))
    #expect(record["headers"]?["Content-Type"] == "application/json")
    let signature = HMACSHA256.authenticationCode(
      for: Array(Self.listingBody.compactBytes), key: Array("whsec_test".utf8))
    #expect(record["headers"]?["X-Synup-Signature"] == .string("sha256=" + Base64.standard.encode(signature)))
  }

  @Test func withoutAURLDeliveriesAreCapturedUnsigned() throws {
    let client = try TestClient()
    client.simulator.enableWebhookDelivery()
    emit(client)
    let record = try #require(try deliveries(client).first)
    #expect(record["url"] == .null)
    #expect(record["state"] == "captured")
    #expect(record["headers"]?.objectValue?.keys == ["Content-Type"])
    #expect(client.simulator.webhookWork().isEmpty)
  }

  @Test func eventAndAfterChooseTheDeliveries() throws {
    let client = try TestClient()
    emit(client)
    emit(client, "interaction.review", body: ["event": "interaction.review"])
    emit(client)
    #expect(sequenceNumbers(try deliveries(client)) == [1, 2, 3])
    #expect(sequenceNumbers(try deliveries(client, [("event", "listing.submission")])) == [1, 3])
    #expect(sequenceNumbers(try deliveries(client, [("after", "1")])) == [2, 3])
    #expect(sequenceNumbers(try deliveries(client, [("event", "listing.submission"), ("after", "1")])) == [3])
    #expect(try deliveries(client, [("after", "3")]).isEmpty)
  }

  @Test func servedASecretHoldsDeliveriesUntilTheHandshakePasses() throws {
    let client = try TestClient()
    let simulator = client.simulator
    simulator.enableWebhookDelivery()
    _ = register(client, #"{"url":"http://localhost:1/hook","secret":"whsec_test"}"#)
    emit(client)
    #expect(try deliveries(client).first?["state"] == "held")
    let work = try #require(simulator.webhookWork().first)
    let handshake = try #require(work.handshake)
    #expect(work.deliveries.isEmpty)
    simulator.recordHandshake(handshake, ofTenant: work.tenant, passed: true)
    #expect(try deliveries(client).first?["state"] == "pending")
    #expect(register(client, "{}").status == 200)
    #expect(try deliveries(client).first?["state"] == "pending", "registering again keeps the states made")
    let pending = try #require(simulator.webhookWork().first?.deliveries.first)
    #expect(pending.url == "http://localhost:1/hook")
    #expect(pending.headers["X-Synup-Signature"]?.hasPrefix("sha256=") == true)
  }

  @Test func aFailedHandshakeKeepsThemHeldAndAStaleOneIsIgnored() throws {
    let client = try TestClient()
    let simulator = client.simulator
    simulator.enableWebhookDelivery()
    _ = register(client, #"{"url":"http://localhost:1/hook","secret":"whsec_test"}"#)
    emit(client)
    let stale = try #require(simulator.webhookWork().first?.handshake)
    let answer = register(client, #"{"url":"http://localhost:1/hook","secret":"whsec_test"}"#)
    #expect(try answer.json()["verified"] == .null)
    simulator.recordHandshake(stale, ofTenant: 1, passed: true)
    #expect(try deliveries(client).first?["state"] == "held")
    let current = try #require(simulator.webhookWork().first?.handshake)
    simulator.recordHandshake(current, ofTenant: 1, passed: false)
    #expect(
      try register(client, #"{"url":"http://localhost:1/hook","secret":"whsec_test"}"#).json()["verified"] == .null)
    #expect(try deliveries(client).first?["state"] == "held")
  }

  @Test func failedAttemptsAreRetriedAfter1Then4SecondsThenFail() throws {
    let client = try TestClient()
    let simulator = client.simulator
    simulator.enableWebhookDelivery()
    _ = register(client, #"{"url":"http://localhost:1/hook","retries":2}"#)
    emit(client)
    emit(client)
    let failure = WebhookAttempt(at: "2026-12-04T10:00:00Z", status: 500, error: nil, milliseconds: 3)
    #expect(simulator.recordAttempt(failure, sequenceNumber: 1, ofTenant: 1) == .retry(afterSeconds: 1))
    #expect(simulator.recordAttempt(failure, sequenceNumber: 1, ofTenant: 1) == .retry(afterSeconds: 4))
    #expect(simulator.recordAttempt(failure, sequenceNumber: 1, ofTenant: 1) == .failed)
    #expect(simulator.recordAttempt(failure, sequenceNumber: 1, ofTenant: 1) == nil)
    let success = WebhookAttempt(at: "2026-12-04T10:00:01Z", status: 204, error: nil, milliseconds: 2)
    #expect(simulator.recordAttempt(success, sequenceNumber: 2, ofTenant: 1) == .delivered)
    let records = try deliveries(client)
    #expect(records.map { $0["state"] } == ["failed", "delivered"])
    #expect(records[0]["attempts"]?.arrayValue?.count == 3)
    #expect(records[0]["attempts"]?[0] == ["at": "2026-12-04T10:00:00Z", "status": 500, "error": .null, "ms": 3])
  }

  @Test func deliveriesAreSavedAndLoadedWithTheTenant() throws {
    let client = try TestClient()
    client.simulator.enableWebhookDelivery()
    _ = register(client, #"{"url":"http://localhost:1/hook"}"#)
    emit(client)
    let saved = client.send("GET", "/_sim/tenant-state")
    try #require(saved.status == 200)
    _ = client.send("POST", "/_sim/reset")
    #expect(try deliveries(client).isEmpty)
    let load = HTTPRequest(
      method: "PUT", path: "/_sim/tenant-state", headers: HTTPHeaders([("x-api-key", client.synposterKey)]),
      body: saved.body)
    #expect(client.simulator.handle(load).status == 200)
    #expect(try deliveries(client).map { $0["state"] } == ["pending"])
    #expect(client.simulator.webhookWork().first?.deliveries.map(\.sequenceNumber) == [1])
  }
}
