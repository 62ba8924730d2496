import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import SynHTTP
import SynSimulator

/// Sends what the simulator's Synup outboxes owe (synup-sections.md 6.3): the
/// verification handshake, then each pending delivery in `seq` order, one
/// tenant at a time per tenant, with retries on the wall clock. The simulator
/// only keeps the records; this worker is the one side effect of `syn serve`.
public actor WebhookDeliveryWorker {
  static let userAgent = "syn-simulator-webhooks/1"

  private let simulator: Simulator
  private let client: HTTPClient
  private let attemptTimeout: Duration
  /// Tenants whose sends are under way: a tenant's sends never overlap, so they keep `seq` order.
  private var busyTenants: Set<Int> = []
  /// When a delivery waiting for a retry may be tried again; the others are due at once.
  private var retryTimes: [DeliveryKey: ContinuousClock.Instant] = [:]

  private struct DeliveryKey: Hashable {
    let tenant: Int
    let sequenceNumber: Int
  }

  /// A worker for `simulator` with its own client, which does not follow redirects (6.3).
  init(simulator: Simulator, attemptTimeout: Duration = .seconds(10)) {
    self.simulator = simulator
    self.attemptTimeout = attemptTimeout
    client = HTTPClient(
      eventLoopGroupProvider: .singleton,
      configuration: HTTPClient.Configuration(redirectConfiguration: .disallow, timeout: .init(connect: .seconds(10))))
  }

  /// Closes the client's connections; sends still under way then fail.
  func shutdown() async {
    try? await client.shutdown()
  }

  /// Sweeps every second until cancelled.
  func run() async {
    while !Task.isCancelled {
      sweep()
      try? await Task.sleep(for: .seconds(1))
    }
  }

  /// Starts sending what each idle tenant owes now: called after each request and by `run`'s timer.
  func sweep() {
    let now = ContinuousClock.now
    for work in simulator.webhookWork() where !busyTenants.contains(work.tenant) {
      let due = work.deliveries.filter { delivery in
        retryTimes[DeliveryKey(tenant: work.tenant, sequenceNumber: delivery.sequenceNumber)].map { $0 <= now } ?? true
      }
      guard work.handshake != nil || !due.isEmpty else { continue }
      busyTenants.insert(work.tenant)
      Task { await send(work.handshake, due, ofTenant: work.tenant) }
    }
  }

  private func send(_ handshake: WebhookHandshake?, _ deliveries: [OwedDelivery], ofTenant tenant: Int) async {
    defer { busyTenants.remove(tenant) }
    if let handshake { await verify(handshake, ofTenant: tenant) }
    for delivery in deliveries { await deliver(delivery, ofTenant: tenant) }
  }

  /// POSTs `endpoint.verification` with a fresh nonce and records whether the answer passed.
  private func verify(_ handshake: WebhookHandshake, ofTenant tenant: Int) async {
    let nonce = (0..<10).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max)) }.joined()
    let (headers, body) = handshake.request(nonce: nonce, timestamp: Self.wallClockTime())
    let exchange = await post(body, headers: headers, to: handshake.url)
    let passed = exchange.status.map { handshake.isPassed(status: $0, body: exchange.body, nonce: nonce) } ?? false
    simulator.recordHandshake(handshake, ofTenant: tenant, passed: passed)
  }

  private func deliver(_ delivery: OwedDelivery, ofTenant tenant: Int) async {
    let key = DeliveryKey(tenant: tenant, sequenceNumber: delivery.sequenceNumber)
    let at = Self.wallClockTime()
    let exchange = await post(delivery.body, headers: delivery.headers, to: delivery.url)
    let attempt = WebhookAttempt(
      at: at, status: exchange.status, error: exchange.error, milliseconds: exchange.milliseconds)
    switch simulator.recordAttempt(attempt, sequenceNumber: delivery.sequenceNumber, ofTenant: tenant) {
    case .retry(let seconds):
      retryTimes[key] = .now + .seconds(seconds)
    case .delivered, .failed, nil:
      retryTimes[key] = nil
    }
  }

  /// What one POST got: a status and up to 64 KiB of body, or the error that came instead.
  private struct Exchange {
    var status: Int?
    var body: [UInt8] = []
    var error: String?
    var milliseconds = 0
  }

  private func post(_ body: [UInt8], headers: SynHTTP.HTTPHeaders, to url: String) async -> Exchange {
    var request = HTTPClientRequest(url: url)
    request.method = .POST
    for field in headers { request.headers.add(name: field.name, value: field.value) }
    request.headers.replaceOrAdd(name: "User-Agent", value: Self.userAgent)
    request.body = .bytes(ByteBuffer(bytes: body))
    let start = ContinuousClock.now
    var exchange = Exchange()
    do {
      let response = try await client.execute(request, timeout: TimeAmount(attemptTimeout))
      exchange.status = Int(response.status.code)
      exchange.body = (try? await response.body.collect(upTo: 64 * 1024)).map { Array(buffer: $0) } ?? []
    } catch {
      exchange.error = Self.describe(error)
    }
    let elapsed = ContinuousClock.now - start
    exchange.milliseconds = Int(elapsed / .milliseconds(1))
    return exchange
  }

  private static func describe(_ error: any Error) -> String {
    switch error as? HTTPClientError {
    case .deadlineExceeded?, .readTimeout?, .connectTimeout?: "timeout"
    default: "\(error)"
    }
  }

  private static func wallClockTime() -> String {
    Date.now.formatted(.iso8601)
  }
}
