/// Why `KeepAliveClient` got no response, where NIO's own error does not say it.
enum ClientError: Error, Equatable {
  /// The request's deadline passed: while connecting, or waiting for the answer.
  case deadlineExceeded
  /// The connection closed before the whole response came.
  case remoteConnectionClosed
  /// The response's body is longer than the limit the request was sent with.
  case responseTooLarge
  /// The task that sent the request was cancelled.
  case cancelled
  /// A header field whose name or value cannot be sent (a CR or LF would split the head).
  case invalidHeaderField(String)
  /// A method that is not a token.
  case invalidMethod(String)
  /// A path or query with a space or control character.
  case invalidTarget(String)
}

/// A request that got no response: why, and whether its head had been written
/// to a connection (a deadline before then means no connection was made).
struct RequestFailure: Error {
  var cause: any Error
  var requestSent: Bool
}
