/// A block whose `}` has not been read yet.
private struct OpenBlock {
  /// What the block stands for; `nil` when its header had an error or was
  /// misplaced: its statements are still parsed, for their errors, and then
  /// dropped, and its `}` closes it.
  var opening: BlockOpening?
  /// The offset of the header's keyword.
  var start: Int
  /// The offset of the `{`.
  var brace: Int
  var body: [Statement] = []
}

/// The statements of a file as it lays them out: the prelude, then the cases.
struct ScriptLayout {
  var prelude: [Statement] = []
  var cases: [TestCase] = []
}

/// The structure above single statements: blocks (`repeat N {`,
/// `for NAME in SOURCE {` and `finally {`, each closed by a `}` line), and
/// `test "NAME"` lines that split a file into its prelude and test cases
/// (spec section 8). Open blocks are kept on an explicit stack.
extension Parser {
  /// Parses the whole text, reporting every error and recovering after each.
  mutating func parseAll() -> ScriptLayout {
    var layout = ScriptLayout()
    // A line a statement at most: the statements are not copied as the list grows (a script
    // may have 100,000), and the room a file with test cases leaves unused is never touched.
    layout.prelude.reserveCapacity(lines.starts.count)
    var blocks: [OpenBlock] = []
    while let start = nextStatementStart() {
      let keyword = keyword(at: start)
      if keyword == .test {
        if let outermost = blocks.first {
          report(
            "'test' must be at the top level; close the block opened on line "
              + "\(location(at: outermost.brace).line) with '}' first",
            at: start)
          while !blocks.isEmpty { closeBlock(into: &layout, blocks: &blocks) }
        }
        layout.cases.append(parseTestHeader(at: start))
      } else if isWord("}", at: start) {
        position = start + 1
        if blocks.isEmpty {
          report(
            "'}' without an open block; blocks start with 'repeat N {', 'for NAME in ... {' or 'finally {'", at: start)
        } else {
          closeBlock(into: &layout, blocks: &blocks)
        }
        finishStatement(hint: "expected the end of the line after '}'")
      } else {
        parseStatementLine(keyword, at: start, into: &layout, blocks: &blocks)
      }
      if position <= start {
        // Never stall, whatever the input: move on to the next line.
        position = lines.end(ofLine: lines.lineIndex(of: start)) + 1
      }
    }
    while let block = blocks.last {
      endedInsideConstruct = true
      report(
        "unclosed block: expected '}' to close the '{' of '\(statementText(block.start..<block.brace + 1))'",
        at: block.brace)
      closeBlock(into: &layout, blocks: &blocks)
    }
    return layout
  }

  /// Parses the statement or block header at `start`, the cursor, which starts with `keyword` (if any).
  private mutating func parseStatementLine(
    _ keyword: StatementKeyword?, at start: Int, into layout: inout ScriptLayout, blocks: inout [OpenBlock]
  ) {
    do throws(ParseFailure) {
      switch try parseLine(startingWith: keyword) {
      case .statement(let statement):
        try expectEndOfStatement()
        add(statement, to: &layout, blocks: &blocks)
      case .blockOpening(let opening):
        finishStatement(
          hint: "expected the end of the line after '{'; the block's statements go on the following lines")
        let placed = checkPlacement(of: opening, in: blocks)
        open(placed ? opening : nil, start: opening.header.start, brace: opening.brace, blocks: &blocks)
      }
    } catch {
      // A block header with an error still opens its block when its line
      // ends in `{`: the statements inside are checked, and its `}` does not
      // read as a stray one.
      guard keyword?.headsBlock == true, case .skipStatement(let from) = error.resume else {
        recover(from: error)
        return
      }
      report(error.message, at: error.offset)
      if let brace = skipStatement(from: from, endingInBlockBrace: true) {
        open(nil, start: start, brace: brace, blocks: &blocks)
      }
    }
  }

  /// Whether the block of `opening` may stand where it is, reporting why not:
  /// `finally` belongs at the top level of a test case or of the prelude.
  private mutating func checkPlacement(of opening: BlockOpening, in blocks: [OpenBlock]) -> Bool {
    guard case .finally = opening.header.kind else { return true }
    let rule = "'finally' must be at the top level of a test case or of the prelude"
    if let inline = opening.outer.last {
      report("\(rule), not inside '\(statementText(inline.start..<opening.header.start))'", at: opening.header.start)
      return false
    }
    if let enclosing = blocks.last {
      let keyword = text(enclosing.start..<tokenEnd(from: enclosing.start))
      report(
        "\(rule), not inside the '\(keyword)' block opened on line \(location(at: enclosing.brace).line)",
        at: opening.header.start)
      return false
    }
    return true
  }

  /// Pushes a block whose statements follow; `opening` is `nil` for a block
  /// to check and drop.
  private mutating func open(_ opening: BlockOpening?, start: Int, brace: Int, blocks: inout [OpenBlock]) {
    guard blocks.count < Parser.maxNesting else {
      report("blocks nested deeper than \(Parser.maxNesting) levels", at: brace)
      return
    }
    blocks.append(OpenBlock(opening: opening, start: start, brace: brace))
  }

  /// Closes the innermost open block: the statement it stands for (wrapped
  /// in its inline repeats) joins the enclosing block, case or prelude.
  private mutating func closeBlock(into layout: inout ScriptLayout, blocks: inout [OpenBlock]) {
    guard let block = blocks.popLast(), let opening = block.opening else { return }
    let headerEnd = opening.brace + 1
    var statement = Statement(
      opening.header.statementKind(body: block.body), at: opening.header.location,
      source: StatementSource(bytes, range: opening.header.start..<headerEnd))
    for pending in opening.outer.reversed() {
      statement = Statement(
        pending.statementKind(body: [statement]), at: pending.location,
        source: StatementSource(bytes, range: pending.start..<headerEnd))
    }
    add(statement, to: &layout, blocks: &blocks)
  }

  /// `test "NAME"` at `start`. A case starts even when its line is malformed,
  /// so that the statements after it are not counted in the previous case.
  private mutating func parseTestHeader(at start: Int) -> TestCase {
    let location = location(at: start)
    position = start + 4
    var name = ""
    do throws(ParseFailure) {
      let nameStart = try requireToken(
        after: start + 4, "expected a name after 'test', like test \"creates a profile\"")
      guard let text = plainText(try parseValue(at: nameStart)) else {
        throw failure("a test name is plain text, like test \"creates a profile\"", at: nameStart)
      }
      name = text
      recordPlainText(text, at: nameStart..<position)
      try expectEndOfStatement(hint: "quote a test name that has spaces, like test \"creates a profile\"")
    } catch {
      recover(from: error)
    }
    return TestCase(name: name, location: location, body: [])
  }

  /// Checks that nothing follows on the statement's line, reporting what does.
  private mutating func finishStatement(hint: String) {
    do throws(ParseFailure) {
      try expectEndOfStatement(hint: hint)
    } catch {
      recover(from: error)
    }
  }

  /// Skips blank lines and comments; returns the offset of the next statement.
  private mutating func nextStatementStart() -> Int? {
    while true {
      skipBlanks()
      guard position < bytes.count else { return nil }
      guard isStatementEnd(at: position) else { return position }
      consumeStatementEnd()
    }
  }

  private func add(_ statement: Statement, to layout: inout ScriptLayout, blocks: inout [OpenBlock]) {
    if !blocks.isEmpty {
      blocks[blocks.count - 1].body.append(statement)
    } else if !layout.cases.isEmpty {
      layout.cases[layout.cases.count - 1].body.append(statement)
    } else {
      layout.prelude.append(statement)
    }
  }
}
