import SynCatalog
import SynJSON
import SynLanguage

/// The words after a statement's first: nouns and items of catalog requests,
/// the arguments of keywords, and of meta-commands.
extension CompletionEngine {
  // MARK: - Catalog requests: VERB NOUN [POSITIONAL...] [ITEM...] [as NAME]

  func requestArgument(_ word: String, verb: String, arguments: [String]) -> Completion {
    guard let noun = arguments.first else {
      return nouns(word, verb: verb)
    }
    guard let (catalog, operation) = resolve(verb: verb, noun: noun) else {
      return completeValue(word)
    }
    let rest = Array(arguments.dropFirst())
    if rest.last == "as" {
      return .none
    }
    if word.hasPrefix("$") || word.hasPrefix(".") {
      return completeValue(word)
    }
    if let item = ItemWord(word) {
      return itemValue(item, of: operation)
    }
    if word.contains(":") {
      return .none  // a header item: `Name:value`
    }
    return itemKeysAndPositionals(word, of: operation, in: catalog, typed: rest)
  }

  /// The nouns that go with `verb`: the active API's, or another API's
  /// qualified (`synup.user`) when the word names it or the verb is only there.
  private func nouns(_ word: String, verb: String) -> Completion {
    if let dot = word.firstIndex(of: "."), let api = APIName(rawValue: String(word[..<dot])),
      let catalog = context.catalogs.first(where: { $0.api == api })
    {
      return matching(word, Self.nouns(of: verb, in: catalog).map { Candidate(api.rawValue + "." + $0) })
    }
    let active = context.activeCatalog
    if active.verbs.contains(verb) {
      return matching(word, Self.nouns(of: verb, in: active).map { Candidate($0) })
    }
    let qualified = context.catalogs.filter { $0.api != active.api }.flatMap { catalog in
      Self.nouns(of: verb, in: catalog).map { Candidate(catalog.api.rawValue + "." + $0) }
    }
    return matching(word, qualified)
  }

  /// Collections read best in the plural (`list profiles`), single things in the singular.
  static func nouns(of verb: String, in catalog: Catalog) -> [String] {
    let plural = ["list", "search"].contains(verb)
    return catalog.operations.filter { $0.verb == verb }.map { plural ? $0.plural : $0.noun }
  }

  /// The operation `verb noun` names, the noun possibly qualified with its API.
  func resolve(verb: String, noun: String) -> (Catalog, Operation)? {
    var catalog = context.activeCatalog
    var name = noun
    if let dot = noun.firstIndex(of: "."), let api = APIName(rawValue: String(noun[..<dot])),
      let qualified = context.catalogs.first(where: { $0.api == api })
    {
      catalog = qualified
      name = String(noun[noun.index(after: dot)...])
    }
    return catalog.operation(verb: verb, noun: name).map { (catalog, $0) }
  }

  /// `key=`, `key:=` or `key==` followed by the value typed so far.
  private struct ItemWord {
    var key: String
    var separator: String
    var value: String

    init?(_ word: String) {
      guard let equals = word.firstIndex(of: "=") else { return nil }
      var keyEnd = equals
      var separator = "="
      if equals > word.startIndex, word[word.index(before: equals)] == ":" {
        keyEnd = word.index(before: equals)
        separator = ":="
      } else if word[word.index(after: equals)...].hasPrefix("=") {
        separator = "=="
      }
      key = String(word[..<keyEnd])
      guard !key.isEmpty, !key.contains(":") else { return nil }
      self.separator = separator
      value = String(word[word.index(keyEnd, offsetBy: separator.count)...])
    }
  }

  /// Enum values and booleans of the field, or a `$variable`/`.path` value.
  private func itemValue(_ item: ItemWord, of operation: Operation) -> Completion {
    let prefix = item.key + item.separator
    if item.value.hasPrefix("$") || item.value.hasPrefix(".") {
      let inner = completeValue(item.value)
      // No candidates: `.none`, whose empty word ends any text, not the bare `key=`.
      guard !inner.candidates.isEmpty else { return .none }
      return Completion(
        word: prefix + inner.word,
        candidates: inner.candidates.map { candidate in
          Candidate(prefix + candidate.text, terminator: candidate.terminator, display: candidate.display)
        })
    }
    let fieldName = item.key.split(separator: ".").first.map(String.init) ?? item.key
    guard let field = operation.field(named: fieldName), fieldName == item.key else { return .none }
    var values = field.allowedValues
    if values.isEmpty, field.type == .boolean || field.type == .array(.boolean) {
      values = ["true", "false"]
    }
    return matching(prefix + item.value, values.map { Candidate(prefix + $0, display: $0) })
  }

