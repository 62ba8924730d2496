import SynJSON

/// Expectations (spec sections 4 and 4.1): `expect SUBJECT [not] PREDICATE`,
/// `expect SUBJECT each [.PATH] [not] PREDICATE`, `expect [not] error CODE`
/// and `expect body conforms`.
extension Parser {
  static let subjects = ["status", "header", "time", "body", "error"]
  static let predicates = [
    "==", "!=", "<", "<=", ">", ">=", "contains", "startsWith", "endsWith", "matches", "exists", "is", "in", "count",
  ]
  private static let predicateList = predicates.joined(separator: ", ")
  private static let typeList = TypeName.allCases.map(\.rawValue).joined(separator: ", ")

  /// Parses what follows `expect`.
  mutating func parseExpectation(keywordEnd: Int) throws(ParseFailure) -> Expectation {
    var start = try requireToken(
      after: keywordEnd,
      "expected what to check after 'expect': status, header NAME, time, body, a path like .id, "
        + "a variable like $x, or error CODE"
    )
    var leadingNot: Int?
    if isWord("not", at: start) {
      leadingNot = start
      start = try requireToken(after: start + 3, "expected 'error CODE' after 'expect not'")
    }
    if isWord("error", at: start) {
      let codeStart = try requireToken(
        after: start + 5, "expected an error code after 'error', like 'expect error profile_limit_reached'")
      let code = try parsePlainText(at: codeStart, what: "an error code, like profile_limit_reached")
      return .error(code: code, negated: leadingNot != nil)
    }
    if let leadingNot {
      throw failure(
        "'not' goes before the predicate, as in 'expect .email not exists'; "
          + "only 'expect not error CODE' starts with it",
        at: leadingNot)
    }
    let subject = try parseSubject(at: start)
    let subjectEnd = position
    var predicateStart = try requireToken(
      after: subjectEnd, "expected a predicate after the subject, one of: \(Parser.predicateList), or each")
    var each: JSONPath?
    if isWord("each", at: predicateStart) {
      (each, predicateStart) = try parseEach(at: predicateStart)
    }
    var negated = false
    if isWord("not", at: predicateStart) {
      negated = true
      predicateStart = try requireToken(
        after: predicateStart + 3, "expected a predicate after 'not', one of: \(Parser.predicateList)")
    }
    if isWord("conforms", at: predicateStart) {
      try parseConforms(at: predicateStart, subject: subject, negated: negated)
      return .conforms
    }
    let (predicate, isNot) = try parsePredicate(at: predicateStart, subject: each == nil ? subject : nil)
    if negated, isNot { throw failure("'not' is written twice", at: predicateStart) }
    guard let each else { return .check(subject: subject, negated: negated || isNot, predicate: predicate) }
    return .each(subject: subject, path: each, negated: negated || isNot, predicate: predicate)
  }

  /// Reads `each` and the path into each element that may follow it;
  /// returns the path (the root when none is written) and where the predicate starts.
  private mutating func parseEach(at start: Int) throws(ParseFailure) -> (JSONPath, Int) {
    let what = "a predicate after 'each', like 'each is object' or 'each .status == \"published\"'"
    var next = try requireToken(after: start + 4, "expected \(what)")
    guard bytes[next] == Byte.dot else { return (.root, next) }
    position = next
    let path = try parseResponsePath()
    try expectBoundary(after: "the path", startingAt: next)
    next = try requireToken(
      after: position, "expected a predicate after 'each \(path)', one of: \(Parser.predicateList)")
    return (path, next)
  }

  // MARK: - Subjects

  private mutating func parseSubject(at start: Int) throws(ParseFailure) -> Expectation.Subject {
    if isWord("status", at: start) {
      position = start + 6
      return .status
    }
    if isWord("time", at: start) {
      position = start + 4
      return .time
    }
    if isWord("body", at: start) {
      position = start + 4
      return .body
    }
    if isWord("header", at: start) {
      let nameStart = try requireToken(after: start + 6, "expected a header name after 'header', like content-type")
      return .header(try parsePlainText(at: nameStart, what: "a header name, like content-type"))
    }
    switch bytes[start] {
    case Byte.dot, Byte.dollar, Byte.quote, Byte.apostrophe, Byte.leftBrace, Byte.leftBracket:
      return .value(try parseValue(at: start))
    default:
      let word = text(start..<tokenEnd(from: start))
      throw failure(
        "unknown subject \(describeToken(at: start)); expected status, header NAME, time, body, error CODE, "
          + "a path like .id or a variable like $x" + Suggestions.didYouMean(word, among: Parser.subjects),
        at: start)
    }
  }

  // MARK: - Predicates

