import Foundation

/// `syn serve --port 0` in the background for one test: its origin and the keys it printed.
final class ServedSimulator: @unchecked Sendable {
  let process = Process()
  let origin: String
  let synposterKey: String
  let synupKey: String
  /// The first line it printed: `syn serve: listening on ORIGIN (what it serves)`.
  let banner: String
  /// What it printed of the admin token off loopback: `admin token: X-Syn-Admin-Token: TOKEN (...)`.
  let adminTokenLine: String?
  /// The admin token of that line.
  var adminToken: String? { adminTokenLine?.split(separator: " ").dropFirst(3).first.map(String.init) }

  init(_ extraArguments: [String] = []) throws {
    process.executableURL = SynBinary.executable
    process.arguments = ["serve", "--port", "0"] + extraArguments
    process.standardError = FileHandle.nullDevice
    let lines = try StartupBanner.start(process, until: "try: ")
    banner = lines.first.map(String.init) ?? ""
    adminTokenLine = lines.first { $0.hasPrefix("admin token: ") }.map(String.init)
    let tenant = lines.first(where: { $0.hasPrefix("tenant: ") })?.split(separator: " ") ?? []
    func value(of name: String) -> Substring? {
      tenant.first(where: { $0.hasPrefix(name + "=") })?.dropFirst(name.count + 1)
    }
    guard let port = lines.first(where: { $0.hasPrefix("port: ") })?.dropFirst(6),
      let key = value(of: "SYNPOSTER_API_KEY"), let synupKey = value(of: "SYNUP_API_KEY")
    else {
      process.terminate()
      throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "syn serve printed: \(lines)"])
    }
    origin = "http://127.0.0.1:\(port)"
    synposterKey = String(key)
    self.synupKey = String(synupKey)
  }

  /// Sends SIGTERM and waits: the server must stop by itself.
  func stop() -> Int32 {
    if process.isRunning {
      process.terminate()
    }
    process.waitUntilExit()
    return process.terminationStatus
  }

  deinit {
    if process.isRunning { process.terminate() }
  }
}
