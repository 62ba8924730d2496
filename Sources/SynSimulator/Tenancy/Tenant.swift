import SynHTTP
import Synchronization

/// One simulated developer account: its keys and its state behind its own
/// lock, so requests of different tenants never wait for each other.
final class Tenant: Sendable {
  let number: Int
  let keys: APIKeys
  /// The plan it signed up with, which `reset` returns to.
  let initialPlan: Plan
  private let state: Mutex<TenantState>
  /// Not part of the state: `reset`, `mock load` and the state file leave it alone.
  private let journal = Mutex(RequestJournal())

  /// The server's secret, which the state's tokens are derived under; nil in process.
  private let keySecret: KeySecret?

  init(number: Int, plan: Plan, keySecret: KeySecret?) {
    self.number = number
    keys = APIKeys(tenantNumber: number, secret: keySecret)
    initialPlan = plan
    self.keySecret = keySecret
    state = Mutex(TenantState(number: number, plan: plan))
  }

  /// `t1`, `t2`, … as the control plane reports it.
  var id: String { "t\(number)" }

  /// Runs `body` with exclusive access to the tenant's state.
  func withState<Result: Sendable, Failure: Error>(
    _ body: (inout TenantState) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    try state.withLock { state throws(Failure) in
      // Set on every access: a reset, `mock load` or the state file may have replaced the state.
      state.tokenSecret = keySecret
      return try body(&state)
    }
  }

  /// Answers `request` with exclusive access to the state, and journals it
  /// with its status and the time on the tenant's clock.
  func answer(_ request: HTTPRequest, _ body: (inout TenantState) -> HTTPResponse) -> HTTPResponse {
    withState { state in
      let response = body(&state)
      journal.withLock { $0.record(request, status: response.status, at: state.now) }
      return response
    }
  }

  /// Runs `body` with exclusive access to the tenant's journal.
  func withJournal<Result: Sendable, Failure: Error>(
    _ body: (inout RequestJournal) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    try journal.withLock { journal throws(Failure) in try body(&journal) }
  }

  /// Throws the state away for a fresh one, as at sign-up; the keys stay.
  func reset() {
    state.withLock { $0 = TenantState(number: number, plan: initialPlan) }
  }
}
