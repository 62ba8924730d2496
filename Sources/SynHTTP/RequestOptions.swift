/// How one request travels over a live transport. The in-process simulator ignores it.
public struct RequestOptions: Sendable, Equatable {
  /// The whole request's deadline, connecting included (`set timeout`).
  public var timeoutMilliseconds: Int
  /// How many times a failed request may be sent again, where that is safe (`set retries`).
  public var retries: Int
  /// Where the request goes, told by the sender (which knows the request's API): one origin
  /// serving both APIs (`--base-url`, `set baseUrl`, `backend live URL`) or the API's own.
  public var origin: String?
  /// The request's API documents a 500 as failing before any change (Synposter's
  /// `internal_error`), so even a POST without an `Idempotency-Key` may be sent again.
  public var serverErrorIsRetrySafe: Bool

  public init(
    timeoutMilliseconds: Int = 30_000, retries: Int = 0, origin: String? = nil, serverErrorIsRetrySafe: Bool = false
  ) {
    self.timeoutMilliseconds = timeoutMilliseconds
    self.retries = retries
    self.origin = origin
    self.serverErrorIsRetrySafe = serverErrorIsRetrySafe
  }
}

/// A backend that reaches a server over the network and honours `RequestOptions`.
public protocol NetworkBackend: Backend {
  func send(_ request: HTTPRequest, options: RequestOptions) async throws -> HTTPResponse
  /// Where a task that sends many requests through this backend runs fastest
  /// (`withTaskExecutorPreference`); nil for anywhere.
  var preferredExecutor: (any TaskExecutor)? { get }
}
