/// Variables and control statements (spec section 5).
extension Parser {
  static let apis = ["synposter", "synup"]
  static let backends = ["mock", "live"]

  /// `let NAME = VALUE`; the blanks around `=` are optional.
  mutating func parseLet(keywordEnd: Int) throws(ParseFailure) -> Statement.Kind {
    let name = try parseBindingName(after: "let", keywordEnd: keywordEnd)
    let nameEnd = position
    skipBlanks()
    guard byte(at: position) == Byte.equals, byte(at: position + 1) != Byte.equals else {
      let at = isStatementEnd(at: position) ? insertionPoint(after: nameEnd) : position
      throw failure("expected '=' after 'let \(name)', as in 'let \(name) = .id'", at: at)
    }
    let equals = position
    position += 1
    let start = isBoundary(at: position) ? try requireToken(after: equals + 1, "expected a value after '='") : position
    return .assign(name: name, value: try parseValue(at: start))
  }

  /// `use synposter|synup`.
  mutating func parseUse(keywordEnd: Int) throws(ParseFailure) -> Statement.Kind {
    let choices = Parser.apis.joinedAsChoices()
    let start = try requireToken(after: keywordEnd, "expected an API after 'use': \(choices)")
    let api = try parseChoice(at: start, among: Parser.apis, spelledAs: \.self, unknown: "API", expected: choices)
    return .use(api: api)
  }

  /// `backend mock` or `backend live [URL]`.
  mutating func parseBackend(keywordEnd: Int) throws(ParseFailure) -> Statement.Kind {
    let choices = Parser.backends.joinedAsChoices()
    let start = try requireToken(after: keywordEnd, "expected a backend after 'backend': \(choices)")
    let kind = try parseChoice(
      at: start, among: Parser.backends, spelledAs: \.self, unknown: "backend", expected: choices)
    guard let urlStart = nextToken() else { return .backend(kind: kind, url: nil) }
    guard kind == "live" else {
      throw failure("'backend mock' takes no URL; for a server write 'backend live URL'", at: urlStart)
    }
    return .backend(kind: kind, url: try parseValue(at: urlStart))
  }

  /// `set NAME VALUE`; the runtime types the value (`5s`, `2`, `on`).
  mutating func parseSet(keywordEnd: Int) throws(ParseFailure) -> Statement.Kind {
    let names = Setting.allCases.map(\.rawValue).joined(separator: ", ")
    let start = try requireToken(after: keywordEnd, "expected a setting after 'set': \(names)")
    let setting = try parseChoice(
      at: start, among: Setting.allCases, spelledAs: \.rawValue, unknown: "setting", expected: "one of \(names)")
    let valueStart = try requireToken(after: position, "expected a value after 'set \(setting.rawValue)'")
    return .set(name: setting, value: try parseValue(at: valueStart))
  }

  /// `include "FILE"` (a quoted, raw or bare path, or a variable).
  mutating func parseInclude(keywordEnd: Int) throws(ParseFailure) -> Statement.Kind {
    let start = try requireToken(
      after: keywordEnd, "expected a file after 'include', like include \"shared/login.syn\"")
    let path = try parseValue(at: start)
    switch path {
    case .string, .rawString, .bareWord, .variable:
      return .include(path: path)
    default:
      throw failure("expected a file name after 'include', found \(describeToken(at: start))", at: start)
    }
  }

  /// `print VALUE...`; `print` alone prints an empty line.
  mutating func parsePrint() throws(ParseFailure) -> Statement.Kind {
    var values: [Value] = []
    while let start = nextToken() {
      values.append(try parseValue(at: start))
    }
    return .print(values)
  }

  /// The optional single value of `show`, `skip` and `fail`.
  mutating func parseOptionalValue(of keyword: String, what: String) throws(ParseFailure) -> Value? {
    guard let start = nextToken() else { return nil }
    let value = try parseValue(at: start)
    if let extra = nextToken() {
      throw failure(
        "unexpected \(describeToken(at: extra)); '\(keyword)' takes one \(what): quote text with spaces, "
          + "as in \(keyword) \"\(text(start..<tokenEnd(from: start))) ...\"",
        at: extra)
    }
    return value
  }

  /// `sleep 200ms|2s|1m|1h`, kept in milliseconds.
  mutating func parseSleep(keywordEnd: Int) throws(ParseFailure) -> Statement.Kind {
    let start = try requireToken(after: keywordEnd, "expected a duration after 'sleep', like 200ms or 2s")
    let milliseconds = try parseDuration(
      at: start, units: [("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000)], example: "200ms, 2s or 1m")
    return .sleep(milliseconds: milliseconds)
  }

  /// Parses `<number><unit>` at `start` (`200ms`, `1.5s`, `31d`) and returns
  /// the number times the unit's factor, rounded half up. The arithmetic is
  /// on integers: at most 6 decimals, and results beyond about 30,000 years
  /// are refused as too long.
  mutating func parseDuration(at start: Int, units: [(name: String, factor: Int)], example: String)
    throws(ParseFailure) -> Int
  {
    let end = tokenEnd(from: start)
    var wholeEnd = start
    while let byte = byte(at: wholeEnd), Byte.isDigit(byte) { wholeEnd += 1 }
    var numberEnd = wholeEnd
    if byte(at: wholeEnd) == Byte.dot {
      numberEnd += 1
      while let byte = byte(at: numberEnd), Byte.isDigit(byte) { numberEnd += 1 }
    }
    let whole = text(start..<wholeEnd)
    let fraction = numberEnd > wholeEnd ? text(wholeEnd + 1..<numberEnd) : ""
    guard !whole.isEmpty, numberEnd == wholeEnd || !fraction.isEmpty else {
      throw failure("expected a duration such as \(example), found \(describeToken(at: start))", at: start)
    }
    let unit = text(numberEnd..<end)
    let names = units.map(\.name)
    guard let factor = units.first(where: { $0.name == unit })?.factor else {
      let problem = unit.isEmpty ? "'\(text(start..<numberEnd))' needs a unit" : "unknown unit '\(unit)'"
      let hint = unit.isEmpty ? "" : Suggestions.didYouMean(unit, among: names)
      throw failure(
        "\(problem); write a duration such as \(example) (units: \(names.joined(separator: ", ")))\(hint)",
        at: unit.isEmpty ? start : numberEnd)
    }
    let limit = 1_000_000_000_000_000
    guard whole.utf8.count <= 15, fraction.utf8.count <= 6, let wholeValue = Int(whole),
      case (let scaled, let overflow) = wholeValue.multipliedReportingOverflow(by: factor), !overflow, scaled <= limit
    else {
      throw failure("the duration \(describeToken(at: start)) is too long or too precise", at: start)
    }
    var scale = 1
    for _ in fraction.utf8 { scale *= 10 }
    let fractionPart = ((Int(fraction) ?? 0) * factor * 2 + scale) / (2 * scale)
    position = end
    return scaled + fractionPart
  }

  /// Reads the word at `start`, which must spell one of `choices`.
  mutating func parseChoice<Choice>(
    at start: Int, among choices: [Choice], spelledAs spelling: (Choice) -> String, unknown: String, expected: String
  ) throws(ParseFailure) -> Choice {
    let end = tokenEnd(from: start)
    let word = text(start..<end)
    guard let choice = choices.first(where: { spelling($0) == word }) else {
      throw failure(
        "unknown \(unknown) \(describeToken(at: start)); expected \(expected)"
          + Suggestions.didYouMean(word, among: choices.map(spelling)),
        at: start)
    }
    position = end
    return choice
  }
}
