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

  enum TenantControl: Sendable {
    case reset, plan, clock, seed, fault, usage, rateLimit, state
    case authorize, publishFailures, publisher
  }

  /// The control plane's routes.
  static let routes = RouteTable<ControlEndpoint>([
    .init(template: PathTemplate("/_sim/tenants"), auth: .none, methods: [("POST", .createTenant)]),
    .init(template: PathTemplate("/_sim/reset"), auth: .required, methods: [("POST", .tenant(.reset))]),
    .init(template: PathTemplate("/_sim/plan"), auth: .required, methods: [("POST", .tenant(.plan))]),
    .init(template: PathTemplate("/_sim/clock"), auth: .required, methods: [("POST", .tenant(.clock))]),
    .init(template: PathTemplate("/_sim/seed"), auth: .required, methods: [("POST", .tenant(.seed))]),
    .init(template: PathTemplate("/_sim/fault"), auth: .required, methods: [("POST", .tenant(.fault))]),
    .init(template: PathTemplate("/_sim/usage"), auth: .required, methods: [("POST", .tenant(.usage))]),
    .init(template: PathTemplate("/_sim/ratelimit"), auth: .required, methods: [("POST", .tenant(.rateLimit))]),
    .init(template: PathTemplate("/_sim/state"), auth: .required, methods: [("GET", .tenant(.state))]),
    .init(template: PathTemplate("/_sim/authorize"), auth: .required, methods: [("POST", .tenant(.authorize))]),
    .init(
      template: PathTemplate("/_sim/publish-failures"), auth: .required,
      methods: [("POST", .tenant(.publishFailures))]),
    .init(template: PathTemplate("/_sim/publisher"), auth: .required, methods: [("POST", .tenant(.publisher))]),
    .init(template: PathTemplate("/_sim/snapshot"), auth: .required, methods: [("POST", .snapshot)]),
    .init(
      template: PathTemplate("/_sim/tenant-state"), auth: .required,
      methods: [("GET", .saveTenant), ("PUT", .loadTenant)]),
  ])
}
