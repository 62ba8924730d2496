import Foundation

/// Runs the built `syn` binary the way a user does: arguments, standard input,
/// and what comes back on standard output, standard error and the exit code.
struct SynBinary {
  struct Result {
    var stdout: String
    var stderr: String
    var exitCode: Int32
  }

  /// The longest a run may take before it is stopped (SIGTERM) and reported so.
  static let timeLimitSeconds = 120

  /// The package root, where `examples/` lives.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `syn` sits next to the test bundle in the build products folder.
  static let executable: URL = {
    if let path = ProcessInfo.processInfo.environment["SYN_BINARY"] {
      return URL(fileURLWithPath: path)
    }
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    while !directory.path.hasSuffix(".xctest") && directory.path != "/"
      && !FileManager.default.fileExists(atPath: directory.appendingPathComponent("syn").path)
    {
      directory.deleteLastPathComponent()
    }
    if directory.path.hasSuffix(".xctest") {
      directory.deleteLastPathComponent()
    }
    return directory.appendingPathComponent("syn")
  }()

  /// Runs `syn ARGUMENTS` in `directory` (the package root by default), with `input` on standard input.
  static func run(
    _ arguments: [String], input: String = "", in directory: URL = packageRoot, environment: [String: String] = [:]
  ) throws -> Result {
    try execute(executable, arguments, input: input, in: directory, environment: environment)
  }

  /// Runs another program found on PATH (a checker of syn's output: xmllint, python3).
  static func tool(_ name: String, _ arguments: [String], input: String = "", in directory: URL = packageRoot) throws
    -> Result
  {
    try execute(URL(fileURLWithPath: "/usr/bin/env"), [name] + arguments, input: input, in: directory)
  }

  private static func execute(
    _ executable: URL, _ arguments: [String], input: String, in directory: URL, environment: [String: String] = [:]
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var processEnvironment = ProcessInfo.processInfo.environment
    processEnvironment.removeValue(forKey: "SYNPOSTER_API_KEY")
    processEnvironment.merge(environment) { $1 }
    process.environment = processEnvironment
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    // Read both pipes while the process runs, so a large output cannot block it.
    let group = DispatchGroup()
    nonisolated(unsafe) var outData = Data()
    nonisolated(unsafe) var errData = Data()
    group.enter()
    DispatchQueue.global().async {
      outData = stdout.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    group.enter()
    DispatchQueue.global().async {
      errData = stderr.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    // A run that hangs (a server that should have refused to start) fails its test instead of hanging the suite.
    let started = ContinuousClock.now
    let deadline = DispatchWorkItem { process.terminate() }
    DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(timeLimitSeconds), execute: deadline)
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    process.waitUntilExit()
    deadline.cancel()
    group.wait()
    let killed = ContinuousClock.now - started >= .seconds(timeLimitSeconds)
    return Result(
      stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self) + (killed ? "\n[stopped after \(Int(timeLimitSeconds)) s]" : ""),
      exitCode: process.terminationStatus)
  }

  /// Writes `files` (name -> contents) into a new temporary directory.
  static func temporaryDirectory(with files: [String: String]) throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("syn-e2e-\(UUID().uuidString)")
    for (name, contents) in files {
      let url = directory.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(contents.utf8).write(to: url)
    }
    return directory
  }
}
