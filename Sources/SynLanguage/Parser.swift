/// The state of one parse: the source as UTF-8 bytes, a cursor into it, and
/// the diagnostics found so far.
///
/// The parser reads bytes directly, one statement at a time, and never
/// recurses on the input's nesting: JSON literals and blocks (`repeat`,
/// `for`, `finally`) keep explicit stacks, so any text, however deep or
/// long, is parsed in time and stack space proportional to its length.
struct Parser {
  /// JSON literals and blocks may nest this deep.
  static let maxNesting = 512
  /// `repeat N repeat M ...` may chain this many times on one line.
  static let maxInlineRepeats = 16
  /// How many times recovery may look ahead to the end of the text for the
  /// close of an unbalanced bracket; past that it gives up at the end of the
  /// line, which keeps recovery linear on any input.
  static let multiLineSkipLimit = 8

  let bytes: [UInt8]
  /// The file its locations name, numbered once for the whole parse.
  let fileNumber: FileNames.Number
  let lines: LineTable
  /// Where the text proper starts: 0, or 3 after a UTF-8 byte order mark.
  let textStart: Int
  var position: Int
  var diagnostics: [Diagnostic] = []
  /// Set when the text ended inside something still open: a JSON literal, a
  /// block, or after a trailing `\`. The prompt then asks for another line.
  var endedInsideConstruct = false
  var multiLineSkipsLeft = Parser.multiLineSkipLimit
  var columnCache = ColumnCache()
  /// Set by the formatter, which needs to know the extent of each string and JSON literal.
  var layoutRecord: LayoutRecord?

  init(source: String, file: String) {
    let bytes = Array(source.utf8)
    let start = bytes.starts(with: SourceText.byteOrderMark) ? SourceText.byteOrderMark.count : 0
    self.bytes = bytes
    self.fileNumber = FileNames.number(of: file)
    self.textStart = start
    self.position = start
    self.lines = LineTable(bytes, firstLineStart: start)
  }

  // MARK: - Locations and diagnostics

  /// The location of byte `offset`, its column counted in Unicode scalars.
  mutating func location(at offset: Int) -> SourceLocation {
    let offset = min(max(offset, textStart), bytes.count)
    let line = lineIndex(of: offset)
    var from = lines.starts[line]
    var column = 1
    if columnCache.line == line, columnCache.offset <= offset {
      from = columnCache.offset
      column = columnCache.column
    }
    for index in from..<offset where bytes[index] & 0xC0 != 0x80 {
      column += 1
    }
    columnCache = ColumnCache(line: line, offset: offset, column: column)
    return SourceLocation(fileNumber: fileNumber, line: line + 1, column: column)
  }

  /// The 0-based line of `offset`. Locations are mostly asked for in text
  /// order, so the line of the previous answer and the one after it are
  /// tried before a binary search.
  private func lineIndex(of offset: Int) -> Int {
    let cached = columnCache.line
    if cached >= 0 {
      if lines.contains(offset, inLine: cached) { return cached }
      if cached + 1 < lines.starts.count, lines.contains(offset, inLine: cached + 1) { return cached + 1 }
    }
    return lines.lineIndex(of: offset)
  }

  /// The text of the line holding `offset`, without its line break.
  func sourceLine(at offset: Int) -> String {
    SourceText.line(in: bytes, containing: offset)
  }

  /// Records an error at byte `offset`.
  mutating func report(_ message: String, at offset: Int) {
    let location = location(at: offset)
    diagnostics.append(Diagnostic(.error, at: location, message, sourceLine: sourceLine(at: offset)))
  }

  /// The diagnostics in the order of their locations. They are found in
  /// that order, except for an unclosed block, reported at its `{` once the
  /// end of the text is reached.
  var sortedDiagnostics: [Diagnostic] {
    diagnostics.enumerated().sorted {
      ($0.element.location.line, $0.element.location.column, $0.offset)
        < ($1.element.location.line, $1.element.location.column, $1.offset)
    }.map(\.element)
  }

  /// Records `failure` and moves past the statement it spoiled.
  mutating func recover(from failure: ParseFailure) {
    report(failure.message, at: failure.offset)
    switch failure.resume {
    case .skipStatement(let offset): skipStatement(from: offset)
    case .restartLine(let offset): position = offset
    case .endOfInput: position = bytes.count
    }
  }

  /// A failure at `offset` whose statement is skipped from that token on.
  func failure(_ message: String, at offset: Int) -> ParseFailure {
    ParseFailure(message, at: offset, resume: .skipStatement(from: offset))
  }

  /// The bytes of `range` as a string.
  func text(_ range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }
}
