import NIOCore
import NIOPosix

/// The one HTTP client of the process, and the event loop it and its callers run on.
public enum SharedHTTPClient {
  /// How long making a connection may take, whatever the request's own deadline.
  static let connectTimeoutSeconds = 10

  /// The event loop requests are sent from (see `EventLoopExecutor`).
  static let executor = EventLoopExecutor(loop: MultiThreadedEventLoopGroup.singleton.next())

  static let client = KeepAliveClient(loop: executor.loop, connectTimeout: .seconds(Int64(connectTimeoutSeconds)))

  /// Closes the kept connections, if any were opened. Safe to call more than once.
  public static func shutdown() async {
    try? await client.shutdown().get()
  }
}
