import ArgumentParser
import Foundation
import SynLanguage
import SynRuntime

/// File arguments, checked before anything runs.
enum FileArguments {
  /// Reports each file that is not there and ends with a usage error (exit 1), as a wrong option does:
  /// a mistyped name is the command line's fault, not the script's.
  static func requireExisting(_ files: [String], output: any OutputSink) throws {
    let missing = files.filter { $0 != ScriptLoader.standardInput && !FileManager.default.fileExists(atPath: $0) }
    for file in missing {
      // `syn tset x.syn` runs files named `tset` and `x.syn`: a mistyped command is the likelier story.
      let command = Suggestions.nearest(to: file, among: ImplicitRun.commandNames.sorted()).first
      output.line("\(file): error: no such file" + (command.map { "; did you mean 'syn \($0)'?" } ?? ""), to: .error)
    }
    if !missing.isEmpty { throw ExitCode(.usageError) }
  }
}
