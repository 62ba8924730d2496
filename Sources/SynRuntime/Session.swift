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
  let backend: any Backend
  /// The key each API's requests carry: the tenant's, unless `--api-key` or `set apiKey` replaced it.
  var apiKeys: [APIName: String]
  var settings = Settings()
  /// Absolute paths of the files being included, innermost last (cycle detection).
  var includeStack: [String] = []

  struct Settings {
    var timeoutMilliseconds = 30_000
    var retries = 0
    var verbose = false
    var baseURL: String?
  }

  private init(configuration: RunConfiguration, backend: any Backend, apiKeys: [APIName: String]) {
    self.configuration = configuration
    self.backend = backend
    self.apiKeys = apiKeys
    self.variables = configuration.variables.mapValues { .string($0) }
    self.settings.verbose = configuration.verbose
  }

  /// Opens a session on a fresh tenant of the in-process simulator.
  ///
  /// The tenant is created through the control plane (`POST /_sim/tenants`),
  /// as it will be on `syn serve`, so both backends start a case the same way.
  /// With an `identity` (a test case's file and name), the tenant's ids are
  /// seeded from it, so a case sees the same ids on every run, whatever ran
  /// before it or beside it.
  public static func start(configuration: RunConfiguration, identity: String? = nil) async throws(Interruption)
    -> Session
  {
    let backend = SimulatorBackend(simulator: configuration.simulator)
    let body = try await control(backend, "tenants", expecting: 201)
    guard let synposterKey = body["synposterKey"]?.stringValue, let synupKey = body["synupKey"]?.stringValue else {
      throw simulatorFailure("the simulator's new tenant has no keys")
    }
    if let identity {
      let seed = JSONValue.number(JSONNumber(Int(truncatingIfNeeded: stableHash(identity) >> 1)))
      _ = try await control(backend, "seed", body: ["seed": seed], key: synposterKey, expecting: 200)
    }
    var keys: [APIName: String] = [.synposter: synposterKey, .synup: synupKey]
    if let override = configuration.apiKey {
      keys = keys.mapValues { _ in override }
    }
    return Session(configuration: configuration, backend: backend, apiKeys: keys)
  }

  /// A control-plane request the session itself needs; anything but `expected` is a runtime error.
  private static func control(
    _ backend: SimulatorBackend, _ route: String, body: JSONValue = [:], key: String? = nil, expecting expected: Int
  ) async throws(Interruption) -> JSONValue {
    let headers = HTTPHeaders(key.map { [("x-api-key", $0)] } ?? [])
    let request = HTTPRequest(method: "POST", path: "/_sim/\(route)", headers: headers, body: body.compactBytes)
    let response = try? await backend.send(request)
    guard let response, response.status == expected, let answer = try? JSONValue(parsing: response.body) else {
      throw simulatorFailure("the simulator refused POST /_sim/\(route) (\(response?.status ?? 0))")
    }
    return answer
  }

  private static func simulatorFailure(_ message: String) -> Interruption {
    .runtimeError(Diagnostic(at: SourceLocation(file: "<simulator>", line: 1, column: 1), message, sourceLine: ""))
  }

  /// FNV-1a: a hash that, unlike `Hasher`, is the same in every process.
  private static func stableHash(_ text: String) -> UInt64 {
    text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
  }

  /// The catalog of the active API.
  var catalog: Catalog {
    Catalog.named(api) ?? .synposter
  }
}
