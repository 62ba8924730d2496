import AsyncHTTPClient
import NIOCore
import NIOPosix

/// A request that got no HTTP response: it names the host and the cause.
public struct TransportError: Error, Sendable, CustomStringConvertible {
  public var host: String
  public var cause: String

  public init(host: String, cause: String) {
    self.host = host
    self.cause = cause
  }

  public var description: String {
    "could not reach \(host): \(cause)"
  }

  /// True for a timeout: the request may have reached the server.
  var isTimeout: Bool { cause.hasPrefix("no response within") || cause.hasPrefix("connect timed out") }

  static func describe(_ error: any Error, timeoutMilliseconds: Int, maximumBodyBytes: Int) -> String {
    if error is ResponseAccumulator.ResponseTooBigError {
      return "the response is larger than \(maximumBodyBytes) bytes"
    }
    if let error = error as? HTTPClientError {
      switch error {
      case .deadlineExceeded, .readTimeout, .writeTimeout:
        return "no response within \(timeoutMilliseconds) ms"
      case .connectTimeout:
        return "connect timed out"
      case .remoteConnectionClosed:
        return "the server closed the connection"
      default:
        return "\(error)"
      }
    }
    if let error = error as? NIOConnectionError {
      let causes = error.connectionErrors.map { "\($0.error)" }
      if let dns = error.dnsAAAAError ?? error.dnsAError, causes.isEmpty {
        return "cannot resolve the host (\(dns))"
      }
      return causes.first.map(Self.plain) ?? "connection failed"
    }
    if let error = error as? IOError {
      return Self.plain("\(error)")
    }
    if error is ChannelError, case .connectTimeout = error as? ChannelError {
      return "connect timed out"
    }
    return Self.plain("\(error)")
  }

  /// `connection reset (error set): Connection refused (errno: 111)` -> `Connection refused`.
  private static func plain(_ text: String) -> String {
    if let range = text.range(of: "): ") {
      let rest = text[range.upperBound...]
      return String(rest.split(separator: " (errno").first ?? rest)
    }
    return text
  }
}
