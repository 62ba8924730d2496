/// What one press of Tab does with a completion: bash's rules. A single
/// candidate is typed in full (with its terminator); several are extended to
/// their longest common prefix; when there is nothing to extend, the first
/// Tab beeps and the second lists the candidates.
enum TabAction: Equatable {
  /// Type this text at the cursor.
  case insert(String)
  /// Show these candidates (their `display` forms) and redraw the line.
  case list([String])
  case beep

  init(_ completion: Completion, repeated: Bool) {
    let candidates = completion.candidates
    guard let first = candidates.first else {
      self = .beep
      return
    }
    let word = completion.word
    if candidates.count == 1 {
      self = .insert(String(first.text.dropFirst(word.count)) + first.terminator)
      return
    }
    let common = candidates.dropFirst().reduce(first.text) { prefix, candidate in
      String(zip(prefix, candidate.text).prefix { $0 == $1 }.map(\.0))
    }
    if common.count > word.count {
      self = .insert(String(common.dropFirst(word.count)))
    } else {
      self = repeated ? .list(candidates.map(\.display)) : .beep
    }
  }
}

/// Lays out a candidate list in columns across the terminal, filled top to
/// bottom like `ls`, two blanks between columns.
enum CandidateColumns {
  static func format(_ items: [String], width: Int) -> String {
    guard !items.isEmpty else { return "" }
    let columnWidth = (items.map(\.count).max() ?? 0) + 2
    let columns = max(1, min(items.count, max(width, 1) / columnWidth))
    let rows = (items.count + columns - 1) / columns
    var lines: [String] = []
    for row in 0..<rows {
      var line = ""
      for column in 0..<columns {
        let index = column * rows + row
        guard index < items.count else { break }
        let isLast = column == columns - 1 || index + rows >= items.count
        line += isLast ? items[index] : items[index].padded(to: columnWidth)
      }
      lines.append(line)
    }
    return lines.joined(separator: "\n")
  }
}
