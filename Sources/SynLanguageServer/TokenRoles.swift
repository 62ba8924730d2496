import SynLanguage

/// What a piece of a statement is, for highlighting and hover.
enum TokenRole: Equatable {
  case keyword, verb, noun, itemKey, variable, declaration, string, number, path, `operator`, regexp, constant, comment
}

/// A piece of one line with its role, and what hovering over it shows.
struct RoledSpan: Equatable {
  enum HoverSubject: Equatable {
    /// The `:help` of these words: `create profile`, `mock`.
    case help([String])
    /// A field of the operation `verb noun`.
    case field(verb: String, noun: String, key: String)
  }

  var line: Int
  /// 0-based scalar columns.
  var start: Int
  var end: Int
  var role: TokenRole
  var hover: HoverSubject?
}

extension ScriptScan {
  /// Every piece of the script with a role, comments included, in source order.
  var roledSpans: [RoledSpan] {
    let spans =
      statements.flatMap { statement in
        var reader = RoleReader(statement: statement)
        return reader.read()
      }
      + comments.map { RoledSpan(line: $0.line, start: $0.start, end: $0.end, role: .comment) }
    return spans.sorted { ($0.line, $0.start) < ($1.line, $1.start) }
  }
}

/// Gives each token of a statement its role, by where it stands (spec 2-7):
/// the statement's head, a request's noun and items, a keyword's arguments.
private struct RoleReader {
  let statement: ScriptScan.Statement
  private(set) var spans: [RoledSpan] = []

  init(statement: ScriptScan.Statement) {
    self.statement = statement
  }

  /// The words `expect` reads as its own (subjects, predicates), not values.
  private static let expectWords: Set<String> = [
    "status", "header", "body", "time", "error", "not", "is", "count", "contains", "startsWith", "endsWith",
    "matches", "exists", "in",
  ]

  mutating func read() -> [RoledSpan] {
    var tokens = statement.tokens[...]
    while tokens.count >= 2, tokens.first?.text == "repeat", tokens.dropFirst().first?.kind != .blockOpen {
      add(tokens.removeFirst(), .keyword, hover: .help(["repeat"]))
      value(tokens.removeFirst())
    }
    guard let head = tokens.first, head.kind == .word else {
      for token in tokens { value(token) }
      return spans
    }
    let arguments = Array(tokens.dropFirst())
    if let keyword = StatementKeyword(rawValue: head.text) {
      add(head, .keyword, hover: .help([keyword.rawValue]))
      keywordArguments(keyword, arguments)
    } else {
      request(verb: head, arguments)
    }
    return spans
  }

  private mutating func request(verb: ScriptScan.Token, _ arguments: [ScriptScan.Token]) {
    guard let noun = arguments.first, noun.kind == .word else {
      add(verb, .verb, hover: .help([verb.text]))
      for token in arguments { value(token) }
      return
    }
    let topic = [verb.text, noun.text]
    add(verb, .verb, hover: .help(topic))
    add(noun, .noun, hover: .help(topic))
    itemsAndValues(arguments.dropFirst(), fieldsOf: (verb.text, noun.text))
  }

  private mutating func keywordArguments(_ keyword: StatementKeyword, _ arguments: [ScriptScan.Token]) {
    switch keyword {
    case .let, .for:
      guard let name = arguments.first else { return }
      let nameLength = name.text.prefix { $0 != "=" }.unicodeScalars.count
      spans.append(RoledSpan(line: name.line, start: name.start, end: name.start + nameLength, role: .declaration))
      if nameLength < name.text.unicodeScalars.count {
        spans.append(
          RoledSpan(line: name.line, start: name.start + nameLength, end: name.start + nameLength + 1, role: .operator))
        valueText(name, from: nameLength + 1)
      }
      for token in arguments.dropFirst() {
        if keyword == .for, ["in", "csv", "json"].contains(token.text) {
          add(token, .keyword)
        } else if keyword == .let, token.text == "=" {
          add(token, .operator)
        } else {
          value(token)
        }
      }
    case .expect:
      var previous = ""
      for token in arguments {
        if Self.expectWords.contains(token.text) {
          add(token, .keyword)
        } else if previous == "is", TypeName(rawValue: token.text) != nil {
          add(token, .noun)
        } else {
          value(token)
        }
        previous = token.text
      }
    case .mock:
      guard let command = arguments.first else { return }
      add(command, .verb, hover: .help(["mock"]))
      var rest = arguments.dropFirst()
      while let token = rest.popFirst() {
        if token.text == "on" {
          // `mock fault 500 on VERB NOUN`: the operation it fails.
          add(token, .keyword)
          if let verb = rest.popFirst() { request(verb: verb, Array(rest)) }
          return
        }
        if token.text == "times" { add(token, .keyword) } else { itemsAndValues([token][...], fieldsOf: nil) }
      }
    case .send:
      guard let method = arguments.first else { return }
      add(method, .verb, hover: .help(["send"]))
      itemsAndValues(arguments.dropFirst(), fieldsOf: nil)
    case .use, .backend:
      if let name = arguments.first { add(name, .constant) }
      for token in arguments.dropFirst() { value(token) }
    case .set:
      if let name = arguments.first { add(name, .itemKey, hover: .help(["set"])) }
      for token in arguments.dropFirst() { value(token) }
    case .test:
      for token in arguments { add(token, .string) }
    default:
      itemsAndValues(arguments[...], fieldsOf: nil)
    }
  }

