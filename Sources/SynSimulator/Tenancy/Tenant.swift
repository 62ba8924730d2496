import Synchronization

/// One simulated developer account: its keys and its state behind its own
/// lock, so requests of different tenants never wait for each other.
final class Tenant: Sendable {
  let number: Int
  let keys: APIKeys
  /// The plan it signed up with, which `reset` returns to.
  let initialPlan: Plan
  private let state: Mutex<TenantState>

  init(number: Int, plan: Plan, keySecret: KeySecret?) {
    self.number = number
    keys = APIKeys(tenantNumber: number, secret: keySecret)
    initialPlan = plan
    state = Mutex(TenantState(number: number, plan: plan))
  }

  /// `t1`, `t2`, … as the control plane reports it.
  var id: String { "t\(number)" }

  /// Runs `body` with exclusive access to the tenant's state.
  func withState<Result: Sendable, Failure: Error>(
    _ body: (inout TenantState) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    try state.withLock { state throws(Failure) in try body(&state) }
  }

  /// Throws the state away for a fresh one, as at sign-up; the keys stay.
  func reset() {
    state.withLock { $0 = TenantState(number: number, plan: initialPlan) }
  }
}
