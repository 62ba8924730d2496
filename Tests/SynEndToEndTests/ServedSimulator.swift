import Foundation

/// `syn serve --port 0` in the background for one test: its origin and the keys it printed.
final class ServedSimulator: @unchecked Sendable {
  let process = Process()
  let origin: String
  let synposterKey: String

  init(_ extraArguments: [String] = []) throws {
    process.executableURL = SynBinary.executable
    process.arguments = ["serve", "--port", "0"] + extraArguments
    let stdout = Pipe()
    process.standardOutput = stdout
    process.standardError = FileHandle.nullDevice
    try process.run()
    var text = ""
    let handle = stdout.fileHandleForReading
    let deadline = Date().addingTimeInterval(30)
    while !text.contains("try: "), Date() < deadline {
      let data = handle.availableData
      if data.isEmpty { break }
      text += String(decoding: data, as: UTF8.self)
    }
    let lines = text.split(separator: "\n")
    guard let port = lines.first(where: { $0.hasPrefix("port: ") })?.dropFirst(6),
      let tenant = lines.first(where: { $0.hasPrefix("tenant: ") }),
      let key = tenant.split(separator: " ").first(where: { $0.hasPrefix("SYNPOSTER_API_KEY=") })?.dropFirst(18)
    else {
      process.terminate()
      throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "syn serve printed: \(text)"])
    }
    origin = "http://127.0.0.1:\(port)"
    synposterKey = String(key)
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