  /// Positionals, `key=value` items, `body VALUE` and `as NAME`.
  private mutating func itemsAndValues(_ tokens: ArraySlice<ScriptScan.Token>, fieldsOf operation: (String, String)?) {
    var previous = ""
    for token in tokens {
      defer { previous = token.text }
      if token.kind == .word, previous == "as" {
        add(token, .declaration)
      } else if token.kind == .word, token.text == "as" || token.text == "body" {
        add(token, .keyword)
      } else if token.kind == .word, let separator = Self.itemSeparator(in: token.text) {
        let key = String(token.text.unicodeScalars.prefix(separator.start))
        let hover = operation.map { RoledSpan.HoverSubject.field(verb: $0.0, noun: $0.1, key: key) }
        spans.append(
          RoledSpan(
            line: token.line, start: token.start, end: token.start + separator.start, role: .itemKey, hover: hover))
        spans.append(
          RoledSpan(
            line: token.line, start: token.start + separator.start, end: token.start + separator.end, role: .operator))
        valueText(token, from: separator.end)
      } else {
        value(token)
      }
    }
  }

  /// Where `=`, `:=`, `==` or `:` splits an item word, in scalars; nil for a value.
  private static func itemSeparator(in word: String) -> (start: Int, end: Int)? {
    let scalars = Array(word.unicodeScalars)
    guard let first = scalars.first, !["$", ".", "\"", "'", "/"].contains(first) else { return nil }
    guard let index = scalars.firstIndex(where: { $0 == "=" || $0 == ":" }), index > 0 else { return nil }
    if scalars[index] == ":" {
      return index + 1 < scalars.count && scalars[index + 1] == "=" ? (index, index + 2) : (index, index + 1)
    }
    return index + 1 < scalars.count && scalars[index + 1] == "=" ? (index, index + 2) : (index, index + 1)
  }

  /// A whole token as a value.
  private mutating func value(_ token: ScriptScan.Token) {
    switch token.kind {
    case .json: json(token)
    case .quoted: add(token, .string)
    case .blockOpen, .blockClose, .comment: break
    case .word: valueText(token, from: 0)
    }
  }

  /// The part of a word from scalar `offset` on, as a value.
  private mutating func valueText(_ token: ScriptScan.Token, from offset: Int) {
    let text = String(String.UnicodeScalarView(token.text.unicodeScalars.dropFirst(offset)))
    guard let first = text.unicodeScalars.first else { return }
    let start = token.start + offset
    let role: TokenRole?
    if first == "\"" || first == "'" {
      role = .string
    } else if first == "$" {
      role = .variable
    } else if first == ".", text.count > 1 || text == "." {
      role = .path
    } else if first == "/", text.count >= 2, text.hasSuffix("/") {
      role = .regexp
    } else if Double(text) != nil {
      role = .number
    } else if ["true", "false", "null"].contains(text) {
      role = .keyword
    } else if ComparisonOperator(rawValue: text) != nil {
      role = .operator
    } else {
      role = nil
    }
    if let role { spans.append(RoledSpan(line: token.line, start: start, end: token.end, role: role)) }
  }

  /// The strings, numbers, literals and `$variables` of a JSON literal's line.
  private mutating func json(_ token: ScriptScan.Token) {
    let scalars = Array(token.text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let start = index
      let scalar = scalars[index]
      var role: TokenRole?
      if scalar == "\"" {
        index += 1
        while index < scalars.count, scalars[index] != "\"" { index += scalars[index] == "\\" ? 2 : 1 }
        index = min(index + 1, scalars.count)
        role = .string
      } else if scalar == "-" || ("0"..."9").contains(scalar) || scalar == "$" || ("a"..."z").contains(scalar) {
        index += 1
        while index < scalars.count, !" \t,:{}[]\"".unicodeScalars.contains(scalars[index]) { index += 1 }
        role = scalar == "$" ? .variable : ("a"..."z").contains(scalar) ? .keyword : .number
      } else {
        index += 1
      }
      if let role {
        spans.append(RoledSpan(line: token.line, start: token.start + start, end: token.start + index, role: role))
      }
    }
  }

  private mutating func add(_ token: ScriptScan.Token, _ role: TokenRole, hover: RoledSpan.HoverSubject? = nil) {
    spans.append(RoledSpan(line: token.line, start: token.start, end: token.end, role: role, hover: hover))
  }
}