  /// Parses a predicate; the flag tells whether it was written `is not TYPE`.
  /// The subject is `nil` after `each`.
  private mutating func parsePredicate(at start: Int, subject: Expectation.Subject?) throws(ParseFailure) -> (
    Expectation.Predicate, Bool
  ) {
    let end = tokenEnd(from: start)
    let word = end - start <= 12 ? text(start..<end) : ""
    if case .status? = subject, !Parser.predicates.contains(word) {
      return (try parseStatusShorthand(at: start), false)
    }
    position = end
    if let comparison = ComparisonOperator(rawValue: word) {
      return (.compare(comparison, try parseOperand(after: end, of: word)), false)
    }
    switch word {
    case "contains": return (.contains(try parseOperand(after: end, of: word, template: true)), false)
    case "startsWith": return (.startsWith(try parseOperand(after: end, of: word)), false)
    case "endsWith": return (.endsWith(try parseOperand(after: end, of: word)), false)
    case "in": return (.memberOf(try parseOperand(after: end, of: word)), false)
    case "exists": return (.exists, false)
    case "matches":
      let patternStart = try requireToken(
        after: end, "expected a pattern after 'matches', like /^[0-9a-f-]{36}$/, or a template like {\"id\": #uuid}")
      guard bytes[patternStart] == Byte.leftBrace || bytes[patternStart] == Byte.leftBracket else {
        return (.matches(try parsePattern(at: patternStart)), false)
      }
      return (.matches(try parseValue(at: patternStart, template: true)), false)
    case "is":
      var typeStart = try requireToken(after: end, "expected a type after 'is', one of: \(Parser.typeList)")
      let isNot = isWord("not", at: typeStart)
      if isNot {
        typeStart = try requireToken(after: typeStart + 3, "expected a type after 'is not', one of: \(Parser.typeList)")
      }
      return (.isType(try parseTypeName(at: typeStart)), isNot)
    case "count":
      let next = try requireToken(after: end, "expected a comparison after 'count', like 'count == 2'")
      let operatorEnd = tokenEnd(from: next)
      if operatorEnd - next <= 2, let comparison = ComparisonOperator(rawValue: text(next..<operatorEnd)) {
        position = operatorEnd
        return (.count(comparison, try parseOperand(after: operatorEnd, of: "count \(comparison.rawValue)")), false)
      }
      return (.count(.equal, try parseValue(at: next)), false)
    default:
      let suggestion =
        word == "=" ? "; did you mean '=='?" : Suggestions.didYouMean(word, among: Parser.predicates)
      throw failure(
        "unknown predicate \(describeToken(at: start)); expected one of: \(Parser.predicateList)\(suggestion)",
        at: start)
    }
  }

  /// `conforms` after `body`. Only the positive form: a body breaks a schema in
  /// endless ways, so `not conforms` would pass on all of them and prove nothing.
  private mutating func parseConforms(at start: Int, subject: Expectation.Subject, negated: Bool)
    throws(ParseFailure)
  {
    guard case .body = subject else {
      throw failure(
        "'conforms' checks the whole body against its declared schema: write 'expect body conforms'", at: start)
    }
    if negated {
      throw failure(
        "'expect body not conforms' is not supported: it would pass on any broken body; "
          + "check the field you expect to differ instead",
        at: start)
    }
    position = start + 8
  }

  /// `expect status 201`, `expect status 4xx` or `expect status $code`.
  private mutating func parseStatusShorthand(at start: Int) throws(ParseFailure) -> Expectation.Predicate {
    let end = tokenEnd(from: start)
    if end - start == 3, let digit = byte(at: start), (0x31...0x35).contains(digit),
      bytes[start + 1] | 0x20 == UInt8(ascii: "x"), bytes[start + 2] | 0x20 == UInt8(ascii: "x")
    {
      position = end
      return .statusClass(Int(digit - 0x30))
    }
    let value = try parseValue(at: start)
    switch value {
    case .bareWord(let word) where wholeNumber(word) != nil: return .compare(.equal, value)
    case .variable, .responsePath: return .compare(.equal, value)
    default:
      throw failure(
        "expected a status code like 201, a class like 4xx, 'in [...]' or a comparison after 'expect status', "
          + "found \(describeToken(at: start))",
        at: start)
    }
  }

  private mutating func parseOperand(after end: Int, of predicate: String, template: Bool = false)
    throws(ParseFailure) -> Value
  {
    let start = try requireToken(after: end, "expected a value after '\(predicate)'")
    return try parseValue(at: start, template: template)
  }

  private mutating func parseTypeName(at start: Int) throws(ParseFailure) -> TypeName {
    try parseChoice(
      at: start, among: TypeName.allCases, spelledAs: \.rawValue, unknown: "type",
      expected: "one of: \(Parser.typeList)")
  }

  /// Reads a word, or a quoted string without variables, as plain text.
  private mutating func parsePlainText(at start: Int, what: String) throws(ParseFailure) -> String {
    guard let text = plainText(try parseValue(at: start)) else {
      throw failure("expected \(what), found \(describeToken(at: start))", at: start)
    }
    recordPlainText(text, at: start..<position)
    return text
  }
}
