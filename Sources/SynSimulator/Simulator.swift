import SynCatalog
public import SynHTTP
import Synchronization

/// The simulated Synposter and Synup APIs: an HTTP-shaped function from
/// request to response, with the `/_sim/...` control plane on the same path.
///
/// Each tenant is one developer account addressed by its API keys, created
/// with `POST /_sim/tenants`. `handle` is synchronous and safe to call from
/// any thread; requests of different tenants never wait for each other.
public final class Simulator: Sendable {
  let directory: Mutex<TenantDirectory>
  /// Where `POST /_sim/snapshot` saves every tenant; nil when state is not kept.
  let stateFile: StateFile?
  /// The write-ahead log beside the state file, which every request goes through; nil without one.
  let journal: Journal?
  /// Set by `syn serve`, which sends webhooks (`enableWebhookDelivery()`).
  let webhookDelivery = Atomic<Bool>(false)
  /// See `mayOweWebhooks`.
  let webhookWorkPossible: Atomic<Bool>

  /// A simulator with no tenants yet, whose keys follow from tenant numbers
  /// alone (the same in every run), or derive from `keySecret` (`syn serve`).
  public convenience init(keySecret: KeySecret? = nil) {
    self.init(directory: TenantDirectory(keySecret: keySecret), stateFile: nil, journal: nil)
  }

  init(directory: TenantDirectory, stateFile: StateFile?, journal: Journal?) {
    self.directory = Mutex(directory)
    self.stateFile = stateFile
    self.journal = journal
    // Restored tenants may bring registrations and pending deliveries.
    webhookWorkPossible = Atomic(stateFile != nil)
  }

  /// Answers one request: a Synposter call (`/v1/...`), a Synup call
  /// (`/api/v4/...`, and Synup's mock connect page) or a control request (`/_sim/...`).
  /// With a journal the request is logged first (see `handleJournaled`).
  public func handle(_ request: HTTPRequest) -> HTTPResponse {
    handleJournaled(request).response
  }

  /// Answers `request` without logging it: the simulator proper.
  func route(_ request: HTTPRequest) -> HTTPResponse {
    let segments = pathSegments(request.path)
    switch segments.first {
    case "_sim":
      return handleControl(request, segments: segments)
    case "api" where segments.count > 1 && segments[1] == "v4":
      return handleSynup(request, segments: segments)
    case "mock" where segments.count > 1 && segments[1] == "synup":
      return handleSynupConnectPage(request, segments: segments)
    default:
      return handleSynposter(request, segments: segments)
    }
  }

  /// The tenant owning `key`, and which API the key is for.
  func tenantEntry(forKey key: String) -> TenantDirectory.Entry? {
    directory.withLock { $0.entry(forKey: key) }
  }

  /// `response`, given before a route chose a tenant (an unknown route, the
  /// other API's key), journaled for the tenant whose key the request
  /// carries, if there is one: an app's wrong path shows in its journal.
  func journaled(_ response: HTTPResponse, for request: HTTPRequest) -> HTTPResponse {
    guard let key = request.synposterKey ?? request.synupKey, let tenant = tenantEntry(forKey: key)?.tenant else {
      return response
    }
    return tenant.answer(request) { _ in response }
  }

  /// The tenant that issued `token` (an OAuth state or an upload token).
  func tenant(forToken token: some StringProtocol) -> Tenant? {
    guard let number = TenantToken.tenantNumber(of: token) else { return nil }
    return directory.withLock { $0.tenant(number: number) }
  }

  /// Signs up a new tenant on `plan`.
  func createTenant(plan: Plan) -> Tenant {
    directory.withLock { $0.createTenant(plan: plan) }
  }
}
