public import SynCatalog
import SynHTTP
public import SynJSON
import SynLanguage
import SynSimulator

/// The state one test case (or one interactive session) runs in: its own
/// simulator tenant, variables, active API and last response.
public final class Session {
  public let configuration: RunConfiguration
  public internal(set) var variables: [String: JSONValue]
  public internal(set) var api: APIName = .synposter
  public internal(set) var last: Exchange?
  /// Where requests go: the in-process simulator, or a server over HTTP (`backend live`).
  var backend: any Backend
  /// True on the live backend.
  public internal(set) var isLive = false
  /// True where `mock` statements work: in process, or on a server with the `/_sim` control plane.
  public internal(set) var hasControlPlane = true
  /// The key each API's requests carry: the tenant's, unless `--api-key` or `set apiKey` replaced it.
  var apiKeys: [APIName: String]
  var settings = Settings()
  /// Absolute paths of the files being included, innermost last (cycle detection).
  var includeStack: [String] = []
  /// The test case's identity, which seeds each new tenant's ids.
  private var identity: String?

  struct Settings {
    var timeoutMilliseconds = 30_000
    var retries = 0
    var verbose = false
    var baseURL: String?
  }

  private init(configuration: RunConfiguration, identity: String?) {
    self.configuration = configuration
    self.backend = SimulatorBackend(simulator: configuration.simulator)
    self.apiKeys = [:]
    self.identity = identity
    self.variables = configuration.variables.mapValues { .string($0) }
    self.settings.verbose = configuration.verbose
    self.settings.baseURL = configuration.baseURL
  }

  /// Opens a session on a fresh tenant: of the in-process simulator, or with
  /// `--backend live`, of the server's simulator when it has the control plane.
  ///
  /// The tenant is created through the control plane (`POST /_sim/tenants`),
  /// in process as on `syn serve`, so both backends start a case the same way.
  /// With an `identity` (a test case's file and name), the tenant's ids are
  /// seeded from it, so a case sees the same ids on every run, whatever ran
  /// before it or beside it.
  public static func start(configuration: RunConfiguration, identity: String? = nil) async throws(Interruption)
    -> Session
  {
    let session = Session(configuration: configuration, identity: identity)
    if configuration.live {
      try await session.switchToLive(baseURL: configuration.baseURL)
    } else {
      try await session.openTenant()
    }
    return session
  }

  /// `backend mock`: a fresh tenant of the in-process simulator.
  func switchToMock() async throws(Interruption) {
    backend = SimulatorBackend(simulator: configuration.simulator)
    isLive = false
    try await openTenant()
  }

  /// `backend live [URL]` and `--backend live`: requests go over HTTP to `baseURL`
  /// (or the real APIs' origins). A server with the control plane gives the
  /// session a tenant of its own; elsewhere the keys come from `--api-key`,
  /// `SYNPOSTER_API_KEY` and `SYNUP_API_KEY`, and `mock` statements skip the case.
  func switchToLive(baseURL: String?) async throws(Interruption) {
    guard let live = configuration.liveBackend else {
      throw Self.failure("the live backend is not available in this build")
    }
    backend = live
    isLive = true
    settings.baseURL = baseURL
    if baseURL != nil {
      try await openTenant()
    } else {
      useConfiguredKeys(tenantKeys: nil)
    }
  }

  /// Creates (and seeds) a tenant through the control plane; on a server without it, uses the configured keys.
  private func openTenant() async throws(Interruption) {
    let created = try await control("tenants")
    guard created.status == 201 else {
      guard isLive, [404, 405, 501].contains(created.status) else {
        throw Self.failure("the simulator refused POST /_sim/tenants (\(created.status))")
      }
      useConfiguredKeys(tenantKeys: nil)
      return
    }
    guard let synposterKey = created.body["synposterKey"]?.stringValue,
      let synupKey = created.body["synupKey"]?.stringValue
    else {
      throw Self.failure("the simulator's new tenant has no keys")
    }
    if let identity {
      let seed = JSONValue.number(JSONNumber(Int(truncatingIfNeeded: Self.stableHash(identity) >> 1)))
      let seeded = try await control("seed", body: ["seed": seed], key: synposterKey)
      guard seeded.status == 200 else {
        throw Self.failure("the simulator refused POST /_sim/seed (\(seeded.status))")
      }
    }
    useConfiguredKeys(tenantKeys: [.synposter: synposterKey, .synup: synupKey])
  }

  private func useConfiguredKeys(tenantKeys: [APIName: String]?) {
    hasControlPlane = tenantKeys != nil
    var keys = tenantKeys ?? configuration.environmentKeys
    if let override = configuration.apiKey {
      keys = [.synposter: override, .synup: override]
    }
    apiKeys = keys
  }

  /// The options the live backend sends a request with: `set timeout`, `set retries`, the base URL.
  var requestOptions: RequestOptions {
    RequestOptions(
      timeoutMilliseconds: settings.timeoutMilliseconds, retries: settings.retries, baseURL: settings.baseURL)
  }

  /// Sends `request` through the session's backend.
  func transmit(_ request: HTTPRequest) async throws -> HTTPResponse {
    if let network = backend as? any NetworkBackend {
      return try await network.send(request, options: requestOptions)
    }
    return try await backend.send(request)
  }

  /// A control-plane request the session itself needs; a transport failure is a runtime error.
  private func control(_ route: String, body: JSONValue = [:], key: String? = nil) async throws(Interruption) -> (
    status: Int, body: JSONValue
  ) {
    let headers = HTTPHeaders([("Content-Type", "application/json")] + (key.map { [("x-api-key", $0)] } ?? []))
    let request = HTTPRequest(method: "POST", path: "/_sim/\(route)", headers: headers, body: body.compactBytes)
    do {
      let response = try await transmit(request)
      return (response.status, (try? JSONValue(parsing: response.body)) ?? .null)
    } catch {
      throw Self.failure("POST /_sim/\(route) failed: \(error)")
    }
  }

  private static func failure(_ message: String) -> Interruption {
    .runtimeError(Diagnostic(at: SourceLocation(file: "<simulator>", line: 1, column: 1), message, sourceLine: ""))
  }

  /// FNV-1a: a hash that, unlike `Hasher`, is the same in every process.
  private static func stableHash(_ text: String) -> UInt64 {
    text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
  }

  /// The catalog of the active API.
  var catalog: Catalog {
    Catalog.named(api)
  }
}
