/// A `repeat N {` block whose `}` has not been read yet.
private struct OpenBlock {
  var outer: [PendingRepeat]
  var innermost: PendingRepeat
  /// The offset of the `{`.
  var brace: Int
  var body: [Statement] = []
}

/// The statements of a file as it lays them out: the prelude, then the cases.
struct ScriptLayout {
  var prelude: [Statement] = []
  var cases: [TestCase] = []
}

/// The structure above single statements: `repeat N {` ... `}` blocks, and
/// `test "NAME"` lines that split a file into its prelude and test cases
/// (spec section 8). Open blocks are kept on an explicit stack.
extension Parser {
  /// Parses the whole text, reporting every error and recovering after each.
  mutating func parseAll() -> ScriptLayout {
    var layout = ScriptLayout()
    var blocks: [OpenBlock] = []
    while let start = nextStatementStart() {
      if isWord("test", at: start) {
        if let outermost = blocks.first {
          report(
            "'test' must be at the top level; close the block opened on line "
              + "\(location(at: outermost.brace).line) with '}' first",
            at: start)
          while let block = blocks.popLast() { add(close(block), to: &layout, blocks: &blocks) }
        }
        layout.cases.append(parseTestHeader(at: start))
      } else if isWord("}", at: start) {
        position = start + 1
        if let block = blocks.popLast() {
          add(close(block), to: &layout, blocks: &blocks)
        } else {
          report("'}' without an open block; blocks start with 'repeat N {'", at: start)
        }
        finishStatement(hint: "expected the end of the line after '}'")
      } else {
        parseStatementLine(into: &layout, blocks: &blocks)
      }
      if position <= start {
        // Never stall, whatever the input: move on to the next line.
        position = lines.end(ofLine: lines.lineIndex(of: start)) + 1
      }
    }
    while let block = blocks.popLast() {
      endedInsideConstruct = true
      report(
        "unclosed block: expected '}' to close the '{' of '\(statementText(block.innermost.start..<block.brace + 1))'",
        at: block.brace)
      add(close(block), to: &layout, blocks: &blocks)
    }
    return layout
  }

  private mutating func parseStatementLine(into layout: inout ScriptLayout, blocks: inout [OpenBlock]) {
    do throws(ParseFailure) {
      switch try parseLine() {
      case .statement(let statement):
        try expectEndOfStatement()
        add(statement, to: &layout, blocks: &blocks)
      case .blockOpening(let outer, let innermost, let brace):
        finishStatement(
          hint: "expected the end of the line after '{'; the block's statements go on the following lines")
        guard blocks.count < Parser.maxNesting else {
          report("blocks nested deeper than \(Parser.maxNesting) levels", at: brace)
          return
        }
        blocks.append(OpenBlock(outer: outer, innermost: innermost, brace: brace))
      }
    } catch {
      recover(from: error)
    }
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

  /// The `repeat` statement a closed block stands for.
  private func close(_ block: OpenBlock) -> Statement {
    let headerEnd = block.brace + 1
    var statement = Statement(
      .`repeat`(count: block.innermost.count, body: block.body), at: block.innermost.location,
      text: statementText(block.innermost.start..<headerEnd), sourceLine: sourceLine(at: block.innermost.start))
    for pending in block.outer.reversed() {
      statement = Statement(
        .`repeat`(count: pending.count, body: [statement]), at: pending.location,
        text: statementText(pending.start..<headerEnd), sourceLine: sourceLine(at: pending.start))
    }
    return statement
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
