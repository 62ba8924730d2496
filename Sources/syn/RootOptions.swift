import ArgumentParser

/// What `syn` itself takes when no command is named: the options of every run, and `-c`.
struct RootOptions: ParsableArguments {
  @OptionGroup var common: CommonOptions

  @Option(
    name: .customShort("c"),
    help: ArgumentHelp("Run these statements, print each response, and exit (as psql -c).", valueName: "statements"))
  var statements: String?
}
