import NIOCore
import NIOPosix
import Synchronization

/// The one HTTP client of the process, and the event loop it and its callers run on.
public enum SharedHTTPClient {
  /// How long making a connection may take, whatever the request's own deadline.
  static let connectTimeoutSeconds = 10

  /// The event loop requests are sent from (see `EventLoopExecutor`).
  static let executor = EventLoopExecutor(loop: MultiThreadedEventLoopGroup.singleton.next())

  /// Made on first use: a command that sends nothing starts no event loop, not even at exit.
  static let client: KeepAliveClient = {
    made.store(true, ordering: .releasing)
    return KeepAliveClient(loop: executor.loop, connectTimeout: .seconds(Int64(connectTimeoutSeconds)))
  }()

  private static let made = Atomic(false)

  /// Closes the kept connections, if any were opened. Safe to call more than once.
  public static func shutdown() async {
    guard made.load(ordering: .acquiring) else { return }
    try? await client.shutdown().get()
  }
}
