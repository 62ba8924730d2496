public import SynRuntime

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What reading one line gave.
public enum LineInput: Sendable, Equatable {
  case line(String)
  /// Ctrl-C: the line being typed is dropped.
  case interrupted
  /// Ctrl-D on an empty line, or the end of the input.
  case endOfInput
}

/// Where the prompt reads its lines and keeps its history: libedit on a
/// terminal (`TerminalLineReader`), a plain reader otherwise, scripted
/// input in tests.
public protocol LineReader: Sendable {
  /// Shows `prompt` and reads one line. On Tab, `completer` gets the text
  /// before the cursor and says what it can become.
  ///
  /// The prompt may bracket invisible parts (colors) with `\u{1}`; readers
  /// that cannot use them drop the brackets.
  func readLine(prompt: String, completer: @escaping @Sendable (String) -> Completion) async -> LineInput
  /// Appends an entry to the history (already filtered: no keys in it).
  func addHistory(_ entry: String) async
  /// The entries, oldest first.
  func history() async -> [String]
  /// Writes the history file, if there is one; returns a problem to report.
  func saveHistory() async -> String?
}

extension String {
  /// The prompt without its `\u{1}` brackets, nor what they enclose.
  var withoutInvisibleParts: String {
    var visible = ""
    var hidden = false
    for character in self {
      if character == "\u{1}" {
        hidden.toggle()
      } else if !hidden {
        visible.append(character)
      }
    }
    return visible
  }
}

/// Standard input is a terminal but standard output is not (`syn | tee log`):
/// lines are read without editing, and the history stays in memory.
@MainActor
public final class PlainLineReader: LineReader {
  private var entries: [String] = []
  private let output: any OutputSink

  public init(output: any OutputSink) {
    self.output = output
  }

  public func readLine(prompt: String, completer: @escaping @Sendable (String) -> Completion) async -> LineInput {
    output.write(prompt.withoutInvisibleParts, to: .standard)
    ProcessOutput.shared.flush()
    guard let line = Swift.readLine() else {
      output.write("\n", to: .standard)
      return .endOfInput
    }
    return .line(line)
  }

  public func addHistory(_ entry: String) async {
    if entries.last != entry { entries.append(entry) }
  }

  public func history() async -> [String] { entries }

  public func saveHistory() async -> String? { nil }
}
