import SynHTTP
import Synchronization

/// What `syn serve`'s delivery worker reads and records (6.3). The simulator
/// core stays a request → response function: it never sends, it only keeps
/// the outbox the worker sends from.
extension Simulator {
  /// Called by `syn serve` at start-up: webhooks registered from now on are
  /// sent, so their deliveries are `pending` or `held`. Without it (the
  /// in-process backend) every delivery stays `captured` (6.4).
  public func enableWebhookDelivery() {
    webhookDelivery.store(true, ordering: .relaxed)
  }

  var sendsWebhooks: Bool {
    webhookDelivery.load(ordering: .relaxed)
  }

  /// False while no tenant can owe a send: until a webhook is registered with
  /// delivery enabled or tenants are loaded, every delivery stays `captured`.
  /// `syn serve` looks for work after a request only once this is true, not
  /// on every request (a task and a walk over every tenant's outbox).
  public var mayOweWebhooks: Bool {
    webhookWorkPossible.load(ordering: .relaxed)
  }

  /// A registration or a load may have given some tenant webhook work.
  func noteWebhookWorkPossible() {
    webhookWorkPossible.store(true, ordering: .relaxed)
  }

  /// Every tenant's outstanding webhook work, tenants with none left out.
  public func webhookWork() -> [WebhookWork] {
    directory.withLock { $0.all }.compactMap { tenant in
      tenant.withState { state in state.synup.outbox.work(ofTenant: tenant.number) }
    }
  }

  /// The handshake of `handshake.generation` for `tenant` passed or not.
  public func recordHandshake(_ handshake: WebhookHandshake, ofTenant tenant: Int, passed: Bool) {
    withOutbox(ofTenant: tenant) { $0.recordHandshake(generation: handshake.generation, passed: passed) }
  }

  /// Records an attempt at delivery `sequenceNumber` of `tenant`; nil when it is no longer pending.
  public func recordAttempt(
    _ attempt: WebhookAttempt, sequenceNumber: Int, ofTenant tenant: Int
  ) -> WebhookAttemptOutcome? {
    withOutbox(ofTenant: tenant) { $0.recordAttempt(attempt, sequenceNumber: sequenceNumber) } ?? nil
  }

  private func withOutbox<Result: Sendable>(
    ofTenant number: Int, _ body: (inout SynupOutbox) -> Result
  ) -> Result? {
    directory.withLock { $0.tenant(number: number) }?.withState { body(&$0.synup.outbox) }
  }
}

extension SynupOutbox {
  /// The handshake when the registration needs one, and the pending deliveries; nil when there is nothing to send.
  func work(ofTenant tenant: Int) -> WebhookWork? {
    var handshake: WebhookHandshake?
    if webhook.isSent, let url = webhook.url, let secret = webhook.secret, webhook.verified == nil {
      handshake = WebhookHandshake(url: url, generation: webhook.generation, secret: secret)
    }
    let owed = deliveries.compactMap { delivery -> OwedDelivery? in
      guard delivery.state == .pending, let url = delivery.url else { return nil }
      return OwedDelivery(
        sequenceNumber: delivery.sequenceNumber, url: url,
        headers: HTTPHeaders(delivery.headers.map { ($0.name, $0.value) }), body: delivery.body)
    }
    guard handshake != nil || !owed.isEmpty else { return nil }
    return WebhookWork(tenant: tenant, handshake: handshake, deliveries: owed)
  }
}
