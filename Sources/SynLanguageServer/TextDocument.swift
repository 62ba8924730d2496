import SynJSON

/// A position as LSP counts it: a 0-based line and a 0-based offset in UTF-16
/// code units on that line.
struct LSPPosition: Equatable, Comparable {
  var line: Int
  var character: Int

  init(line: Int, character: Int) {
    self.line = line
    self.character = character
  }

  /// Reads `{"line": L, "character": C}`; missing or negative numbers count as 0.
  init(_ json: JSONValue?) {
    line = max(0, json?.integer("line") ?? 0)
    character = max(0, json?.integer("character") ?? 0)
  }

  var json: JSONValue { ["line": .integer(line), "character": .integer(character)] }

  static func < (lhs: LSPPosition, rhs: LSPPosition) -> Bool {
    (lhs.line, lhs.character) < (rhs.line, rhs.character)
  }
}

struct LSPRange: Equatable {
  var start: LSPPosition
  var end: LSPPosition

  init(_ start: LSPPosition, _ end: LSPPosition) {
    self.start = start
    self.end = end
  }

  init(_ json: JSONValue?) {
    start = LSPPosition(json?["start"])
    end = LSPPosition(json?["end"])
  }

  var json: JSONValue { ["start": start.json, "end": end.json] }

  func overlaps(_ other: LSPRange) -> Bool {
    start <= other.end && other.start <= end
  }
}

/// An open document's text, split into lines, with the conversions between
/// the parser's columns (Unicode scalars, as `SourceLocation` counts them)
/// and LSP's (UTF-16 code units).
struct TextDocument {
  var uri: String
  var version: Int
  private(set) var text: String
  /// The lines without their line breaks (`\n`, or `\r\n`), as the parser numbers them.
  private(set) var lines: [[Unicode.Scalar]]
  /// A byte order mark starts the text: the parser's first column is after it, the editor's before.
  private var hasByteOrderMark = false

  init(uri: String, version: Int, text: String) {
    self.uri = uri
    self.version = version
    self.text = ""
    self.lines = []
    replaceText(text)
  }

  mutating func replaceText(_ newText: String) {
    text = newText
    // Split by scalars: as Characters, `\r\n` is one grapheme and no `\n`.
    lines = newText.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      var scalars = Array(line)
      if scalars.last == "\r" { scalars.removeLast() }
      return scalars
    }
    hasByteOrderMark = lines.first?.first == "\u{FEFF}"
    if hasByteOrderMark { lines[0].removeFirst() }
  }

  /// The scalars of line `index` (0-based); empty past the end.
  func line(_ index: Int) -> [Unicode.Scalar] {
    lines.indices.contains(index) ? lines[index] : []
  }

  /// The LSP position of a 0-based line and 0-based scalar column.
  func position(line index: Int, column: Int) -> LSPPosition {
    var units = index == 0 && hasByteOrderMark ? 1 : 0
    for scalar in line(index).prefix(max(0, column)) {
      units += UTF16.width(scalar)
    }
    return LSPPosition(line: index, character: units)
  }

  /// The 0-based scalar column of an LSP position on its line (a position
  /// inside a surrogate pair or past the end moves to the nearest column).
  func column(of position: LSPPosition) -> Int {
    var units = position.line == 0 && hasByteOrderMark ? 1 : 0
    var column = 0
    for scalar in line(position.line) {
      if units >= position.character { break }
      units += UTF16.width(scalar)
      column += 1
    }
    return column
  }

  /// The text from the start of line `firstLine` up to `position`, lines joined by `\n`.
  func text(fromLine firstLine: Int, to position: LSPPosition) -> String {
    guard firstLine <= position.line else { return "" }
    var result = ""
    for index in firstLine...position.line {
      let scalars = index == position.line ? Array(line(index).prefix(column(of: position))) : line(index)
      result.unicodeScalars.append(contentsOf: scalars)
      if index < position.line { result += "\n" }
    }
    return result
  }
}
