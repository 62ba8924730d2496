public import SynRuntime

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Theme {
  /// The prompt's theme: colored when standard output is a terminal,
  /// `--no-color` was not given and `NO_COLOR` (https://no-color.org) is unset or empty.
  public static func detect(noColorFlag: Bool, environment: [String: String]) -> Theme {
    let disabled = noColorFlag || !(environment["NO_COLOR"] ?? "").isEmpty
    return !disabled && isatty(STDOUT_FILENO) == 1 ? .colored : .plain
  }
}
