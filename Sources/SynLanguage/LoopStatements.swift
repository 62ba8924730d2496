import SynJSON

/// The headers of the blocks that have no one-line form: `for NAME in SOURCE {`
/// and `finally {`. Their bodies are read by the block structure like those
/// of `repeat N {`.
extension Parser {
  /// What `for` accepts after `in`, for messages.
  private static let loopSources = #"a JSON array, a $variable, a .path, csv "FILE" or json "FILE""#
  /// The kinds of data file `for` reads.
  private static let loopFileKinds = ["csv", "json"]

  /// Parses the header at `start`, which starts with `keyword`, when it is
  /// a `for` or `finally`, up to and including its `{`; `nil`, without
  /// moving, for any other statement. `outer` are the inline repeats before
  /// it on the line.
  mutating func parseBlockOnlyHeader(_ keyword: StatementKeyword?, at start: Int, after outer: [BlockHeader])
    throws(ParseFailure) -> BlockOpening?
  {
    guard keyword == .for || keyword == .finally else { return nil }
    let location = location(at: start)
    let kind: BlockHeader.Kind
    if keyword == .for {
      kind = try parseForHeader(keywordEnd: tokenEnd(from: start))
    } else {
      position = tokenEnd(from: start)
      kind = .finally
    }
    let header = BlockHeader(kind: kind, location: location, start: start)
    return BlockOpening(outer: outer, header: header, brace: try parseBlockBrace(header: start..<position))
  }

  /// `for NAME in SOURCE`, the cursor past `for`. NAME follows the rules of
  /// `let` (an identifier, not `env` or `last`).
  private mutating func parseForHeader(keywordEnd: Int) throws(ParseFailure) -> BlockHeader.Kind {
    position = keywordEnd
    if let nameStart = nextToken(), isWord("in", at: nameStart) {
      // `for in $items {`: the name is missing (`for in in $items {` names it `in`).
      position = nameStart + 2
      guard let next = nextToken(), isWord("in", at: next) else {
        throw failure("expected a variable name between 'for' and 'in', as in 'for item in $items {'", at: nameStart)
      }
    }
    let name = try parseBindingName(after: "for", keywordEnd: keywordEnd)
    let nameEnd = position
    let example = "as in 'for \(name) in $items {'"
    let inStart = try requireToken(after: nameEnd, "expected 'in' after 'for \(name)', \(example)")
    guard isWord("in", at: inStart) else {
      throw failure("expected 'in' after 'for \(name)', found \(describeToken(at: inStart)); \(example)", at: inStart)
    }
    return .forEach(name: name, source: try parseLoopSource(inEnd: inStart + 2))
  }

  /// What a `for` walks: a JSON array literal (which may span lines), a
  /// variable or a response path, or `csv FILE` / `json FILE`.
  private mutating func parseLoopSource(inEnd: Int) throws(ParseFailure) -> LoopSource {
    let start = try requireToken(after: inEnd, "expected what to loop over after 'in': \(Parser.loopSources)")
    if isWord("{", at: start) {
      throw failure("expected what to loop over before '{': \(Parser.loopSources)", at: start)
    }
    let wordEnd = tokenEnd(from: start)
    if isIdentifier(start..<wordEnd) {
      let word = text(start..<wordEnd)
      switch word {
      case "csv": return .csv(try parseLoopFile(kind: word, keywordEnd: wordEnd))
      case "json": return .json(try parseLoopFile(kind: word, keywordEnd: wordEnd))
      default:
        position = wordEnd
        var hint = Suggestions.didYouMean(word, among: Parser.loopFileKinds)
        if hint.isEmpty {
          // `for x in items {`: no file follows, so the word is most likely a variable without its `$`.
          let followedByFile = nextToken().map { !isWord("{", at: $0) } ?? false
          if !followedByFile { hint = "; for a variable write '$\(word)'" }
        }
        throw failure("unknown loop source '\(word)'; expected \(Parser.loopSources)\(hint)", at: start)
      }
    }
    let source = try parseValue(at: start)
    switch source {
    case .variable, .responsePath, .json(.array), .json(.constant(.array)):
      return .value(source)
    case .json:
      throw failure("a for loop walks an array, not a JSON object; expected \(Parser.loopSources)", at: start)
    default:
      throw failure("expected \(Parser.loopSources) after 'in', found \(describeToken(at: start))", at: start)
    }
  }

  /// The file of `csv FILE` or `json FILE`: a string or a bare word.
  private mutating func parseLoopFile(kind: String, keywordEnd: Int) throws(ParseFailure) -> Value {
    let example = "like \(kind) \"rows.\(kind)\""
    let start = try requireToken(after: keywordEnd, "expected a file after '\(kind)', \(example)")
    if isWord("{", at: start) {
      throw failure("expected a file after '\(kind)', \(example)", at: start)
    }
    let file = try parseValue(at: start)
    switch file {
    case .string, .rawString, .bareWord:
      return file
    case .variable:
      throw failure(
        "expected a file name after '\(kind)', \(example); to use a variable write "
          + "\(kind) \"\(text(start..<tokenEnd(from: start)))\"",
        at: start)
    default:
      throw failure("expected a file name after '\(kind)', \(example), found \(describeToken(at: start))", at: start)
    }
  }

  /// The `{` that ends a block header spanning `header`; moves past it.
  private mutating func parseBlockBrace(header: Range<Int>) throws(ParseFailure) -> Int {
    let shown = statementText(header)
    guard let brace = nextToken() else {
      throw failure("expected '{' after '\(shown)' to open its block", at: insertionPoint(after: header.upperBound))
    }
    guard isWord("{", at: brace) else {
      throw failure(
        "expected '{' after '\(shown)', found \(describeToken(at: brace)); "
          + "the block's statements go on the following lines",
        at: brace)
    }
    position = brace + 1
    return brace
  }
}
