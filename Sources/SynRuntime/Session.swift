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
  public static func start(configuration: RunConfiguration) async throws(Interruption) -> Session {
    let backend = SimulatorBackend(simulator: configuration.simulator)
    let response = try? await backend.send(HTTPRequest(method: "POST", path: "/_sim/tenants"))
    let body = response.flatMap { try? JSONValue(parsing: $0.body) }
    guard response?.status == 201, let synposterKey = body?["synposterKey"]?.stringValue,
      let synupKey = body?["synupKey"]?.stringValue
    else {
      throw .runtimeError(
        Diagnostic(
          at: SourceLocation(file: "<simulator>", line: 1, column: 1),
          "the simulator refused to create a tenant (\(response?.status ?? 0))", sourceLine: ""))
    }
    var keys: [APIName: String] = [.synposter: synposterKey, .synup: synupKey]
    if let override = configuration.apiKey {
      keys = keys.mapValues { _ in override }
    }
    return Session(configuration: configuration, backend: backend, apiKeys: keys)
  }

  /// The catalog of the active API.
  var catalog: Catalog {
    Catalog.named(api) ?? .synposter
  }
}
