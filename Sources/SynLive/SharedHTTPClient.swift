import AsyncHTTPClient
import NIOCore
import Synchronization

/// The one `HTTPClient` of the process: created on first use, shut down by `shutdown()` at exit.
public enum SharedHTTPClient {
  private static let state = Mutex<HTTPClient?>(nil)

  /// How long making a connection may take, whatever the request's own deadline.
  static let connectTimeoutSeconds = 10

  /// The event loop requests are sent from (see `EventLoopExecutor`).
  static let executor = EventLoopExecutor(loop: HTTPClient.defaultEventLoopGroup.next())

  static var client: HTTPClient {
    state.withLock { client in
      if let client { return client }
      var configuration = HTTPClient.Configuration(
        redirectConfiguration: .disallow, timeout: .init(connect: .seconds(Int64(connectTimeoutSeconds))))
      configuration.connectionPool = .init(idleTimeout: .seconds(60))
      // A refused connection fails at once; RetryPolicy decides whether to try again.
      configuration.connectionPool.retryConnectionEstablishment = false
      // syn bootstraps no tracer: without this, every request still opens and closes a no-op span (~3% of its CPU).
      configuration.tracing.tracer = nil
      let created = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
      client = created
      return created
    }
  }

  /// Closes the pooled connections, if any were opened. Safe to call more than once.
  public static func shutdown() async {
    let client = state.withLock { client in
      defer { client = nil }
      return client
    }
    try? await client?.shutdown()
  }
}
