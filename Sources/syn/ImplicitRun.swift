import ArgumentParser

/// `syn FILE...` runs the files as `syn run FILE...` does (as `bash file` and `hurl file` do).
///
/// The root command cannot declare positional files itself: argument-parser
/// would give them every value, `run` of `syn run x.syn` included, and no
/// command would be found. So the arguments are rewritten before parsing.
enum ImplicitRun {
  /// `arguments` with `run` in front when their first positional value is a file, not a command's name.
  /// Not with `-c`: `run` would drop it, and the files it was given with are refused as unexpected.
  static func rewrite(_ arguments: [String]) -> [String] {
    guard let probe = try? Probe.parse(arguments), probe.options.statements == nil, let first = probe.values.first,
      !commandNames.contains(first)
    else { return arguments }
    return ["run"] + arguments
  }

  /// The names that select a command, argument-parser's `help` included.
  static let commandNames = Set(
    Syn.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"])

  /// The root's options, the options only `run` takes (`syn --cleanup x.syn` is `syn run --cleanup x.syn`),
  /// and every positional value around them.
  private struct Probe: ParsableArguments {
    @OptionGroup var options: RootOptions
    @OptionGroup var runOnly: CleanupOption
    @Argument var values: [String] = []
  }
}
