import Foundation
import NIOCore

extension ServerError {
  /// What went wrong when `syn serve` could not listen on `host`:`port`, said
  /// with the option that fixes it, not with the socket call that failed.
  public init(serving error: any Error, host: String, port: Int) {
    let code = (error as? IOError)?.errnoCode
    switch code {
    case EADDRINUSE:
      message = "port \(port) is in use: choose another with --port, or --port 0 for any free port"
    case EACCES:
      message = "port \(port) needs privileges on this machine: choose one above 1023 with --port"
    case EADDRNOTAVAIL:
      message = "\(host) is not an address of this machine: choose one with --host, e.g. 127.0.0.1 or 0.0.0.0"
    default:
      message = "cannot serve on \(host):\(port): \((error as? ServerError)?.message ?? Self.plainReason(error))"
    }
  }

  /// The system's words for an I/O error, without the NIO call that raised it.
  private static func plainReason(_ error: any Error) -> String {
    guard let ioError = error as? IOError else { return String(describing: error) }
    return String(cString: strerror(ioError.errnoCode))
  }
}