  /// The next positional's allowed values (`connect account twitter`) and
  /// the item keys not given yet, with `=` (or `==` for query parameters of
  /// an operation with a body) to type after them.
  private func itemKeysAndPositionals(
    _ word: String, of operation: Operation, in catalog: Catalog, typed: [String]
  ) -> Completion {
    var used: Set<String> = []
    var positionals = 0
    for token in typed {
      if let item = ItemWord(token) {
        used.insert(item.key.split(separator: ".").first.map(String.init) ?? item.key)
      } else if !token.contains(":") {
        positionals += 1
      }
    }
    var candidates: [Candidate] = []
    let slots = operation.pathParameters.isEmpty ? operation.positionalFields : operation.pathParameters
    if positionals < slots.count, let values = operation.pathParameterValues[slots[positionals]] {
      candidates += values.map { Candidate($0) }
    }
    for field in operation.fields where !used.contains(field.name) {
      candidates.append(Self.candidate(for: field, separator: "="))
    }
    for field in operation.queryFields where !used.contains(field.name) {
      candidates.append(Self.candidate(for: field, separator: "=="))
    }
    return matching(word, candidates)
  }

  /// An item key with the field's type and doc, for lists that show them (the language server's).
  private static func candidate(for field: Field, separator: String) -> Candidate {
    Candidate(
      field.name, terminator: separator, display: field.name + separator,
      detail: field.type.description + (field.isRequired ? ", required" : ""), documentation: field.doc)
  }

  // MARK: - Keyword statements

  func keywordArgument(_ word: String, keyword: StatementKeyword, arguments: [String]) -> Completion {
    switch keyword {
    case .use:
      return arguments.isEmpty ? words(word, APIName.allCases.map(\.rawValue)) : .none
    case .backend:
      return arguments.isEmpty ? words(word, ["live", "mock"]) : .none
    case .set:
      if arguments.isEmpty { return words(word, Setting.allCases.map(\.rawValue).sorted()) }
      if arguments == [Setting.verbose.rawValue] { return words(word, ["off", "on"]) }
      return completeValue(word)
    case .include:
      return arguments.isEmpty ? completeFile(word) : .none
    case .mock:
      return mockArgument(word, arguments: arguments)
    case .send:
      if arguments.isEmpty { return words(word, Self.requestMethods) }
      return completeValue(word)
    case .expect:
      return expectArgument(word, arguments: arguments)
    case .let:
      return arguments.count >= 2 ? completeValue(word) : .none
    case .finally, .test:
      return .none  // a `{`, or a test's name
    case .for where Self.takesFile([keyword.rawValue] + arguments):
      return completeFile(word)
    case .repeat, .for, .print, .show, .sleep, .skip, .fail:
      return completeValue(word)
    }
  }

  private func words(_ word: String, _ words: [String]) -> Completion {
    matching(word, words.map { Candidate($0) })
  }

