#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The prompt's reader on a terminal: libedit, with the history file.
///
/// Main-actor isolated on purpose: `el_gets` blocks its thread while the user
/// types, which must not be a thread of the cooperative pool, and the main
/// thread is the one the kernel gives Ctrl-C's SIGINT to, which is what
/// interrupts `el_gets`.
@MainActor
public final class TerminalLineReader: LineReader {
  private let editor = LineEditor()
  private let historyPath: String?

  /// Whether libedit can be used: standard input and output are both terminals.
  public nonisolated static var isAvailable: Bool {
    isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
  }

  /// - Parameter historyPath: the history file, read now and written by
  ///   `saveHistory()`; `nil` keeps the history in memory.
  public init(historyPath: String?) {
    self.historyPath = historyPath
    if let historyPath {
      editor.loadHistory(from: historyPath)
    }
  }

  public func readLine(prompt: String, completer: @escaping @Sendable (String) -> Completion) async -> LineInput {
    editor.completer = completer
    defer { editor.completer = nil }
    return editor.read(prompt: prompt)
  }

  public func addHistory(_ entry: String) async {
    editor.addHistory(entry)
  }

  public func history() async -> [String] {
    editor.historyEntries
  }

  public func saveHistory() async -> String? {
    guard let historyPath else { return nil }
    HistoryPolicy.prepareDirectory(for: historyPath)
    return editor.saveHistory(to: historyPath) ? nil : "cannot write the history file \(historyPath)"
  }
}
