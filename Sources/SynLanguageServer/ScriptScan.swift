/// A lenient lexical scan of a whole script, for what an editor asks about a
/// position: which token is there, which statement holds it, where that
/// statement starts. Unlike the parser it never fails, and it keeps every
/// token's place, comments and broken statements included.
struct ScriptScan {
  struct Token: Equatable {
    enum Kind: Equatable {
      /// A blank-separated word: a verb, a noun, an item (`name="A b"`), a value.
      case word
      /// A quoted string standing as a token of its own.
      case quoted
      /// A JSON literal, or the part of it on this line.
      case json
      case comment
      /// `{` ending a line: a block of `repeat`, `for` or `finally` starts.
      case blockOpen
      /// `}` standing alone: a block ends.
      case blockClose
    }

    var kind: Kind
    /// 0-based.
    var line: Int
    /// 0-based scalar columns, `end` past the last scalar.
    var start: Int
    var end: Int
    var text: String

    func contains(line: Int, column: Int) -> Bool {
      self.line == line && start <= column && column <= end
    }
  }

  struct Statement {
    /// The line the statement starts on (0-based).
    var firstLine: Int
    /// Its tokens, comments left out.
    var tokens: [Token] = []

    /// The tokens after any `repeat N` prefixes: those of the statement `repeat` runs.
    var commandTokens: ArraySlice<Token> {
      var rest = tokens[...]
      while rest.first?.text == "repeat", rest.count >= 2, rest.dropFirst().first?.kind != .blockOpen {
        rest = rest.dropFirst(2)
      }
      return rest
    }
  }

  private(set) var statements: [Statement] = []
  private(set) var comments: [Token] = []
  /// For each line, the index in `statements` of the statement that line belongs to.
  private(set) var statementOfLine: [Int] = []

  init(_ document: TextDocument) {
    var scanner = Scanner()
    for index in document.lines.indices {
      scanner.scan(line: document.lines[index], number: index)
      statementOfLine.append(scanner.statements.count)
    }
    scanner.finishStatement()
    statements = scanner.statements
    comments = scanner.comments
  }

  /// The statement that holds line `line` (0-based), if any.
  func statement(atLine line: Int) -> Statement? {
    // A line without tokens points at the next statement, which does not hold it.
    guard statementOfLine.indices.contains(line), statements.indices.contains(statementOfLine[line]),
      statements[statementOfLine[line]].firstLine <= line
    else { return nil }
    return statements[statementOfLine[line]]
  }

  /// The token at a 0-based line and scalar column (its end included, where a cursor after a word stands).
  func token(atLine line: Int, column: Int) -> Token? {
    statement(atLine: line)?.tokens.last { $0.contains(line: line, column: column) }
  }

  /// Reads line after line, carrying what spans lines: an open JSON literal, a `\` continuation.
  private struct Scanner {
    var statements: [Statement] = []
    var comments: [Token] = []
    private var current: Statement?
    private var jsonDepth = 0
    private var jsonInString = false
    private var jsonEscaped = false
    private var continues = false

    mutating func finishStatement() {
      if let current, !current.tokens.isEmpty { statements.append(current) }
      current = nil
    }

    mutating func scan(line scalars: [Unicode.Scalar], number: Int) {
      if jsonDepth == 0 && !continues { finishStatement() }
      if current == nil { current = Statement(firstLine: number) }
      continues = false
      var index = 0
      func emit(_ kind: Token.Kind, _ start: Int, _ end: Int) {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[start..<end])
        let token = Token(kind: kind, line: number, start: start, end: end, text: text)
        if kind == .comment { comments.append(token) } else { current?.tokens.append(token) }
      }
      while index < scalars.count {
        if jsonDepth > 0 {
          let start = index
          index = scanJSON(scalars, from: index)
          emit(.json, start, index)
          continue
        }
        let scalar = scalars[index]
        if ScriptScan.isBlank(scalar) {
          index += 1
        } else if scalar == "\\", scalars[(index + 1)...].allSatisfy(ScriptScan.isBlank) {
          continues = true
          return
        } else if scalar == "#" {
          emit(.comment, index, scalars.count)
          return
        } else if scalar == "}", index + 1 == scalars.count || ScriptScan.isBlank(scalars[index + 1]) {
          emit(.blockClose, index, index + 1)
          index += 1
        } else if scalar == "{", Self.endsLine(scalars, after: index + 1) {
          emit(.blockOpen, index, index + 1)
          index += 1
        } else if scalar == "{" || scalar == "[" {
          let start = index
          index = scanJSON(scalars, from: index)
          emit(.json, start, index)
        } else if scalar == "\"" || scalar == "'" {
          let start = index
          index = Self.skipQuoted(scalars, from: index)
          emit(.quoted, start, index)
        } else {
          let start = index
          index = Self.wordEnd(scalars, from: index)
          emit(.word, start, index)
        }
      }
    }

    /// Where a JSON literal (or its part on this line) ends: after its closing bracket, or at the line's end.
    private mutating func scanJSON(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
      var index = start
      while index < scalars.count {
        let scalar = scalars[index]
        index += 1
        if jsonInString {
          if jsonEscaped {
            jsonEscaped = false
          } else if scalar == "\\" {
            jsonEscaped = true
          } else if scalar == "\"" {
            jsonInString = false
          }
          continue
        }
        switch scalar {
        case "\"": jsonInString = true
        case "{", "[": jsonDepth += 1
        case "}", "]":
          jsonDepth -= 1
          if jsonDepth <= 0 {
            jsonDepth = 0
            return index
          }
        default: break
        }
      }
      // A JSON string never spans lines.
      jsonInString = false
      jsonEscaped = false
      return index
    }

    /// The end of a word: the next blank outside quotes, or the `=` that a JSON literal follows (`a={`).
    private static func wordEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
      var index = start
      while index < scalars.count, !ScriptScan.isBlank(scalars[index]) {
        let scalar = scalars[index]
        if scalar == "\"" || scalar == "'" {
          index = skipQuoted(scalars, from: index)
          continue
        }
        if scalar == "=", index + 1 < scalars.count, scalars[index + 1] == "{" || scalars[index + 1] == "[" {
          return index + 1
        }
        index += 1
      }
      return index
    }

    /// Past the quoted string that starts at `start` (or the line's end, when it is not closed).
    private static func skipQuoted(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
      let quote = scalars[start]
      var index = start + 1
      while index < scalars.count {
        if scalars[index] == "\\", quote == "\"" {
          index += 2
          continue
        }
        index += 1
        if scalars[index - 1] == quote { break }
      }
      return min(index, scalars.count)
    }

    private static func endsLine(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
      let rest = scalars[min(index, scalars.count)...].drop(while: ScriptScan.isBlank)
      return rest.isEmpty || rest.first == "#"
    }
  }

  /// A blank between tokens: a space or a tab (or the `\r` of a `\r\n` line end).
  static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar == "\r"
  }
}
