/// How syn ends, as a process exit code (language.md section 9).
public enum ExitStatus: Int32, Sendable {
  case success = 0
  /// A wrong command line: an unknown option, a missing file argument.
  case usageError = 1
  /// A script (or a file it includes) that does not parse, or fails `syn check`.
  case parseError = 2
  /// Something that cannot go on: transport, undefined variable, unknown operation.
  case runtimeError = 3
  /// A failed `expect`, or a `fail` statement.
  case expectationFailed = 4
  /// Ctrl-C twice at the prompt: 128 + SIGINT, as shells report it.
  case interrupted = 130
}
