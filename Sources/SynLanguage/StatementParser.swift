/// What one statement line (with its continuation lines) turned out to be.
enum ParsedLine {
  case statement(Statement)
  /// A block header ending in `{`, whose statements follow on the next
  /// lines up to a `}` line.
  case blockOpening(BlockOpening)
}

/// The header of a block or of an inline `repeat N`: what the finished
/// statement will be, once its body is known.
struct BlockHeader {
  enum Kind {
    /// `repeat N`
    case `repeat`(count: Value)
    /// `for NAME in SOURCE`
    case forEach(name: String, source: LoopSource)
    /// `finally`
    case finally
  }

  var kind: Kind
  var location: SourceLocation
  /// The offset of the header's keyword.
  var start: Int

  /// The statement kind of this header around `body`.
  func statementKind(body: [Statement]) -> Statement.Kind {
    switch kind {
    case .repeat(let count): .`repeat`(count: count, body: body)
    case .forEach(let name, let source): .forEach(name: name, source: source, body: body)
    case .finally: .finally(body: body)
    }
  }
}

/// A block header line: `repeat N {`, `for NAME in SOURCE {` or `finally {`,
/// possibly after inline repeats (`repeat 2 repeat 3 {`, `repeat 2 for x in $xs {`).
struct BlockOpening {
  /// The inline `repeat N` before the header, outermost first; they wrap the block.
  var outer: [BlockHeader]
  var header: BlockHeader
  /// The offset of the `{`.
  var brace: Int
}

/// Statement dispatch (spec sections 3, 4, 5, 7): the first word of a
/// statement is a keyword, or else the verb of a catalog request.
extension Parser {
  /// Parses the statement starting at the cursor, which is on its first
  /// token: `keyword`, if that token is one.
  ///
  /// `repeat N STATEMENT` is read as a chain: the repeats are collected
  /// first and wrapped around the statement at the end, without recursion.
  /// `for` and `finally` always open a block.
  mutating func parseLine(startingWith keyword: StatementKeyword?) throws(ParseFailure) -> ParsedLine {
    var repeats: [BlockHeader] = []
    var start = position
    var keyword = keyword
    while true {
      if let opening = try parseBlockOnlyHeader(keyword, at: start, after: repeats) { return .blockOpening(opening) }
      guard keyword == .repeat else { break }
      guard repeats.count < Parser.maxInlineRepeats else {
        throw failure(
          "too many 'repeat' on one line (at most \(Parser.maxInlineRepeats)); use a 'repeat N {' block", at: start)
      }
      let location = location(at: start)
      position = tokenEnd(from: start)
      let count = try parseRepeatCount()
      let countEnd = position
      let pending = BlockHeader(kind: .`repeat`(count: count), location: location, start: start)
      guard let next = nextToken() else {
        throw failure(
          "expected a statement or '{' after '\(statementText(start..<countEnd))'", at: insertionPoint(after: countEnd))
      }
      if isWord("{", at: next) {
        position = next + 1
        return .blockOpening(BlockOpening(outer: repeats, header: pending, brace: next))
      }
      keyword = self.keyword(at: next)
      if keyword == .test || isWord("}", at: next) {
        throw failure(
          "expected a statement or '{' after '\(statementText(start..<countEnd))', found \(describeToken(at: next))",
          at: next)
      }
      repeats.append(pending)
      start = next
    }
    var statement = try parseStatement(keyword, at: start)
    for pending in repeats.reversed() {
      statement = Statement(
        pending.statementKind(body: [statement]), at: pending.location,
        source: StatementSource(bytes, range: pending.start..<position))
    }
    return .statement(statement)
  }

  /// The statement keyword the token at `start` spells, if it spells one.
  func keyword(at start: Int) -> StatementKeyword? {
    var end = start
    while !isBoundary(at: end) {
      end += 1
      if end - start > StatementKeyword.longestSpelling { return nil }
    }
    return StatementKeyword(rawValue: text(start..<end))
  }

  /// Fails unless the statement ends at the cursor; then moves past its end.
  mutating func expectEndOfStatement(hint: String = "expected the end of the statement") throws(ParseFailure) {
    guard let extra = nextToken() else {
      consumeStatementEnd()
      return
    }
    throw failure("unexpected \(describeToken(at: extra)); \(hint)", at: extra)
  }

