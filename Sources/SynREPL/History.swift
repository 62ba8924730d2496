import Foundation
import SynHTTP
import SynLanguage

/// Which lines the history keeps, in what form, and where it is stored.
enum HistoryPolicy {
  /// Entries kept in memory and in the file.
  static let capacity = 2000

  /// `$SYN_HISTORY`, else `~/.syn_history`; `nil` (no file) when `SYN_HISTORY`
  /// is set but empty, or there is no home directory.
  static func path(environment: [String: String]) -> String? {
    if let configured = environment["SYN_HISTORY"] {
      return configured.isEmpty ? nil : configured
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return (home as NSString).appendingPathComponent(".syn_history")
  }

  /// Whether `entry` may be written: not blank, and no API key in it.
  static func shouldRecord(_ entry: String) -> Bool {
    !entry.allSatisfy(\.isWhitespace) && !KeyFilter.holdsKey(entry)
  }

  /// The history entries for one statement typed over `lines`: a single line
  /// when the lines join into one that means the same (a multi-line JSON
  /// literal, `\` continuations), so Up recalls it whole; else each line.
  ///
  /// Lines join as the parser quotes a statement: each trimmed, a final `\`
  /// dropped, one blank between. A string continued with `\` would change
  /// its text that way, and a block cannot be written on one line: those
  /// keep their lines.
  static func entries(for lines: [String]) -> [String] {
    guard lines.count > 1 else { return lines }
    var pieces: [String] = []
    var typed = ""
    for (index, line) in lines.enumerated() {
      var piece = line.trimmingBlanks()
      let continued = index < lines.count - 1 && piece.hasSuffix("\\")
      if continued {
        piece = String(piece.dropLast()).trimmingBlanks()
      }
      typed += (index == 0 ? "" : "\n") + (continued ? String(line.trimmingBlanksAtEnd().dropLast()) : line)
      if continued, [.doubleQuoted, .singleQuoted].contains(PartialInput(typed).position) {
        return lines
      }
      if !piece.isEmpty { pieces.append(piece) }
    }
    let joined = pieces.joined(separator: " ")
    let original = parseStatements(lines.joined(separator: "\n"), file: "<history>")
    let single = parseStatements(joined, file: "<history>")
    guard original.diagnostics.isEmpty, single.diagnostics.isEmpty, !needsContinuation(joined),
      original.statements.count == 1, original.statements.map(\.text) == single.statements.map(\.text)
    else { return lines }
    return [joined]
  }

  /// Creates the history file's directory when it is missing (libedit does not).
  static func prepareDirectory(for path: String) {
    let directory = (path as NSString).deletingLastPathComponent
    guard !directory.isEmpty else { return }
    try? FileManager.default.createDirectory(
      atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
  }
}

/// Finds API keys in what the user typed, so they reach neither the history
/// file nor a saved script nor the screen of `:curl`.
enum KeyFilter {
  /// Whether `line` sets or contains an API key: `set apiKey ...`,
  /// `--api-key`, a key header item (`x-api-key:`, `Authorization:`), or
  /// anything that looks like a Synposter key (`sk_live_...`).
  static func holdsKey(_ line: String) -> Bool {
    line.contains(/(?i)\bset\s+apikey\b/) || line.contains(/(?i)--api-key/)
      || line.contains(/(?i)\b(x-api-key|authorization)\s*:/) || line.contains(KeyMask.synposterKey)
  }

  /// `text` with each `sk_live_...` key replaced by `replacement`.
  static func replacingKeys(in text: String, with replacement: String) -> String {
    text.replacing(KeyMask.synposterKey, with: replacement)
  }
}

extension String {
  /// Without blanks at the end.
  func trimmingBlanksAtEnd() -> String {
    var text = self
    while let last = text.last, last == " " || last == "\t" { text.removeLast() }
    return text
  }
}
