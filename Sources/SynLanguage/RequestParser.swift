/// Catalog requests (spec 3.1) and raw requests (spec 3.3).
extension Parser {
  /// `VERB NOUN [POSITIONAL ...] [ITEM ...] [as NAME]`, the verb at `verb`.
  ///
  /// Which verbs and nouns exist is the catalog's business, checked by the
  /// runtime; here the noun need only be an identifier, possibly qualified
  /// with its API (`synup.user`).
  mutating func parseCatalogRequest(verb range: Range<Int>) throws(ParseFailure) -> CatalogRequest {
    let verb = Word(text(range), at: location(at: range.lowerBound))
    let nounStart = try requireToken(
      after: range.upperBound, "expected a noun after '\(verb.text)', like '\(verb.text) profile'")
    let nounEnd = tokenEnd(from: nounStart)
    guard isNoun(nounStart..<nounEnd) else {
      throw failure("expected a noun after '\(verb.text)', found \(describeToken(at: nounStart))", at: nounStart)
    }
    let noun = Word(text(nounStart..<nounEnd), at: location(at: nounStart))
    position = nounEnd
    var positionals: [Value] = []
    var items: [Item] = []
    var binding: String?
    while let start = nextToken() {
      if isWord("as", at: start) {
        binding = try parseBinding(at: start)
        break
      }
      if let item = try parseItem(at: start) {
        items.append(item)
        continue
      }
      guard items.isEmpty else {
        throw failure(
          "unexpected value \(describeToken(at: start)) after the items; "
            + "positional values (an id, a platform) go right after the noun",
          at: start)
      }
      positionals.append(try parseValue(at: start))
    }
    return CatalogRequest(verb: verb, noun: noun, positionals: positionals, items: items, binding: binding)
  }

  /// `send METHOD PATH [ITEM ...] [body VALUE] [as NAME]`.
  ///
  /// The method is any word of letters, kept upper-cased (`get` is `GET`).
  /// The path is bare text up to the next blank, interpolating `$name.path`
  /// and `${name.path}`, or a quoted string.
  mutating func parseSend(keywordEnd: Int) throws(ParseFailure) -> RawRequest {
    let methodStart = try requireToken(
      after: keywordEnd, "expected an HTTP method after 'send', like 'send GET /v1/profiles'")
    let methodEnd = tokenEnd(from: methodStart)
    guard bytes[methodStart..<methodEnd].allSatisfy(Byte.isLetter) else {
      throw failure(
        "expected an HTTP method (GET, POST, PUT, PATCH, DELETE), found \(describeToken(at: methodStart))",
        at: methodStart)
    }
    let method = text(methodStart..<methodEnd).uppercased()
    let pathStart = try requireToken(after: methodEnd, "expected a path after 'send \(method)', like /v1/profiles")
    let path = try parseRequestPath(at: pathStart)
    var items: [Item] = []
    var body: Value?
    var binding: String?
    while let start = nextToken() {
      if isWord("as", at: start) {
        binding = try parseBinding(at: start)
        break
      }
      if isWord("body", at: start) {
        guard body == nil else { throw failure("'body' is given twice", at: start) }
        let valueStart = try requireToken(after: start + 4, "expected a value after 'body'")
        body = try parseValue(at: valueStart)
        continue
      }
      if let item = try parseItem(at: start) {
        guard body == nil else { throw failure("items go before 'body VALUE'", at: start) }
        items.append(item)
        continue
      }
      throw failure(
        "unexpected \(describeToken(at: start)); "
          + "after the path 'send' takes items (key=value), 'body VALUE' and 'as NAME'",
        at: start)
    }
    return RawRequest(method: method, path: path, items: items, body: body, binding: binding)
  }

  /// `as NAME` at `start`, which must end the statement.
  private mutating func parseBinding(at start: Int) throws(ParseFailure) -> String {
    let name = try parseBindingName(after: "as", keywordEnd: start + 2)
    if let extra = nextToken() {
      throw failure("unexpected \(describeToken(at: extra)) after 'as \(name)'; 'as NAME' comes last", at: extra)
    }
    return name
  }

  private mutating func parseRequestPath(at start: Int) throws(ParseFailure) -> InterpolatedString {
    position = start
    switch bytes[start] {
    case Byte.quote:
      let path = try parseDoubleQuotedString()
      try expectBoundary(after: "the path", startingAt: start)
      return path
    case Byte.apostrophe:
      let path = try parseSingleQuotedString()
      try expectBoundary(after: "the path", startingAt: start)
      return InterpolatedString(parts: [.literal(path)])
    default:
      return InterpolatedString(parts: try scanWordParts())
    }
  }

  /// `profile`, `profiles`, `synup.user`: an identifier, optionally qualified.
  func isNoun(_ range: Range<Int>) -> Bool {
    guard let dot = bytes[range].firstIndex(of: Byte.dot) else { return isIdentifier(range) }
    return isIdentifier(range.lowerBound..<dot) && isIdentifier(dot + 1..<range.upperBound)
  }
}
