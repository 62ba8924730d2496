// Where the language spec is silent, the parser chooses what a user of
// HTTPie, Hurl or a shell would expect:
//
// - Tokens are separated by blanks: `"a"b` and `$a/x` are errors (quote text
//   that joins a variable: "$a/x"). A `#` starts a comment only at the start
//   of a token, so `a#b` and `https://x.com/#a` are words.
// - A quoted string ends on its line; a line that ends with `\` continues
//   it (the `\` and the line break are dropped). A `\` followed only by
//   blanks still continues a line.
// - A bare word interpolates `$name.path` and `${name.path}` like a shell
//   word (`name=p$i`) and is then a string; `\$` is a literal `$`, and a `$`
//   not followed by a name stands for itself (`5$`).
// - Inside strings and words, `$name` and its `.key` steps stop at `-`
//   (`"p$i-x"` reads `$i`), `.` needs a letter after it and `[N]` its `]`,
//   else the text is literal (`"Hello $name."`); `${...}` takes full
//   identifiers and quoted keys. A standalone `$name.path` or `.path` takes
//   identifiers with `-` (`$r.headers.content-type`).
// - `key:=TEXT` with TEXT written in the script is parsed as JSON at once
//   (it becomes `.json(.constant)`); `name=` with no value is an error
//   (`name=""` is the empty string); positional values after items are an
//   error. A URL without a scheme (`localhost:8080`) reads as a header item
//   and must be quoted to be a positional value.
// - `send` takes any method made of letters and upper-cases it.
// - `expect status N` means `== N`; `count N` means `count == N`; `is not
//   TYPE` is `not is TYPE`; `not` comes before the predicate, except in
//   `expect not error CODE`.
// - `mock fault STATUS` without `times N` fails the next matching request only.
// - Durations take decimals: `sleep 1.5s` (ms, s, m, h), `mock clock +1.5h` (s, m, h, d).
// - `let NAME = VALUE` needs no blanks around `=`; `env` and `last` are
//   built-in names that `let` and `as` cannot bind.
// - `repeat` counts are whole numbers, variables or paths; `repeat N
//   STATEMENT` chains at most 16 deep on a line (blocks nest 512 deep, as
//   JSON literals do).
// - `for` and `finally` have a block form only. `for NAME in SOURCE {`
//   names its variable as `let` does and walks a JSON array literal (which
//   may span lines), a `$variable.path` or a `.path`, or `csv FILE` /
//   `json FILE` with FILE a string or bare word (`csv "$dir/u.csv"` for a
//   variable). Inline repeats may lead a block of any kind: `repeat 2 for x
//   in $xs {`. `for` and `finally` are keywords, not request verbs.
// - `finally {` stands only at the top level of a test case or of the
//   prelude, as often as wanted. Misplaced, or with an error in its header
//   line, a block that ends its line with `{` is still read to its `}`: its
//   statements are checked, then dropped.
// - A test name is a quoted string without variables or a bare word.
// - Meta-commands (`:help`) are errors in scripts; `#` inside a JSON literal
//   is an error, not a comment.

/// The outcome of parsing a script: every statement that parsed, and every
/// error found in the file (not just the first).
public struct ParseResult: Sendable {
  /// The prelude and test cases, without the statements that had errors.
  public var script: Script
  /// All errors, in the order of their locations.
  public var diagnostics: [Diagnostic]

  public init(script: Script, diagnostics: [Diagnostic]) {
    self.script = script
    self.diagnostics = diagnostics
  }
}

/// Parses a `.syn` file into its prelude and test cases (spec section 8).
///
/// Parsing never stops at an error: it reports it, skips to the next
/// statement and goes on, so `syn check` can list every problem at once.
///
/// - Parameters:
///   - source: the text of the file.
///   - file: the name diagnostics and locations use.
public func parseScript(_ source: String, file: String) -> ParseResult {
  var parser = Parser(source: source, file: file)
  let layout = parser.parseAll()
  return ParseResult(
    script: Script(file: file, prelude: layout.prelude, cases: layout.cases), diagnostics: parser.sortedDiagnostics)
}

/// Parses text typed at the interactive prompt (or loaded into it) as a flat
/// list of statements. `test` lines are accepted and ignored: the statements
/// of every case follow those of the prelude.
///
/// - Parameters:
///   - source: one or more lines; see `needsContinuation(_:)`.
///   - file: the name diagnostics and locations use, such as `<stdin>`.
public func parseStatements(_ source: String, file: String) -> (statements: [Statement], diagnostics: [Diagnostic]) {
  var parser = Parser(source: source, file: file)
  let layout = parser.parseAll()
  return (layout.prelude + layout.cases.flatMap(\.body), parser.sortedDiagnostics)
}

/// Whether the prompt should read another line before running `text`: the
/// text ends with a `\`, or a JSON literal or a block (`repeat N {`,
/// `for NAME in SOURCE {`, `finally {`) is still open.
///
/// A quoted string never spans lines (a missing closing quote is reported
/// as an error at once), unless its line ends with `\`.
public func needsContinuation(_ text: String) -> Bool {
  var parser = Parser(source: text, file: "<prompt>")
  _ = parser.parseAll()
  return parser.endedInsideConstruct
}
