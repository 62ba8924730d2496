import Foundation

/// What a server started for a test prints once it is ready: `port: N` and the like.
enum StartupBanner {
  struct Missing: Error, CustomStringConvertible {
    var description: String
  }

  /// Starts `process` and reads its standard output until a whole line starts with `marker`; returns the lines
  /// read. A process that has printed no such line within `seconds` (it hangs, or exited) is stopped, and this throws.
  static func start(_ process: Process, until marker: String, within seconds: Int = 30) throws -> [Substring] {
    let stdout = Pipe()
    process.standardOutput = stdout
    try process.run()
    // availableData blocks: stopping the process closes the pipe, which ends the read.
    let deadline = DispatchWorkItem { process.terminate() }
    DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(seconds), execute: deadline)
    defer { deadline.cancel() }
    var text = ""
    while true {
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
      if lines.contains(where: { $0.hasPrefix(marker) }) { return Array(lines) }
      let data = stdout.fileHandleForReading.availableData
      if data.isEmpty { break }
      text += String(decoding: data, as: UTF8.self)
    }
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
    let command = ([process.executableURL?.lastPathComponent ?? ""] + (process.arguments ?? [])).joined(separator: " ")
    throw Missing(description: "`\(command)` printed no \"\(marker)\" line within \(seconds) s, only: \(text)")
  }
}
