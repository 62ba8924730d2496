import SynCatalog
import SynHTTP

/// What a `/_sim/...` control route does.
enum ControlEndpoint: Sendable {
  /// Signs up a tenant; the only route that needs no key.
  case createTenant
  /// Acts on the tenant whose key the request carries.
  case tenant(TenantControl)
  /// Saves every tenant to `syn serve --state`'s file (any tenant's key).
  case snapshot
  /// The tenant's whole state as a document (`mock save`), or replaced by one (`mock load`).
  case saveTenant, loadTenant
  /// Registers the tenant's webhook, sent only by a simulator that delivers (`syn serve`).
  case synupWebhook
  /// The tenant's request journal, read or emptied.
  case requests, clearRequests

  enum TenantControl: Sendable {
    case reset, plan, clock, seed, fault, usage, rateLimit, state
    case authorize, publishFailures, publisher
    case synupListings
    case synupFinish
    case synupReview, synupFeedback
    case synupDeliveries
  }

  /// What `method` on `route` does (one of `route.methods`).
  init(_ route: ControlRoute, method: String) {
    switch route {
    case .tenants: self = .createTenant
    case .reset: self = .tenant(.reset)
    case .plan: self = .tenant(.plan)
    case .clock: self = .tenant(.clock)
    case .seed: self = .tenant(.seed)
    case .fault: self = .tenant(.fault)
    case .usage: self = .tenant(.usage)
    case .rateLimit: self = .tenant(.rateLimit)
    case .state: self = .tenant(.state)
    case .authorize: self = .tenant(.authorize)
    case .publishFailures: self = .tenant(.publishFailures)
    case .publisher: self = .tenant(.publisher)
    case .snapshot: self = .snapshot
    case .tenantState: self = method == "PUT" ? .loadTenant : .saveTenant
    case .synupListings: self = .tenant(.synupListings)
    case .synupFinish: self = .tenant(.synupFinish)
    case .synupReviews: self = .tenant(.synupReview)
    case .synupFeedback: self = .tenant(.synupFeedback)
    case .synupWebhook: self = .synupWebhook
    case .synupDeliveries: self = .tenant(.synupDeliveries)
    case .requests: self = .requests
    case .clearRequests: self = .clearRequests
    }
  }

  /// The control plane's routes: every `ControlRoute` with the methods it answers.
  static let routes = RouteTable<ControlEndpoint>(
    ControlRoute.allCases.map { route in
      .init(
        template: PathTemplate(route.path), auth: route == .tenants ? .none : .required,
        methods: route.methods.map { ($0, ControlEndpoint(route, method: $0)) })
    })
}
