/// A request that got no HTTP answer from a network backend. How far it got
/// tells the user what to check: the address, or how long they let it wait.
public protocol TransportFailure: Error, CustomStringConvertible {
  var stage: TransportStage { get }
}

/// How far a request got before it failed without an answer.
public enum TransportStage: Sendable, Equatable {
  /// No connection was made: refused, an unknown host, or no connection in time.
  case connecting
  /// Connected and sent, but no answer came within the request's deadline.
  case awaitingAnswer
  /// Anything else: a connection closed mid-answer, an answer too large, an origin that is not a URL.
  case other
}
