import Foundation
import SynHTTP
import SynJSON
import SynTestSupport
import Testing

@testable import SynServer
@testable import SynSimulator

/// `syn serve`'s webhook sends (synup-sections.md 6.3) against a receiver started in the test.
@Suite(.serialized) struct WebhookDeliveryWorkerTests {
  private static let secret = "whsec_test"
  private static let event: JSONValue = ["event": "listing.submission", "status": "success"]

  /// A served simulator (deliveries are sent) with one tenant, and its Synup key.
  private func servedSimulator(_ simulator: Simulator = Simulator()) throws -> (Simulator, String) {
    simulator.enableWebhookDelivery()
    return (simulator, try NewTenant(signingUpOn: simulator).synupKey)
  }

  private func register(_ simulator: Simulator, _ key: String, _ body: String) throws {
    let request = HTTPRequest(
      method: "POST", path: "/_sim/synup/webhook", headers: HTTPHeaders([("x-api-key", key)]), body: Array(body.utf8))
    try #require(simulator.handle(request).status == 200)
  }

  private func emit(_ simulator: Simulator, _ key: String) {
    simulator.tenantEntry(forKey: key)?.tenant.withState { state in
      state.synup.outbox.emit("listing.submission", body: Self.event, at: state.now)
    }
  }

  private func deliveries(_ simulator: Simulator, _ key: String) throws -> [JSONValue] {
    let request = HTTPRequest(
      method: "GET", path: "/_sim/synup/deliveries", headers: HTTPHeaders([("x-api-key", key)]))
    return try #require(try JSONValue(parsing: simulator.handle(request).body)["deliveries"]?.arrayValue)
  }

  /// Sweeps until `done` holds of the first delivery, for up to 10 s.
  private func sweep(
    _ worker: WebhookDeliveryWorker, until done: () throws -> Bool
  ) async throws {
    for _ in 0..<100 {
      await worker.sweep()
      if try done() { return }
      try await Task.sleep(for: .milliseconds(100))
    }
    Issue.record("the worker did not get there within 10 s")
  }

  private func withWorker(
    _ simulator: Simulator, attemptTimeout: Duration = .seconds(10),
    _ body: (WebhookDeliveryWorker) async throws -> Void
  ) async throws {
    let worker = WebhookDeliveryWorker(simulator: simulator, attemptTimeout: attemptTimeout)
    do {
      try await body(worker)
    } catch {
      await worker.shutdown()
      throw error
    }
    await worker.shutdown()
  }

  private static func handshakeAnswer(_ request: WebhookReceiver.Received) -> String {
    let nonce = (try? JSONValue(parsing: request.body)["nonce"]?.stringValue) ?? ""
    return HMACSHA256.authenticationCode(for: Array(nonce.utf8), key: Array(secret.utf8))
      .map { String(format: "%02x", $0) }.joined()
  }

  private static func isHandshake(_ request: WebhookReceiver.Received) -> Bool {
    (try? JSONValue(parsing: request.body)["event"]) == "endpoint.verification"
  }

