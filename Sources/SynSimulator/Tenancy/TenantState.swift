/// Everything one simulated developer account holds. Only ever touched under
/// its tenant's lock.
struct TenantState: Sendable {
  /// The clock: frozen unless the control plane moves it.
  var now: Timestamp
  var ids: IDGenerator
  var billing: Billing
  var profiles = ProfileStore()
  var faults = FaultQueue()
  var idempotency = IdempotencyStore()
  /// Requests per minute per key; nil (the default) is no limit.
  var rateLimiter: RateLimiter?

  /// A fresh account of tenant `number`, signed up at the start of simulated
  /// time with its Default profile.
  init(number: Int, plan: Plan) {
    now = Timestamp.simulationStart
    ids = IDGenerator(seed: number)
    billing = Billing(plan: plan, signup: now)
    _ = profiles.insert(id: ids.next(), name: "Default", externalId: nil, metadata: nil, at: now)
  }
}
