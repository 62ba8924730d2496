/// `syn fmt`: the canonical layout of a script (docs/language.md, "Formatting").
///
/// Blocks are indented two spaces a level, tokens are separated by one space,
/// `\` continuation lines are kept and indented two spaces past their
/// statement, JSON literals are laid out as `show` prints JSON when they span
/// lines (and on one line, `{"a": 1, "b": [2]}`, when they do not), comments
/// and single blank lines are kept, and quotes are dropped where the
/// statement reads the value as plain text only (test names, error codes,
/// header names). Everything else is copied as written, so a script and its
/// formatted self parse to the same statements.
public enum ScriptFormatter {
  /// The canonical layout of `source`; throws a `ScriptFormatFailure` with
  /// every parse error when the script does not parse: such a script is not
  /// formatted.
  public static func format(_ source: String) throws -> String {
    try format(source, file: "<input>")
  }

  /// The canonical layout of `source`, its diagnostics naming `file`.
  public static func format(_ source: String, file: String) throws(ScriptFormatFailure) -> String {
    var parser = Parser(source: source, file: file)
    parser.layoutRecord = LayoutRecord()
    _ = parser.parseAll()
    let errors = parser.sortedDiagnostics.filter { $0.severity == .error }
    guard errors.isEmpty, let record = parser.layoutRecord else { throw ScriptFormatFailure(diagnostics: errors) }
    var layout = SourceLayout(parser: parser, spans: record.spans)
    return layout.formatted()
  }
}

/// A script that was not formatted because it does not parse.
public struct ScriptFormatFailure: Error, Sendable {
  /// Every parse error, in the order of their locations.
  public var diagnostics: [Diagnostic]

  public init(diagnostics: [Diagnostic]) {
    self.diagnostics = diagnostics
  }
}
