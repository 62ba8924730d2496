public import SynCatalog
import SynLanguage
import SynSchema

/// What `:help TOPIC` prints, `nil` for an unknown topic: the words of a
/// statement (`create profile`, `mock`), as the language server shows on hover.
public func helpText(for topic: [String], api: APIName, catalogs: [Catalog] = Catalog.all) -> String? {
  try? HelpText(catalogs: catalogs, api: api).render(topic).get()
}

/// What `:help` prints, read from the catalogs (nothing here names an endpoint).
struct HelpText {
  var catalogs: [Catalog]
  /// The active API, listed first.
  var api: APIName
  /// The terminal's width: longer lines wrap, their continuations indented under the text they continue.
  var width: Int?

  /// `:help` with its arguments: everything, one operation, the operations
  /// of a verb, a noun or an API, or a statement keyword's forms. Unknown
  /// topics are errors with suggestions.
  func render(_ topic: [String]) -> Result<String, MetaCommandError> {
    switch topic.count {
    case 0:
      return .success(overview())
    case 1:
      let word = topic[0]
      if let statement = StatementHelp.topic(word) {
        return .success(StatementHelp.render(statement))
      }
      if let api = APIName(rawValue: word), let catalog = catalogs.first(where: { $0.api == api }) {
        return .success(section(catalog))
      }
      let matches = orderedCatalogs.flatMap { catalog in
        catalog.operations.filter { $0.verb == word || $0.noun == word || $0.plural == word }.map { (catalog, $0) }
      }
      guard !matches.isEmpty else { return .failure(unknown(word)) }
      return .success(table(matches.map { ($0.1, $0.0) }))
    case 2:
      guard let (catalog, operation) = find(verb: topic[0], noun: topic[1]) else {
        return .failure(unknown(topic.joined(separator: " ")))
      }
      return .success(detail(operation, in: catalog))
    default:
      return .failure(MetaCommandError(":help takes a topic like 'create profile', a verb, a noun or an API"))
    }
  }

  private var orderedCatalogs: [Catalog] {
    catalogs.filter { $0.api == api } + catalogs.filter { $0.api != api }
  }

  private func find(verb: String, noun: String) -> (Catalog, Operation)? {
    var name = noun
    var candidates = orderedCatalogs
    if let dot = noun.firstIndex(of: "."), let qualified = APIName(rawValue: String(noun[..<dot])) {
      name = String(noun[noun.index(after: dot)...])
      candidates = catalogs.filter { $0.api == qualified }
    }
    for catalog in candidates {
      if let operation = catalog.operation(verb: verb, noun: name) { return (catalog, operation) }
    }
    return nil
  }

  private func unknown(_ topic: String) -> MetaCommandError {
    let names =
      catalogs.flatMap { $0.operations.map(\.name) } + catalogs.flatMap(\.verbs)
      + catalogs.map(\.api.rawValue) + StatementHelp.topics.map(\.keyword)
    return MetaCommandError(
      "no help for '\(topic)'" + Suggestions.didYouMean(topic, among: names) + "; :help lists every operation")
  }

  // MARK: - Listings

  /// Every operation grouped by API, then the other statements and the meta-commands.
  func overview() -> String {
    var parts = orderedCatalogs.map(section)
    parts.append(StatementHelp.overview())
    let width = MetaCommand.summary.map(\.usage.count).max() ?? 0
    parts.append(
      (["Meta-commands"]
        + MetaCommand.summary.map { "  " + $0.usage.padded(to: width) + "  " + $0.meaning })
        .joined(separator: "\n"))
    parts.append(
      """
      :help VERB NOUN shows an operation's method, path and fields. Tab completes verbs, nouns,
      items, $variables, .paths of the last response and file names. The language: docs/language.md.
      """)
    return parts.joined(separator: "\n\n")
  }

  private func section(_ catalog: Catalog) -> String {
    let name = catalog.api.rawValue
    let title = catalog.api == api ? "\(name) (active)" : "\(name) (use \(name), or qualify nouns: \(name).NOUN)"
    guard !catalog.operations.isEmpty else {
      return "\(title)\n  no operations yet; use send METHOD PATH"
    }
    return title + "\n" + table(catalog.operations.map { ($0, catalog) })
  }

  /// One aligned line per operation: `  create profile  POST  /v1/profiles  doc`.
  private func table(_ rows: [(Operation, Catalog)]) -> String {
    let names = rows.map { Self.displayName($0.0) }
    let nameWidth = names.map(\.count).max() ?? 0
    let methodWidth = rows.map(\.0.method.count).max() ?? 0
    let pathWidth = rows.map(\.0.path.count).max() ?? 0
    return zip(rows, names).map { row, name in
      let operation = row.0
      let lead =
        "  " + name.padded(to: nameWidth) + "  " + operation.method.padded(to: methodWidth) + "  "
        + operation.path.padded(to: pathWidth) + "  "
      return wrapped(lead: lead, operation.doc)
    }.joined(separator: "\n")
  }

  /// `lead` then `text`, wrapped at blanks to the terminal's width: continuation
  /// lines start under `text`; when `lead` leaves too little room, `text` starts
  /// on the next line, six columns in, so the table's columns stay aligned.
  private func wrapped(lead: String, _ text: String) -> String {
    guard let width, lead.count + text.count > width - 1 else { return lead + text }
    let room = width - 1 - lead.count
    if room >= 20 {
      return lead
        + Self.lines(of: text, width: room).joined(separator: "\n" + String(repeating: " ", count: lead.count))
    }
    let indent = String(repeating: " ", count: 6)
    let lines = Self.lines(of: text, width: max(width - 1 - indent.count, 20))
    return lead.trimmingBlanksAtEnd() + "\n" + indent + lines.joined(separator: "\n" + indent)
  }

