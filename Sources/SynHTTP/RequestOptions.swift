/// How one request travels over a live transport. The in-process simulator ignores it.
public struct RequestOptions: Sendable, Equatable {
  /// The whole request's deadline, connecting included (`set timeout`).
  public var timeoutMilliseconds: Int
  /// How many times a failed request may be sent again, where that is safe (`set retries`).
  public var retries: Int
  /// An origin serving both APIs (`--base-url`, `set baseUrl`, `backend live URL`); nil for the real APIs' own.
  public var baseURL: String?

  public init(timeoutMilliseconds: Int = 30_000, retries: Int = 0, baseURL: String? = nil) {
    self.timeoutMilliseconds = timeoutMilliseconds
    self.retries = retries
    self.baseURL = baseURL
  }
}

/// A backend that reaches a server over the network and honours `RequestOptions`.
public protocol NetworkBackend: Backend {
  func send(_ request: HTTPRequest, options: RequestOptions) async throws -> HTTPResponse
  /// Where a task that sends many requests through this backend runs fastest
  /// (`withTaskExecutorPreference`); nil for anywhere.
  var preferredExecutor: (any TaskExecutor)? { get }
}
