import ArgumentParser
import Foundation
import SynRuntime

/// File arguments, checked before anything runs.
enum FileArguments {
  /// Reports each file that is not there and ends with a usage error (exit 1), as a wrong option does:
  /// a mistyped name is the command line's fault, not the script's.
  static func requireExisting(_ files: [String], output: any OutputSink) throws {
    let missing = files.filter { $0 != ScriptLoader.standardInput && !FileManager.default.fileExists(atPath: $0) }
    for file in missing {
      output.line("\(file): error: no such file", to: .error)
    }
    if !missing.isEmpty { throw ExitCode(.usageError) }
  }
}
