import Foundation

/// `Fixtures/foreign_server.py` in the background for one test: an HTTP server syn did not write, a reverse
/// proxy in front of `upstream` that answers the way some real servers do, and has no `/_sim` control plane.
final class ForeignServer: @unchecked Sendable {
  /// How the proxy sends its answers back.
  enum Mode: String, Sendable {
    /// The body in several `Transfer-Encoding: chunked` chunks, without `Content-Length`.
    case chunked
    /// `Connection: close`, and the connection closed after every answer.
    case close
    /// Every answer held back 150 ms, well below syn's timeout.
    case delay
    /// A JSON object's top-level `id` answered as the number 42: a body that no longer fits its schema.
    case drift
    case chunkedCloseAndDelay = "chunked,close,delay"

    /// The modes that change only how answers travel, not what they say: a script's outcome must not change.
    static let transports: [Mode] = [.chunked, .close, .delay, .chunkedCloseAndDelay]
  }

  static let script = SynBinary.packageRoot.appendingPathComponent("Tests/SynEndToEndTests/Fixtures/foreign_server.py")

  private let process = Process()
  let origin: String

  init(proxying upstream: ServedSimulator, mode: Mode) throws {
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", Self.script.path, "--upstream", upstream.origin, "--mode", mode.rawValue]
    process.standardError = FileHandle.nullDevice
    let lines = try StartupBanner.start(process, until: "port: ")
    let port = lines.first { $0.hasPrefix("port: ") }?.dropFirst(6) ?? ""
    origin = "http://127.0.0.1:\(port)"
  }

  func stop() {
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
  }

  deinit {
    if process.isRunning { process.terminate() }
  }
}