  /// `text` in lines of at most `width` characters, broken at blanks; a longer word keeps a line of its own.
  static func lines(of text: String, width: Int) -> [String] {
    var lines: [String] = []
    for word in text.split(separator: " ") {
      if let last = lines.last, last.count + 1 + word.count <= width {
        lines[lines.count - 1] += " " + word
      } else {
        lines.append(String(word))
      }
    }
    return lines
  }

  /// `list profiles`, `create profile`: as one would type it.
  static func displayName(_ operation: Operation) -> String {
    ["list", "search"].contains(operation.verb) ? "\(operation.verb) \(operation.plural)" : operation.name
  }

  // MARK: - One operation

  /// Method, path, success status, how items travel, and every field with
  /// its type, whether it is required, its constraints and its doc.
  func detail(_ operation: Operation, in catalog: Catalog) -> String {
    var lines = [
      "\(Self.displayName(operation)) (\(catalog.api.rawValue)): \(operation.doc)",
      "  \(operation.method) \(operation.path)  ->  \(operation.successStatus) on success",
      "  usage: " + synopsis(operation),
    ]
    switch operation.body {
    case .none: lines.append("  items: key=value travel as query parameters")
    case .json: lines.append("  items: key=value build the JSON body")
    case .wrapped(let key): lines.append("  items: key=value build the JSON body inside {\"\(key)\": {...}}")
    }
    let positionals = operation.pathParameters.isEmpty ? operation.positionalFields : operation.pathParameters
    if !positionals.isEmpty {
      lines.append("")
      lines.append("  Positional values, in order:")
      for name in positionals {
        let values = operation.pathParameterValues[name].map { ": one of \($0.joined(separator: ", "))" } ?? ""
        let destination = operation.pathParameters.contains(name) ? "{\(name)} in the path" : "the \(name) field"
        lines.append("    \(name.uppercased())  fills \(destination)\(values)")
      }
    }
    if !operation.fields.isEmpty {
      lines.append("")
      lines.append(operation.body == .none ? "  Query parameters (name=value):" : "  Fields (name=value):")
      lines += fieldLines(operation.fields)
    }
    if !operation.queryFields.isEmpty {
      lines.append("")
      lines.append("  Query parameters (name==value):")
      lines += fieldLines(operation.queryFields)
    }
    lines += answerLines(AnswerOutline(successOf: operation))
    lines += errorLines(catalog.documentedErrors(of: operation))
    return lines.joined(separator: "\n")
  }

  /// `Answer 201: Profile` and its members, as `/openapi.json` declares them.
  private func answerLines(_ answer: AnswerOutline) -> [String] {
    let location = answer.location.isEmpty ? "" : " at \(answer.location)"
    var lines = ["", "  Answer \(answer.status)\(location): \(answer.type)"]
    let nameWidth = answer.members.map(\.name.count).max() ?? 0
    for member in answer.members {
      let optional = member.isRequired ? "" : "  (may be absent)"
      lines.append("    " + member.name.padded(to: nameWidth) + "  " + member.type + optional)
    }
    return lines
  }

  /// `409  external_id_conflict  another profile has this externalId`, one line per code.
  private func errorLines(_ errors: [DocumentedError]) -> [String] {
    guard !errors.isEmpty else { return [] }
    let codeWidth = errors.map(\.code.count).max() ?? 0
    return ["", "  Errors (status, code, meaning):"]
      + errors.map { error in
        let meaning = error.place.map { "\(error.meaning) (\($0))" } ?? error.meaning
        return wrapped(lead: "    \(error.status)  " + error.code.padded(to: codeWidth) + "  ", meaning)
      }
  }

  /// `create profile name=STRING [externalId=STRING] [metadata=OBJECT]`.
  private func synopsis(_ operation: Operation) -> String {
    var words = [Self.displayName(operation)]
    let positionals = operation.pathParameters.isEmpty ? operation.positionalFields : operation.pathParameters
    words += positionals.map { $0.uppercased() }
    for field in operation.fields {
      let item = "\(field.name)=\(Self.placeholder(field.type))"
      words.append(field.isRequired ? item : "[\(item)]")
    }
    for field in operation.queryFields {
      let item = "\(field.name)==\(Self.placeholder(field.type))"
      words.append(field.isRequired ? item : "[\(item)]")
    }
    words.append("[as NAME]")
    return words.joined(separator: " ")
  }

  private static func placeholder(_ type: FieldType) -> String {
    switch type {
    case .array(let element): "\(placeholder(element))[]"
    default: type.description.uppercased()
    }
  }

  private func fieldLines(_ fields: [Field]) -> [String] {
    let types = fields.map { field in field.type.description + (field.isNullable ? " or null" : "") }
    let nameWidth = fields.map(\.name.count).max() ?? 0
    let typeWidth = types.map(\.count).max() ?? 0
    var lines: [String] = []
    for (field, type) in zip(fields, types) {
      var facts = [field.isRequired ? "required" : "optional"]
      if !field.constraints.isEmpty { facts.append(field.constraints) }
      if !field.allowedValues.isEmpty { facts.append("one of: " + field.allowedValues.joined(separator: ", ")) }
      lines.append(
        "    " + field.name.padded(to: nameWidth) + "  " + type.padded(to: typeWidth) + "  "
          + facts.joined(separator: "; "))
      if !field.doc.isEmpty {
        lines.append(wrapped(lead: "    " + String(repeating: " ", count: nameWidth + 2), field.doc))
      }
    }
    return lines
  }
}

extension String {
  /// The text followed by blanks up to `width` characters.
  func padded(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
