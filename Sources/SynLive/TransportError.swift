import Foundation
import NIOCore
import NIOPosix
public import SynHTTP

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A request that got no HTTP response: it names the host and the cause.
public struct TransportError: TransportFailure, Sendable {
  public var host: String
  public var cause: String
  public var stage: TransportStage

  public init(host: String, cause: String, stage: TransportStage = .other) {
    self.host = host
    self.cause = cause
    self.stage = stage
  }

  /// What failed, worded by how far the request got: a server that took the
  /// request but was slow was reached, so only a failed connection says "could not connect".
  public var description: String {
    switch stage {
    case .connecting: "could not connect to \(host): \(cause)"
    case .awaitingAnswer: "\(host) took the request but sent \(cause)"
    case .other: "no answer from \(host): \(cause)"
    }
  }

  /// The failure `error` of one attempt stands for; `requestSent` tells a
  /// deadline that passed while connecting from one that passed waiting for the answer.
  init(host: String, error: any Error, requestSent: Bool, timeoutMilliseconds: Int, maximumBodyBytes: Int) {
    self.host = host
    if let error = error as? ClientError {
      switch error {
      case .deadlineExceeded:
        (cause, stage) =
          requestSent
          ? ("no response within \(timeoutMilliseconds) ms", .awaitingAnswer)
          : ("no connection within \(timeoutMilliseconds) ms", .connecting)
      case .remoteConnectionClosed:
        (cause, stage) = ("the server closed the connection", .other)
      case .responseTooLarge:
        (cause, stage) = ("the response is larger than \(maximumBodyBytes) bytes", .other)
      case .cancelled:
        (cause, stage) = ("the request was cancelled", .other)
      case .invalidHeaderField(let name):
        (cause, stage) = ("the header \(name) cannot be sent: its name or value has a character HTTP forbids", .other)
      case .invalidMethod(let method):
        (cause, stage) = ("the method \(method) cannot be sent: it has a character HTTP forbids", .other)
      case .invalidTarget(let target):
        (cause, stage) = ("the path \(target) cannot be sent: it has a space or control character", .other)
      }
    } else if let error = error as? NIOConnectionError {
      if let dns = error.dnsAAAAError ?? error.dnsAError, error.connectionErrors.isEmpty {
        cause = "cannot resolve the host (\(dns))"
      } else {
        cause = error.connectionErrors.first.map { Self.plain($0.error) } ?? "connection failed"
      }
      stage = .connecting
    } else if let error = error as? IOError {
      (cause, stage) = (Self.plain(error), requestSent ? .other : .connecting)
    } else if case .connectTimeout = error as? ChannelError {
      (cause, stage) = ("no connection within \(SharedHTTPClient.connectTimeoutSeconds) s", .connecting)
    } else {
      (cause, stage) = (Self.plain(error), .other)
    }
  }

  /// The system's words for a failed system call (`Connection refused`), else
  /// the error's description after its first `): `.
  private static func plain(_ error: any Error) -> String {
    // Not from IOError's description, which NIO writes with a stray `)`: `...: Connection refused) (errno: 111)`.
    if let error = error as? IOError {
      return String(cString: strerror(error.errnoCode))
    }
    let text = "\(error)"
    if let range = text.range(of: "): ") {
      let rest = text[range.upperBound...]
      return String(rest.split(separator: " (errno").first ?? rest)
    }
    return text
  }
}
