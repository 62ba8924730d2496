public import SynJSON

/// The simulator's `/_sim` control plane as one vocabulary: the routes `mock`
/// statements and tenant provisioning call, and the simulator answers, in
/// process and on `syn serve` alike. Every route but `tenants` acts on the
/// tenant whose key the request carries.
public enum ControlRoute: String, Sendable, CaseIterable {
  /// Signs up a tenant (`POST`, no key needed); answered with a `NewTenant`.
  case tenants
  case reset, plan, clock, seed, fault, usage
  case rateLimit = "ratelimit"
  /// The tenant at a glance (`GET`).
  case state
  case authorize
  case publishFailures = "publish-failures"
  case publisher
  /// Every tenant written to `syn serve --state`'s file.
  case snapshot
  /// The tenant as a document: read (`GET`, `mock save`) or replaced (`PUT`, `mock load`).
  case tenantState = "tenant-state"
  /// Sets a Synup listing's status (`mock listing`).
  case synupListings = "synup/listings"
  /// Completes pending Synup jobs now (`mock finish`, synup-sections.md 5.6).
  case synupFinish = "synup/finish"
  /// Synup: a review stored and announced at once (`mock review`).
  case synupReviews = "synup/reviews"
  /// Synup: a campaign customer's feedback (`mock feedback`).
  case synupFeedback = "synup/feedback"
  /// The tenant's Synup webhook registration (`mock webhook`).
  case synupWebhook = "synup/webhook"
  /// The tenant's Synup webhook outbox (`GET`, `mock deliveries`).
  case synupDeliveries = "synup/deliveries"
  /// The tenant's request journal, newest last (`GET`, `mock requests`).
  case requests
  /// Empties the tenant's request journal (`POST`).
  case clearRequests = "requests/clear"

  /// `/_sim/ROUTE`.
  public var path: String {
    "/_sim/" + rawValue
  }

  /// The routes that act on the whole server rather than on the tenant of the
  /// request's key: signing up a tenant, saving every tenant. A server off
  /// loopback asks an admin token for these.
  public static let serverWide: [ControlRoute] = [.tenants, .snapshot]

  /// True when `request` is this route with a method it answers.
  public func matches(_ request: HTTPRequest) -> Bool {
    request.path == path && methods.contains(request.method)
  }

  /// The methods the route answers, in the order a 405 lists them.
  public var methods: [String] {
    switch self {
    case .state, .synupDeliveries, .requests: ["GET"]
    case .tenantState: ["GET", "PUT"]
    default: ["POST"]
    }
  }

  /// True for any path under the control plane, whether or not it names a route.
  /// Marks a control answer that refuses the request itself (a bad value,
  /// nothing to act on): a `mock` statement answered so is a runtime error.
  /// An answer without it is one the real API could give (the OAuth callback's
  /// 400 `invalid_state` for a flow that expired), and a script checks it with `expect`.
  public static let refusalHeader = "Syn-Control-Refusal"

  public static func isControlPath(_ path: some StringProtocol) -> Bool {
    path == "/_sim" || path.hasPrefix("/_sim/")
  }

  /// `POST /_sim/ROUTE` with `body` as JSON.
  public func post(_ body: JSONObject) -> HTTPRequest {
    HTTPRequest(method: "POST", path: path, headers: Self.jsonContent, body: JSONValue.object(body).compactBytes)
  }

  /// `GET /_sim/ROUTE`.
  public func get() -> HTTPRequest {
    HTTPRequest(method: "GET", path: path)
  }

  /// `PUT /_sim/tenant-state` of a document `GET` gave (`mock load`).
  public static func loadTenant(_ saved: [UInt8]) -> HTTPRequest {
    HTTPRequest(method: "PUT", path: ControlRoute.tenantState.path, headers: jsonContent, body: saved)
  }

  /// `POST /_sim/tenants`, on `plan` when given (else the simulator's default plan).
  public static func signUp(plan: String? = nil) -> HTTPRequest {
    ControlRoute.tenants.post(JSONObject(plan.map { [.init(key: "plan", value: .string($0))] } ?? []))
  }

  /// `POST /_sim/seed`: the tenant's ids from now on follow `seed`.
  public static func seed(_ seed: JSONValue) -> HTTPRequest {
    ControlRoute.seed.post(JSONObject([.init(key: "seed", value: seed)]))
  }

  private static let jsonContent = HTTPHeaders([("Content-Type", "application/json")])
}
