import Foundation
import SynCatalog
import SynHTTP
import SynJSON
import SynLanguage

/// How a session reaches the APIs: the backend in use (the in-process
/// simulator or a server over HTTP, both built by the command line), the key
/// each API's requests carry, the transport settings, and the tenant it
/// signs up where there is a control plane.
final class Connection {
  struct Settings {
    var timeoutMilliseconds = 30_000
    var retries = 0
    var verbose = false
    /// One origin serving both APIs (`--base-url`, `set baseUrl`, `backend live URL`); nil for each API's own.
    var baseURL: String?
  }

  private let configuration: RunConfiguration
  /// The test case's identity, which seeds each new tenant's ids.
  private let identity: String?
  private var backend: any Backend
  /// The backend again while it goes over the network: it takes the settings and an origin.
  private var network: (any NetworkBackend)?
  /// True where `mock` statements work: in process, or on a server with the `/_sim` control plane.
  private(set) var hasControlPlane = true
  /// The key each API's requests carry: the tenant's, unless `--api-key` or `set apiKey` replaced it.
  var keys: [APIName: String] = [:]
  var settings: Settings

  init(configuration: RunConfiguration, identity: String?) {
    self.configuration = configuration
    self.identity = identity
    backend = configuration.mockBackend
    settings = Settings(verbose: configuration.verbose, baseURL: configuration.baseURL)
  }

  /// True on the live backend.
  var isLive: Bool { network != nil }

  /// Opens the session's first tenant, on the backend the command line chose.
  func open() async throws(ConnectionError) {
    if configuration.live {
      try await useLive(baseURL: configuration.baseURL)
    } else {
      try await openTenant()
    }
  }

  /// `backend mock`: a fresh tenant of the in-process simulator.
  func useMock() async throws(ConnectionError) {
    try await keepingStateOnFailure { () async throws(ConnectionError) in
      backend = configuration.mockBackend
      network = nil
      try await openTenant()
    }
  }

  /// `backend live [URL]` and `--backend live`: requests go over HTTP to `baseURL`
  /// (or each API's own origin). A server with the control plane gives the
  /// session a tenant of its own; elsewhere the keys come from `--api-key`,
  /// `SYNPOSTER_API_KEY` and `SYNUP_API_KEY`, and `mock` statements skip the case.
  func useLive(baseURL: String?) async throws(ConnectionError) {
    guard let live = configuration.liveBackend else {
      throw ConnectionError("the live backend is not available in this build")
    }
    try await keepingStateOnFailure { () async throws(ConnectionError) in
      backend = live
      network = live
      settings.baseURL = baseURL
      // A recording is asked for a tenant: it has one when it was made on a control plane.
      if baseURL != nil || configuration.cassette != nil {
        try await openTenant()
      } else {
        useConfiguredKeys(tenant: nil)
      }
    }
  }

  /// Runs `change`, and when it fails puts the connection back as it was: a
  /// `backend` statement that cannot open a session (a mistyped URL at the
  /// prompt) leaves the session where it was, not on a server it cannot reach.
  private func keepingStateOnFailure(_ change: () async throws(ConnectionError) -> Void)
    async throws(ConnectionError)
  {
    let saved = (backend, network, hasControlPlane, keys, settings.baseURL)
    do {
      try await change()
    } catch {
      (backend, network, hasControlPlane, keys, settings.baseURL) = saved
      throw error
    }
  }

  /// Adds `api`'s key to `request`, in the header its catalog names, unless the request carries that header.
  func authorize(_ request: inout HTTPRequest, for api: APIName) {
    guard let key = keys[api] else { return }
    let header = Catalog.named(api).auth.header(for: key)
    if request.headers[header.name] == nil {
      request.headers.add(header.name, header.value)
    }
  }

  /// Sends `request`, one of `api`'s; over the network, to the base URL or the API's own origin.
  /// With `--record`, the exchange is recorded, with the `statement` that sent it (nil for the session's own).
  func send(_ request: HTTPRequest, api: APIName, from statement: Statement? = nil) async throws -> HTTPResponse {
    guard let recorder = configuration.recorder else { return try await exchange(request, api: api) }
    let startedAt = Date()
    let start = ContinuousClock.now
    let outcome: Result<HTTPResponse, any Error>
    do {
      outcome = .success(try await exchange(request, api: api))
    } catch {
      outcome = .failure(error)
    }
    let failure: String? = if case .failure(let error) = outcome { explain(error, api: api) } else { nil }
    recorder.record(
      RecordedExchange(
        startedAt: startedAt, milliseconds: (ContinuousClock.now - start).milliseconds, origin: origin(of: api),
        request: request, response: try? outcome.get(), failure: failure, statement: statement?.text,
        source: statement.map { "\($0.location.file):\($0.location.line)" }),
      hiding: Array(keys.values) + [configuration.apiKey].compactMap(\.self) + configuration.environmentKeys.values)
    return try outcome.get()
  }

