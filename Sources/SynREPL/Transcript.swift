import SynCatalog
import SynJSON
import SynLanguage

/// The statements that ran at the prompt, in order, as typed: what `:save`
/// writes, as a script `syn run` replays with the same results.
///
/// A statement that stopped (a failed expectation, a runtime error, Ctrl-C)
/// is left out: it changed nothing, and replaying it would stop the script
/// where the session went on. Keys are never written: `set apiKey "..."`
/// becomes `set apiKey $env.SYNPOSTER_API_KEY` (or `SYNUP_API_KEY`).
///
/// With expectations (`:save --expect`), each request is followed by the
/// expectations its answer met (see `AnswerExpectations`).
struct Transcript {
  struct Entry {
    /// The statement's lines as typed.
    var source: String
    /// The API active when it ran (whose key a `set apiKey` set).
    var api: APIName
    var setsAPIKey: Bool
    /// What a request statement was answered, for `:save --expect`; nil for other statements.
    var answer: AnswerExpectations?
  }

  private(set) var entries: [Entry] = []
  /// The seed the session's ids started from, written first so a replay gets the same ids.
  var idSeed: Int?

  mutating func record(_ source: String, of statement: Statement, api: APIName, answer: AnswerExpectations? = nil) {
    var setsKey = false
    if case .set(.apiKey, let value) = statement.kind {
      if case .variable = value {
        setsKey = false
      } else {
        setsKey = true
      }
    }
    // Tab completion leaves a blank after each word it completes.
    let trimmed = source.split(separator: "\n", omittingEmptySubsequences: false)
      .map { String($0).trimmingBlanksAtEnd() }.joined(separator: "\n")
    entries.append(Entry(source: trimmed, api: api, setsAPIKey: setsKey, answer: answer))
  }

  /// The script: a header, the ids' seed, `let` lines for `--var`
  /// definitions (so the script stands alone), then the statements, each
  /// request followed by its answer's expectations when `expectations` is set.
  func script(variables: [String: String], expectations: Bool = false) -> String {
    var lines = [
      "# Saved from the syn prompt: the statements that ran, in order.",
      expectations
        ? "# After each request, the status and body it answered: generated values as #markers."
        : nil,
      "# Run it again with: syn run FILE",
    ].compactMap(\.self)
    if let idSeed {
      lines.append("mock seed \(idSeed)  # the ids the prompt saw")
    }
    for name in variables.keys.sorted() {
      lines.append("let \(name) = \(AnswerExpectations.quoted(.string(variables[name] ?? "")))")
    }
    for (index, entry) in entries.enumerated() {
      lines.append(Self.withoutKeys(entry))
      if expectations, let answer = entry.answer {
        lines += answer.statements(besides: typedExpectations(after: index))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// How many expectations `script(variables:expectations: true)` adds.
  var expectationCount: Int {
    entries.indices.reduce(0) { count, index in
      count + (entries[index].answer?.statements(besides: typedExpectations(after: index)).count ?? 0)
    }
  }

  /// The statements typed after entry `index` and before the next request: the user's own checks of its answer.
  private func typedExpectations(after index: Int) -> [String] {
    entries[(index + 1)...].prefix { $0.answer == nil }.map(\.source)
  }

  private static func withoutKeys(_ entry: Entry) -> String {
    let variable = entry.api.keyVariable
    if entry.setsAPIKey {
      return "set apiKey $env.\(variable)"
    }
    let source = KeyFilter.replacingKeys(in: entry.source, with: "${env.\(variable)}")
    // A key header item with a literal value: leave the statement out rather than write the key.
    for match in source.matches(of: /(?i)\b(?:x-api-key|authorization):("[^"]*"|'[^']*'|\S*)/)
    where !match.output.1.contains("$") {
      return "# (left out here: a statement with an API key in a header)"
    }
    return source
  }
}
