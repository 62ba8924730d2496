public import SynCatalog
public import SynJSON

/// The state one test case (or one interactive session) runs in: its
/// variables, active API, last exchange and include stack; how requests
/// travel is its `connection`'s business.
public final class Session {
  public let configuration: RunConfiguration
  public internal(set) var variables: [String: JSONValue]
  public internal(set) var api: APIName = .synposter
  public internal(set) var last: Exchange?
  /// Absolute paths of the files being included, innermost last (cycle detection).
  var includeStack: [String] = []
  /// Every request a request statement sent, when the case runs under `--compare`; nil otherwise.
  var sentRequests: [SentRequest]?
  /// The backend, keys and settings requests go with, and the session's tenant.
  let connection: Connection
  /// What the case made and has not removed, when the run cleans up after each case (`--cleanup`).
  let ledger: CleanupLedger?

  private init(configuration: RunConfiguration, identity: String?) {
    self.configuration = configuration
    self.variables = configuration.variables.mapValues { .string($0) }
    self.connection = Connection(configuration: configuration, identity: identity)
    self.ledger = configuration.cleanup ? CleanupLedger() : nil
  }

  /// Opens a session on a fresh tenant: of the in-process simulator, or with
  /// `--backend live`, of the server's simulator when it has the control plane.
  ///
  /// The tenant is created through the control plane (`POST /_sim/tenants`),
  /// in process as on `syn serve`, so both backends start a case the same way.
  /// With an `identity` (a test case's file and name), the tenant's ids are
  /// seeded from it, so a case sees the same ids on every run, whatever ran
  /// before it or beside it. A session that cannot open is a start-up error,
  /// which no statement caused.
  public static func start(configuration: RunConfiguration, identity: String? = nil) async throws(Interruption)
    -> Session
  {
    let session = Session(configuration: configuration, identity: identity)
    do {
      try await session.connection.open()
    } catch {
      throw .startFailed(error.message)
    }
    return session
  }

  /// True on the live backend.
  public var isLive: Bool {
    connection.isLive
  }

  /// True where `mock` statements work: in process, or on a server with the `/_sim` control plane.
  public var hasControlPlane: Bool {
    connection.hasControlPlane
  }

  /// The catalog of the active API.
  var catalog: Catalog {
    Catalog.named(api)
  }
}