  @Test func aPassedHandshakeReleasesASignedDelivery() async throws {
    let receiver = WebhookReceiver { request, _ in
      Self.isHandshake(request) ? (200, "\"\(Self.handshakeAnswer(request))\"\n") : (200, "ok")
    }
    let (simulator, key) = try servedSimulator()
    try await receiver.serving { origin in
      try register(simulator, key, #"{"url":"\#(origin)/hook","secret":"\#(Self.secret)"}"#)
      emit(simulator, key)
      try await withWorker(simulator) { worker in
        try await sweep(worker) { try deliveries(simulator, key).first?["state"] == "delivered" }
      }
    }
    let requests = receiver.requests
    try #require(requests.count == 2)
    let handshake = try JSONValue(parsing: requests[0].body)
    #expect(handshake.objectValue?.keys == ["event", "nonce", "timestamp"])
    #expect(handshake["nonce"]?.stringValue?.count == 20)
    let delivery = requests[1]
    #expect(delivery.path == "/hook")
    #expect(delivery.body == Self.event.compactBytes)
    #expect(delivery.headers["user-agent"] == "syn-simulator-webhooks/1")
    #expect(delivery.headers["content-type"] == "application/json")
    let code = HMACSHA256.authenticationCode(for: delivery.body, key: Array(Self.secret.utf8))
    #expect(delivery.headers["x-synup-signature"] == "sha256=" + Data(code).base64EncodedString())
    let attempts = try #require(try deliveries(simulator, key).first?["attempts"]?.arrayValue)
    #expect(attempts.count == 1)
    #expect(attempts.first?["status"] == 200)
    #expect(attempts.first?["error"] == .null)
  }

  @Test func aWrongHandshakeKeepsDeliveriesHeld() async throws {
    let receiver = WebhookReceiver { _, _ in (200, "nope") }
    let (simulator, key) = try servedSimulator()
    try await receiver.serving { origin in
      try register(simulator, key, #"{"url":"\#(origin)/hook","secret":"\#(Self.secret)"}"#)
      emit(simulator, key)
      try await withWorker(simulator) { worker in
        try await sweep(worker) { simulator.webhookWork().isEmpty }
        await worker.sweep()
        try await Task.sleep(for: .milliseconds(200))
      }
    }
    #expect(receiver.requests.count == 1)
    #expect(try deliveries(simulator, key).first?["state"] == "held")
  }

  @Test func aFailedAttemptIsRetriedThenDelivered() async throws {
    let receiver = WebhookReceiver { _, index in index == 0 ? (500, "busy") : (204, "") }
    let (simulator, key) = try servedSimulator()
    try await receiver.serving { origin in
      try register(simulator, key, #"{"url":"\#(origin)/hook","retries":1}"#)
      emit(simulator, key)
      try await withWorker(simulator) { worker in
        try await sweep(worker) { try deliveries(simulator, key).first?["state"] == "delivered" }
      }
    }
    let attempts = try #require(try deliveries(simulator, key).first?["attempts"]?.arrayValue)
    #expect(attempts.map { $0["status"] } == [500, 204])
    #expect(receiver.requests.count == 2)
    #expect(receiver.requests.allSatisfy { $0.headers["x-synup-signature"] == nil })
  }

  @Test func aTimeoutWithoutRetriesFails() async throws {
    let receiver = WebhookReceiver { _, _ in
      try? await Task.sleep(for: .seconds(2))
      return (200, "")
    }
    let (simulator, key) = try servedSimulator()
    try await receiver.serving { origin in
      try register(simulator, key, #"{"url":"\#(origin)/hook"}"#)
      emit(simulator, key)
      try await withWorker(simulator, attemptTimeout: .milliseconds(300)) { worker in
        try await sweep(worker) { try deliveries(simulator, key).first?["state"] == "failed" }
      }
    }
    let attempt = try #require(try deliveries(simulator, key).first?["attempts"]?.arrayValue?.first)
    #expect(attempt["status"] == .null)
    #expect(attempt["error"] == "timeout")
  }

  /// Until a webhook is registered on a simulator that sends, no request can
  /// leave work for the worker: syn serve then skips the look after each request.
  @Test func webhookWorkIsPossibleOnlyOnceAWebhookIsRegisteredToBeSent() throws {
    let inProcess = Simulator()
    let inProcessKey = try NewTenant(signingUpOn: inProcess).synupKey
    try register(inProcess, inProcessKey, #"{"url":"http://127.0.0.1:9/hook"}"#)
    #expect(!inProcess.mayOweWebhooks)  // its deliveries stay captured
    let (served, key) = try servedSimulator()
    emit(served, key)
    #expect(!served.mayOweWebhooks)
    try register(served, key, #"{"url":"http://127.0.0.1:9/hook"}"#)
    #expect(served.mayOweWebhooks)
  }

  @Test func pendingDeliveriesResumeAfterARestartWithItsState() async throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("syn-webhooks-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = StateFile(path: directory.appendingPathComponent("state.json").path)
    let receiver = WebhookReceiver { _, _ in (200, "") }
    try await receiver.serving { origin in
      let (first, key) = try servedSimulator(try Simulator.restored(from: file).0)
      try register(first, key, #"{"url":"\#(origin)/hook"}"#)
      emit(first, key)
      _ = try first.saveState()
      let restarted = try Simulator.restored(from: file).0
      restarted.enableWebhookDelivery()
      #expect(restarted.mayOweWebhooks)  // a restored outbox may hold pending deliveries
      #expect(try deliveries(restarted, key).first?["state"] == "pending")
      try await withWorker(restarted) { worker in
        try await sweep(worker) { try deliveries(restarted, key).first?["state"] == "delivered" }
      }
    }
    #expect(receiver.requests.count == 1)
  }
}
