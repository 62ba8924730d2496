import SynCatalog
import SynJSON
import SynLanguage

/// Decides what the word before the cursor can become, by where it stands in
/// the statement: a verb or keyword first, then a noun, then the items of the
/// operation; `$variables`, `.paths` and file names wherever they fit.
struct CompletionEngine {
  let context: CompletionContext

  /// The statement keywords typed at the prompt: all but `test`, which only files use.
  static let keywords = StatementKeyword.allCases.filter { $0 != .test }.map(\.rawValue)

  func complete(_ text: String) -> Completion {
    let input = PartialInput(text)
    switch input.position {
    case .comment:
      return .none
    case .json:
      // Inside a JSON literal only `$name.path` is ours to complete, and a marker in a template.
      if Self.takesTemplate(input.statementTokens), let markers = completeTrailingMarker(in: input.word) {
        return markers
      }
      return completeTrailingVariable(in: input.word, stoppingAt: Self.jsonDelimiters)
    case .doubleQuoted, .singleQuoted:
      if Self.takesFile(input.statementTokens) {
        return completeFile(input.word)
      }
      guard input.position == .doubleQuoted else { return .none }
      // `"text $name.pa`: interpolation in a double-quoted string.
      return completeTrailingVariable(in: input.word, stoppingAt: " \t\"")
    case .word:
      return complete(word: input.word, after: input.statementTokens)
    }
  }

  /// The word after the statement's complete `tokens`.
  private func complete(word: String, after tokens: [String]) -> Completion {
    guard let head = tokens.first else {
      return firstWord(word)
    }
    if head.hasPrefix(":") {
      return metaCommandArgument(word, command: head, arguments: Array(tokens.dropFirst()))
    }
    if let keyword = StatementKeyword(rawValue: head) {
      return keywordArgument(word, keyword: keyword, arguments: Array(tokens.dropFirst()))
    }
    return requestArgument(word, verb: head, arguments: Array(tokens.dropFirst()))
  }

  /// A statement's first word: a verb of the active API or a keyword; `:` starts a meta-command.
  private func firstWord(_ word: String) -> Completion {
    if word.hasPrefix(":") {
      return matching(word, MetaCommand.names.map { Candidate($0) })
    }
    if word.hasPrefix("$") || word.hasPrefix(".") {
      return .none
    }
    let words = Set(context.activeCatalog.verbs + Self.keywords).sorted()
    return matching(word, words.map { Candidate($0) })
  }

  // MARK: - Helpers shared by the contexts

  /// The candidates that start with `word`, which they replace.
  func matching(_ word: String, _ candidates: [Candidate]) -> Completion {
    var seen: Set<String> = []
    let kept = candidates.filter { $0.text.hasPrefix(word) && seen.insert($0.text).inserted }
    return Completion(word: word, candidates: kept)
  }

  /// Whether the statement so far takes a file name next: `include`, `:load`, `:save [--expect]`,
  /// and `for NAME in csv|json`.
  static func takesFile(_ tokens: [String]) -> Bool {
    if tokens.count == 4, tokens[0] == StatementKeyword.for.rawValue, tokens[2] == "in" {
      return tokens[3] == "csv" || tokens[3] == "json"
    }
    return (tokens.count == 1 && ["include", ":load", ":save"].contains(tokens[0]))
      || tokens == [":save", MetaCommand.saveExpectOption]
  }

  /// What ends a value inside a JSON literal.
  private static let jsonDelimiters = " \t\n{}[],:"

  /// Whether a JSON literal typed after `tokens` is a template: `expect ... matches` or `... contains`.
  private static func takesTemplate(_ tokens: [String]) -> Bool {
    tokens.first == "expect" && ["matches", "contains"].contains(tokens.last)
  }

  /// `#str` at the end of a template: the markers it may become; `nil` when no `#` is being typed.
  private func completeTrailingMarker(in text: String) -> Completion? {
    let tail = String(text.reversed().prefix { !Self.jsonDelimiters.contains($0) }.reversed())
    guard tail.hasPrefix("#") else { return nil }
    // A marker is followed by `,`, `?` or a closing bracket, which the user types; `#regex` by its pattern.
    return matching(tail, Marker.names.map { Candidate("#" + $0, terminator: $0 == "regex" ? " /" : "") })
  }

  /// `$name.path` at the end of `text`, after the last of `delimiters`.
  private func completeTrailingVariable(in text: String, stoppingAt delimiters: String) -> Completion {
    let tail = String(text.reversed().prefix { !delimiters.contains($0) }.reversed())
    guard let dollar = tail.lastIndex(of: "$") else { return .none }
    let reference = String(tail[dollar...])
    return completeValue(reference)
  }
}