  private func mockArgument(_ word: String, arguments: [String]) -> Completion {
    guard let command = arguments.first else {
      return words(word, MockCommand.names.sorted())
    }
    switch command {
    case "save" where arguments.count == 1, "load" where arguments.count == 1:
      return completeFile(word)
    case "plan" where arguments.count == 1:
      return words(word, MockCommand.plans)
    case "fault" where arguments.count >= 2:
      if arguments.last == "on" {
        return words(word, context.activeCatalog.verbs)
      }
      if arguments.count >= 3, arguments[arguments.count - 2] == "on" {
        return nouns(word, verb: arguments[arguments.count - 1])
      }
      if arguments.contains("on") { return .none }
      let next = arguments.count == 2 ? ["times", "on"] : ["on"]
      return arguments.last == "times" ? .none : words(word, next)
    case "authorize":
      if word.hasPrefix("decision=") {
        return matching(word, ["approve", "deny"].map { Candidate("decision=" + $0, display: $0) })
      }
      return matching(
        word,
        ["decision", "email", "extraListings", "handle"].map { Candidate($0, terminator: "=", display: $0 + "=") })
    case "usage":
      return matching(word, [Candidate("posts", terminator: "=", display: "posts=")])
    case "listing":
      if word.hasPrefix("status=") {
        return matching(word, MockCommand.listingStatuses.map { Candidate("status=" + $0, display: $0) })
      }
      return matching(
        word,
        ["listingUrl", "locationId", "site", "status", "syncIssue"].map {
          Candidate($0, terminator: "=", display: $0 + "=")
        })
    case "finish":
      for (key, values) in [("kind", MockCommand.finishKinds), ("outcome", MockCommand.finishOutcomes)]
      where word.hasPrefix(key + "=") {
        return matching(word, values.map { Candidate(key + "=" + $0, display: $0) })
      }
      return matching(word, ["id", "kind", "outcome"].map { Candidate($0, terminator: "=", display: $0 + "=") })
    case "review", "feedback":
      let keys =
        command == "review"
        ? ["locationId", "source", "rating", "content", "title", "authorName", "date", "category"]
        : ["reviewCampaignId", "email", "phone", "rating", "response"]
      return matching(word, keys.map { Candidate($0, terminator: "=", display: $0 + "=") })
    case "webhook":
      return matching(word, ["retries", "secret", "url"].map { Candidate($0, terminator: "=", display: $0 + "=") })
    case "deliveries":
      return matching(word, ["after", "event"].map { Candidate($0, terminator: "=", display: $0 + "=") })
    case "requests":
      if word.hasPrefix("method=") {
        return matching(word, Self.requestMethods.map { Candidate("method=" + $0, display: $0) })
      }
      return matching(
        word, ["limit", "method", "path", "since"].map { Candidate($0, terminator: "=", display: $0 + "=") })
    default:
      return .none
    }
  }

  /// `expect [not] SUBJECT [not] PREDICATE [VALUE]`.
  private func expectArgument(_ word: String, arguments: [String]) -> Completion {
    let subjects = ["body", "error", "header", "status", "time"]
    guard let subject = arguments.first else {
      if word.hasPrefix("$") || word.hasPrefix(".") { return completeValue(word) }
      return words(word, subjects + ["not"])
    }
    if subject == "not" {
      return arguments.count == 1 ? words(word, ["error"]) : .none
    }
    if subject == "error" { return .none }
    if subject == "header", arguments.count == 1 {
      return words(word, context.lastHeaderNames.map { $0.lowercased() }.sorted())
    }
    let predicateStart = subject == "header" ? 2 : 1
    let rest = Array(arguments.dropFirst(predicateStart))
    let predicates = [
      "!=", "<", "<=", "==", ">", ">=", "contains", "count", "endsWith", "exists", "in", "is", "matches", "startsWith",
    ]
    if rest.isEmpty {
      if word.hasPrefix("$") || word.hasPrefix(".") { return completeValue(word) }
      return words(word, predicates + ["not"])
    }
    if rest == ["not"] {
      return words(word, predicates)
    }
    switch rest.last {
    case "is": return words(word, Self.typeNames)
    case "count": return words(word, ["!=", "<", "<=", "==", ">", ">="])
    default: return completeValue(word)
    }
  }

  /// The methods of `send METHOD` and `mock requests method=METHOD`.
  static let requestMethods = ["DELETE", "GET", "PATCH", "POST", "PUT"]

  static let typeNames = [
    "array", "boolean", "email", "integer", "null", "number", "object", "string", "timestamp", "url", "uuid",
  ]

  // MARK: - Meta-commands

  func metaCommandArgument(_ word: String, command: String, arguments: [String]) -> Completion {
    switch command {
    case ":help":
      if arguments.isEmpty {
        let verbs = Set(context.catalogs.flatMap(\.verbs)).sorted()
        return words(word, verbs + context.catalogs.map(\.api.rawValue) + StatementHelp.topics.map(\.keyword))
      }
      if arguments.count == 1 {
        let nouns = context.catalogs.flatMap { catalog in
          catalog.operations.filter { $0.verb == arguments[0] }.map(\.noun)
        }
        return words(word, nouns)
      }
      return .none
    case ":load":
      return arguments.isEmpty ? completeFile(word) : .none
    case ":save":
      // The option comes before the file; an empty word offers both.
      let option = MetaCommand.saveExpectOption
      if arguments.isEmpty && option.hasPrefix(word) {
        return Completion(word: word, candidates: [Candidate(option)] + completeFile(word).candidates)
      }
      return arguments.isEmpty || arguments == [option] ? completeFile(word) : .none
    default:
      return .none
    }
  }
}
