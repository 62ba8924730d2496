import SynLanguage

/// A line of the prompt that starts with `:` (language.md section 10).
enum MetaCommand: Equatable {
  /// `:help`, `:help VERB NOUN`, `:help NOUN`, `:help API`.
  case help([String])
  case vars
  case last
  /// `:curl`, or `:curl --show-key` to print the key itself.
  case curl(showsKey: Bool)
  /// `:save FILE`, or `:save --expect FILE` to write, after each request, the expectations its answer met.
  case save(String, expectations: Bool)
  case load(String)
  case history
  case quit

  /// The names Tab offers at the start of a line.
  static let names = [":curl", ":help", ":history", ":last", ":load", ":quit", ":save", ":vars"]

  /// One line per meta-command, for `:help`.
  static let summary: [(usage: String, meaning: String)] = [
    (":help [TOPIC]", "everything, or an operation (VERB NOUN), verb, noun, API or statement keyword"),
    (":vars", "the variables and their values"),
    (":last", "the last request and response, in full"),
    (":curl [--show-key]", "the last request as a curl command (its key masked unless asked)"),
    (":save FILE", "the statements that ran, as a script for `syn run`"),
    (":save --expect FILE", "the same, with each answer's status and a `matches` template after its request"),
    (":load FILE", "run a script's statements here"),
    (":history", "the lines in the history"),
    (":quit", "leave (Ctrl-D too)"),
  ]

  /// Reads `line` (already known to start with `:`), or explains what is wrong.
  static func parse(_ line: String) -> Result<MetaCommand, MetaCommandError> {
    let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    guard let name = words.first else { return .failure(MetaCommandError("empty command")) }
    let arguments = Array(words.dropFirst())
    // A file name keeps its blanks: everything after the command, unquoted.
    let rest = line.drop { $0 != " " && $0 != "\t" }.trimmingBlanks()
    switch name {
    case ":help", ":h", ":?":
      return .success(.help(arguments))
    case ":vars":
      return noArguments(.vars, name, arguments)
    case ":last":
      return noArguments(.last, name, arguments)
    case ":curl":
      if arguments == ["--show-key"] { return .success(.curl(showsKey: true)) }
      guard arguments.isEmpty else {
        return .failure(MetaCommandError(":curl takes only --show-key (to print the key unmasked)"))
      }
      return .success(.curl(showsKey: false))
    case ":history":
      return noArguments(.history, name, arguments)
    case ":quit", ":q", ":exit":
      return noArguments(.quit, name, arguments)
    case ":load":
      return fileName(rest, for: name).map(MetaCommand.load)
    case ":save":
      guard rest.hasPrefix("-") else { return fileName(rest, for: name).map { .save($0, expectations: false) } }
      let option = rest.prefix { $0 != " " && $0 != "\t" }
      guard option == saveExpectOption else {
        return .failure(MetaCommandError("unknown option '\(option)': :save takes \(saveExpectOption) before the file"))
      }
      return fileName(rest.dropFirst(option.count).trimmingBlanks(), for: "\(name) \(option)")
        .map { .save($0, expectations: true) }
    default:
      // `:hist` is most likely the start of a command; else a misspelling.
      let started = names.filter { $0.hasPrefix(name) }
      let suggestion =
        started.count == 1 ? "; did you mean '\(started[0])'?" : Suggestions.didYouMean(name, among: names)
      return .failure(MetaCommandError("unknown command '\(name)'" + suggestion + "; :help lists them"))
    }
  }

  /// What a line that is a meta-command without its colon (`help`, `help create profile`, `clear`)
  /// most likely meant, or nil for any other line. `exit` and `quit` need no hint: they leave as they are.
  static func hint(forColonless line: String) -> String? {
    let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
    switch words.first {
    case "help": return "'\(line)' is not a statement; did you mean ':\(line)'?"
    case "clear" where words.count == 1:
      return "'clear' is not a statement; Ctrl-L clears the screen, and :help lists the commands"
    default: return nil
    }
  }

  private static func noArguments(
    _ command: MetaCommand, _ name: String, _ arguments: [String]
  ) -> Result<MetaCommand, MetaCommandError> {
    arguments.isEmpty ? .success(command) : .failure(MetaCommandError("\(name) takes no arguments"))
  }

  /// The option of `:save` that adds the expectations each answer met.
  static let saveExpectOption = "--expect"

  /// The file name that is `text`, unquoted, or an error that `command` needs one.
  private static func fileName(_ text: String, for command: String) -> Result<String, MetaCommandError> {
    let file = unquoted(text)
    return file.isEmpty
      ? .failure(MetaCommandError("\(command) needs a file name, like \(command) session.syn")) : .success(file)
  }

  private static func unquoted(_ text: String) -> String {
    for quote in ["\"", "'"] where text.count >= 2 && text.hasPrefix(quote) && text.hasSuffix(quote) {
      return String(text.dropFirst().dropLast())
    }
    return text
  }
}

struct MetaCommandError: Error, Equatable {
  var message: String

  init(_ message: String) {
    self.message = message
  }
}

extension StringProtocol {
  /// Without blanks (spaces and tabs) at either end.
  func trimmingBlanks() -> String {
    let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
    guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
      return ""
    }
    return String(self[first...last])
  }
}
