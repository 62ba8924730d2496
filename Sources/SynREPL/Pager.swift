import CEditLine
import Foundation

/// Text taller than the terminal goes through `$PAGER`, as psql and git do:
/// `:help` lists well over a hundred operations, which would otherwise
/// scroll past before they can be read.
struct Pager {
  /// The command that pages: `$PAGER`, else `less`. An empty `$PAGER` turns paging off.
  var command: String?
  /// The terminal's height in rows; 0 when standard output is not a terminal.
  var rows: Int

  init(environment: [String: String], rows: Int = Int(ceditline_terminal_rows())) {
    switch environment["PAGER"] {
    case .some(let pager): command = pager.trimmingBlanks().isEmpty ? nil : pager
    // -F leaves at once when the text fits after all, -R keeps colors, -X keeps the text on the screen.
    case .none: command = environment["LESS"] == nil ? "LESS=FRX less" : "less"
    }
    self.rows = rows
  }

  /// Whether `text` would be paged: a terminal, a pager, and more lines than fit above the prompt.
  func wouldPage(_ text: String) -> Bool {
    guard command != nil, rows > 0 else { return false }
    return text.reduce(into: 1) { count, character in if character == "\n" { count += 1 } } >= rows
  }

  /// Pages `text` when it would; false when it did not (the caller prints it).
  func page(_ text: String) -> Bool {
    guard wouldPage(text), let command else { return false }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    let input = Pipe()
    process.standardInput = input
    do {
      try process.run()
    } catch {
      return false
    }
    // A pager that leaves early (q) closes its end: the rest of the text is not
    // wanted, and the write must fail rather than end syn with SIGPIPE.
    let previous = signal(SIGPIPE, SIG_IGN)
    try? input.fileHandleForWriting.write(contentsOf: Data((text + "\n").utf8))
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
    signal(SIGPIPE, previous)
    // A pager that could not start (sh answers 127) has shown nothing.
    return process.terminationStatus != 127
  }
}