  /// One request and its answer, from the backend in use.
  private func exchange(_ request: HTTPRequest, api: APIName) async throws -> HTTPResponse {
    guard let network else { return try await backend.send(request) }
    let options = RequestOptions(
      timeoutMilliseconds: settings.timeoutMilliseconds, retries: settings.retries, origin: origin(of: api),
      serverErrorIsRetrySafe: Catalog.named(api).documentsRetrySafeServerErrors)
    return try await network.send(request, options: options)
  }

  /// The origin `api`'s requests go to: the base URL over the network, else the API's own.
  private func origin(of api: APIName) -> String {
    let catalogOrigin = Catalog.named(api).defaultOrigin
    return network == nil ? catalogOrigin : settings.baseURL ?? catalogOrigin
  }

  /// Where `api`'s requests go, as messages name it.
  func destination(of api: APIName) -> String {
    if let cassette = configuration.cassette { return "the recording \(cassette)" }
    guard isLive else { return "the built-in simulator" }
    return settings.baseURL ?? Catalog.named(api).defaultOrigin
  }

  /// Seeds the tenant's ids as `mock seed N` does; false where there is no control plane or it refused.
  func seedIDs(_ seed: JSONValue) async -> Bool {
    guard hasControlPlane, keys[.synposter] != nil else { return false }
    var request = ControlRoute.seed(seed)
    authorize(&request, for: .synposter)
    return (try? await send(request, api: .synposter))?.status == 200
  }

  /// Signs up (and seeds) a tenant through the control plane; on a server without one, uses the configured keys.
  private func openTenant() async throws(ConnectionError) {
    let signUp = ControlRoute.signUp()
    let created = try await control(signUp)
    guard created.status == 201 else {
      guard isLive, [404, 405, 501].contains(created.status) else {
        throw ConnectionError(
          "\(destination(of: .synposter)) refused a new session: \(signUp.method) \(signUp.path) answered "
            + "\(created.status)")
      }
      useConfiguredKeys(tenant: nil)
      return
    }
    guard let tenant = NewTenant(answer: created.body) else {
      throw ConnectionError(
        "\(destination(of: .synposter)) answered \(signUp.method) \(signUp.path) without a new tenant's keys")
    }
    useConfiguredKeys(tenant: tenant)
    if let identity {
      let seed = JSONValue.number(JSONNumber(Int(truncatingIfNeeded: Connection.stableHash(identity) >> 1)))
      var seeding = ControlRoute.seed(seed)
      let key = Catalog.named(.synposter).auth.header(for: tenant.synposterKey)
      seeding.headers.add(key.name, key.value)
      let seeded = try await control(seeding)
      guard seeded.status == 200 else {
        throw ConnectionError(
          "\(destination(of: .synposter)) refused to seed the new tenant: \(seeding.method) \(seeding.path) answered "
            + "\(seeded.status)")
      }
    }
  }

  private func useConfiguredKeys(tenant: NewTenant?) {
    hasControlPlane = tenant != nil
    var keys = tenant.map { [.synposter: $0.synposterKey, .synup: $0.synupKey] } ?? configuration.environmentKeys
    if let override = configuration.apiKey {
      keys = [.synposter: override, .synup: override]
    }
    self.keys = keys
  }

  /// A control request the connection itself needs; no answer at all is a `ConnectionError`.
  private func control(_ request: HTTPRequest) async throws(ConnectionError) -> HTTPResponse {
    do {
      return try await send(request, api: .synposter)
    } catch {
      throw ConnectionError(
        "cannot open a session on \(destination(of: .synposter)): \(explain(error, api: .synposter))")
    }
  }

  /// A failed request's error as users read it: the backend's words, then what to check.
  func explain(_ error: any Error, api: APIName) -> String {
    guard let failure = error as? any TransportFailure else { return "\(error)" }
    switch failure.stage {
    case .connecting:
      return "\(failure) (check the URL \(destination(of: api)), and that a server listens there)"
    case .awaitingAnswer:
      return "\(failure) (set timeout, now \(settings.timeoutMilliseconds) ms, bounds the wait)"
    case .other:
      return "\(failure)"
    }
  }

  /// FNV-1a: a hash that, unlike `Hasher`, is the same in every process.
  private static func stableHash(_ text: String) -> UInt64 {
    text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
  }
}

/// Why a connection could not open a session: a sentence for the user, placed by the caller
/// (at the `backend` statement that asked, or as a start-up error).
struct ConnectionError: Error {
  var message: String

  init(_ message: String) {
    self.message = message
  }
}

extension Catalog {
  /// Synposter documents its 500 (`internal_error`) as failing before any change: safe to send again.
  fileprivate var documentsRetrySafeServerErrors: Bool {
    api == .synposter
  }
}
