import SynLanguage

/// The statement being typed, read leniently up to the cursor: the tokens
/// already complete and the word the cursor is in. Unlike the parser, it
/// never fails: half a statement is what completion sees most.
struct PartialInput: Equatable {
  /// Where the cursor is.
  enum Position: Equatable {
    /// In a plain word (or after a blank, with an empty word).
    case word
    /// In a double-quoted string (the word starts at its token, quote included).
    case doubleQuoted
    /// In a single-quoted string.
    case singleQuoted
    /// In an open JSON literal (`{`/`[`), possibly several lines long.
    case json
    /// In a comment.
    case comment
  }

  /// The complete tokens of the statement under the cursor, `repeat N` prefixes included.
  var tokens: [String]
  /// The token the cursor is in; empty right after a blank.
  var word: String
  var position: Position
  init(_ text: String) {
    var scanner = Scanner()
    let characters = Array(text)
    var index = 0
    while index < characters.count {
      // A `\` at the end of a line joins it to the next, like a blank; inside
      // a quoted string the parser drops it, so the string reads on.
      if characters[index] == "\\", scanner.position != .comment {
        var next = index + 1
        while next < characters.count, characters[next] == " " || characters[next] == "\t" { next += 1 }
        if next < characters.count, characters[next] == "\n" {
          if scanner.position != .doubleQuoted && scanner.position != .singleQuoted { scanner.consume(" ") }
          index = next + 1
          continue
        }
      }
      scanner.consume(characters[index])
      index += 1
    }
    tokens = scanner.tokens
    word = scanner.current
    position = scanner.position
  }

  /// The tokens after any `repeat N` prefixes: the statement `repeat` runs.
  var statementTokens: [String] {
    var rest = tokens[...]
    while rest.first == StatementKeyword.repeat.rawValue, rest.count >= 2, rest.dropFirst().first != "{" {
      rest = rest.dropFirst(2)
    }
    return Array(rest)
  }

  /// A character-level reader of syn's token structure: blanks, quotes,
  /// JSON literals, comments, and statements ending at line ends.
  private struct Scanner {
    var tokens: [String] = []
    var current = ""
    var inToken = false
    var position = Position.word
    private var escaped = false
    private var jsonDepth = 0
    private var jsonInString = false

    mutating func consume(_ character: Character) {
      switch position {
      case .comment:
        if character == "\n" { endStatement() }
      case .doubleQuoted, .singleQuoted:
        if character == "\n" {
          // A string never spans lines: the statement ended, unterminated.
          endStatement()
          return
        }
        current.append(character)
        let quote: Character = position == .doubleQuoted ? "\"" : "'"
        if escaped {
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else if character == quote {
          position = .word
        }
      case .json:
        current.append(character)
        if jsonInString {
          if escaped {
            escaped = false
          } else if character == "\\" {
            escaped = true
          } else if character == "\"" {
            jsonInString = false
          }
          return
        }
        switch character {
        case "\"": jsonInString = true
        case "{", "[": jsonDepth += 1
        case "}", "]":
          jsonDepth -= 1
          if jsonDepth == 0 { position = .word }
        default: break
        }
      case .word:
        consumeInWord(character)
      }
    }

    private mutating func consumeInWord(_ character: Character) {
      switch character {
      case " ", "\t", "\r":
        finishToken()
      case "\n":
        endStatement()
      case "#" where !inToken:
        position = .comment
      case "\"":
        inToken = true
        current.append(character)
        position = .doubleQuoted
      case "'":
        inToken = true
        current.append(character)
        position = .singleQuoted
      case "{" where !inToken || Scanner.opensItemValue(current),
        "[" where !inToken || Scanner.opensItemValue(current):
        inToken = true
        current.append(character)
        position = .json
        jsonDepth = 1
        jsonInString = false
      default:
        inToken = true
        current.append(character)
      }
    }

    /// `key=`, `key:=` or `key==` just typed: a JSON literal may follow.
    private static func opensItemValue(_ text: String) -> Bool {
      text.hasSuffix("=")
    }

    private mutating func finishToken() {
      guard inToken else { return }
      tokens.append(current)
      current = ""
      inToken = false
    }

    private mutating func endStatement() {
      tokens = []
      current = ""
      inToken = false
      position = .word
      escaped = false
    }
  }
}
