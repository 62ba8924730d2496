import Foundation
import Hummingbird
import Logging
import NIOCore
import SynHTTP
import SynSchema
public import SynSimulator

/// `syn serve`: both simulated APIs and the `/_sim` control plane on one port.
public struct SimulatorServer: Sendable {
  public var host: String
  public var port: Int
  public var maximumBodyBytes: Int
  /// False: `/_sim` answers 404, as on the real APIs (for testing clients against such a server).
  public var controlPlane = true
  /// A connection that sends nothing for this long is closed, and a request whose body is not
  /// complete this long after its head is answered 408: slow or stalled clients cannot hold on.
  public var requestTimeout: Duration = .seconds(30)
  /// When set, server-wide control routes need it (see `AdminToken`); `syn serve` sets one off loopback.
  public var adminToken: AdminToken?
  /// True to print the admin token at start (one the server made up, which no one knows yet).
  public var printsAdminToken = false
  public let simulator: Simulator

  public init(
    host: String = "127.0.0.1", port: Int = 8080, maximumBodyBytes: Int = 10 * 1024 * 1024,
    simulator: Simulator = Simulator()
  ) {
    self.host = host
    self.port = port
    self.maximumBodyBytes = maximumBodyBytes
    self.simulator = simulator
  }

  /// Runs until SIGINT or SIGTERM, then finishes the requests in flight and returns.
  /// `ready` receives the lines to print once the port is bound.
  public func run(ready: @escaping @Sendable ([String]) -> Void) async throws {
    let tenant = try readyTenant()
    let host = self.host
    let adminLines = adminTokenLines()
    let index = ServedIndex(controlPlane: controlPlane)
    simulator.enableWebhookDelivery()
    let webhooks = WebhookDeliveryWorker(simulator: simulator)
    let sweeping = Task { await webhooks.run() }
    let responder = SimulatorResponder(
      simulator: simulator, maximumBodyBytes: maximumBodyBytes, openAPI: OpenAPIDocument.bytes(),
      controlPlane: controlPlane, webhooks: webhooks, adminToken: adminToken)
    // Hummingbird tags a copy of this logger with an id for every request; a
    // stream handler formats its metadata at each tag (~3% of a GET), and syn
    // serve logs nothing: its failures are thrown, its answers are its output.
    let logger = Logger(label: "syn.serve", factory: { _ in SwiftLogNoOpLogHandler() })
    let timeout = TimeAmount(requestTimeout)
    let app = Application(
      responder: responder,
      server: .http1(
        configuration: .init(
          additionalChannelHandlers: [RequestGuard(bodyTimeout: timeout)], idleTimeout: timeout)),
      configuration: .init(address: .hostname(host, port: port), serverName: "syn"),
      onServerRunning: { channel in
        let bound = channel.localAddress?.port ?? 0
        let origin = "http://\(host.contains(":") ? "[\(host)]" : host):\(bound)"
        ready(
          [
            "syn serve: listening on \(origin) (\(index.summary))",
            "port: \(bound)",
            "tenant: SYNPOSTER_API_KEY=\(tenant.synposter) SYNUP_API_KEY=\(tenant.synup)",
          ] + adminLines + ["try: syn --backend live --base-url \(origin)"])
      },
      logger: logger
    )
    var failure: (any Error)?
    do {
      try await app.runService()  // graceful shutdown on SIGTERM and SIGINT
    } catch {
      failure = error
    }
    sweeping.cancel()
    await webhooks.shutdown()
    if let failure { throw failure }
  }

  /// What the banner says of the admin token: nothing on a server without one.
  func adminTokenLines() -> [String] {
    guard let adminToken else { return [] }
    let routes = ControlRoute.serverWide.map { "\($0.methods.joined(separator: "/")) \($0.path)" }.joined(
      separator: " and ")
    let token = printsAdminToken ? adminToken.value : "the one given with --admin-token"
    return ["admin token: \(AdminToken.header): \(token) (needed by \(routes))"]
  }

  /// A tenant for users who call the server by hand: the first one of a
  /// restored state, else one created at start through the control plane.
  func readyTenant() throws -> (synposter: String, synup: String) {
    if let keys = simulator.firstTenantKeys() { return keys }
    let response = simulator.handle(ControlRoute.signUp())
    guard response.status == 201, let tenant = NewTenant(answer: response.body) else {
      throw ServerError(message: "the simulator refused to create a tenant (\(response.status))")
    }
    return (tenant.synposterKey, tenant.synupKey)
  }
}

public struct ServerError: Error, CustomStringConvertible {
  public var message: String
  public var description: String { message }
}