  /// The next token of the statement after the token ending at `end`; fails
  /// with `message` at the place it should be, one column after `end`, when
  /// the statement has ended.
  mutating func requireToken(after end: Int, _ message: @autoclosure () -> String) throws(ParseFailure) -> Int {
    position = end
    // The message is spelled only when the token is missing: most statements have it.
    guard let start = nextToken() else { throw failure(message(), at: insertionPoint(after: end)) }
    return start
  }

  /// Parses the variable name of `as NAME` or `let NAME`: an identifier,
  /// not one of the built-in `env` and `last`.
  mutating func parseBindingName(after keyword: String, keywordEnd: Int) throws(ParseFailure) -> String {
    let start = try requireToken(after: keywordEnd, "expected a variable name after '\(keyword)'")
    let end = identifierEnd(from: start)
    guard end > start, keyword == "let" || isBoundary(at: end) else {
      if bytes[start] == Byte.dollar {
        throw failure("write the variable name without '$' after '\(keyword)'", at: start)
      }
      throw failure(
        "expected a variable name after '\(keyword)' (letters, digits, '_' and '-'), found \(describeToken(at: start))",
        at: start)
    }
    let name = text(start..<end)
    guard name != "env", name != "last" else {
      throw failure("'$\(name)' is built in and cannot be assigned", at: start)
    }
    position = end
    return name
  }

  // MARK: - Dispatch

  /// Parses the statement at `start`, which starts with `keyword` (if any).
  private mutating func parseStatement(_ keyword: StatementKeyword?, at start: Int) throws(ParseFailure) -> Statement {
    let end = tokenEnd(from: start)
    let location = location(at: start)
    position = end
    let kind: Statement.Kind
    switch keyword {
    case .send: kind = .send(try parseSend(keywordEnd: end))
    case .expect: kind = .expect(try parseExpectation(keywordEnd: end))
    case .let: kind = try parseLet(keywordEnd: end)
    case .use: kind = try parseUse(keywordEnd: end)
    case .backend: kind = try parseBackend(keywordEnd: end)
    case .set: kind = try parseSet(keywordEnd: end)
    case .include: kind = try parseInclude(keywordEnd: end)
    case .print: kind = try parsePrint()
    case .show: kind = .show(try parseOptionalValue(of: "show", what: "value"))
    case .sleep: kind = try parseSleep(keywordEnd: end)
    case .skip: kind = .skip(reason: try parseOptionalValue(of: "skip", what: "reason"))
    case .fail: kind = .fail(message: try parseOptionalValue(of: "fail", what: "message"))
    case .mock: kind = .mock(try parseMock(keywordEnd: end))
    case .repeat, .for, .finally, .test, nil:
      // A catalog request: `repeat`, `for`, `finally` and `test` lines never get here (`parseLine` and `parseAll`).
      if isIdentifier(start..<end) {
        kind = .request(try parseCatalogRequest(verb: start..<end))
      } else if case let nameEnd = identifierEnd(from: start), nameEnd > start, byte(at: nameEnd) == Byte.equals {
        let name = text(start..<nameEnd)
        throw failure(
          "expected a statement, found \(describeToken(at: start)); to set a variable write 'let \(name) = ...'",
          at: start)
      } else if bytes[start] == Byte.colon {
        throw failure(
          "meta-commands such as \(describeToken(at: start)) work only at the interactive prompt", at: start)
      } else {
        throw failure(
          "expected a statement, found \(describeToken(at: start)); "
            + "a statement starts with a command such as 'create profile', 'send', 'expect' or 'let'",
          at: start)
      }
    }
    return Statement(kind, at: location, source: StatementSource(bytes, range: start..<position))
  }

  /// `repeat N`: a whole number, or a variable or path holding one.
  private mutating func parseRepeatCount() throws(ParseFailure) -> Value {
    let start = try requireToken(after: position, "expected a count after 'repeat', like 'repeat 3 ...'")
    let count = try parseValue(at: start)
    switch count {
    case .bareWord(let word) where wholeNumber(word) != nil: return count
    case .variable, .responsePath: return count
    default:
      throw failure(
        "expected a repeat count (a whole number or a $variable), found \(describeToken(at: start))", at: start)
    }
  }

  /// `word` as a non-negative whole number of at most 18 digits.
  func wholeNumber(_ word: String) -> Int? {
    guard !word.isEmpty, word.utf8.count <= 18, word.utf8.allSatisfy(Byte.isDigit) else { return nil }
    return Int(word)
  }
}
