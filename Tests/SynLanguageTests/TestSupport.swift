import SynJSON
import SynLanguage
import Testing

/// Parses `source` as prompt input and expects no diagnostics.
func parseClean(
  _ source: String, file: String = "t.syn", sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> [Statement] {
  let (statements, diagnostics) = parseStatements(source, file: file)
  #expect(diagnostics.isEmpty, "\(diagnostics.map(\.rendered).joined(separator: "\n"))", sourceLocation: sourceLocation)
  return statements
}

/// The one statement of `source`, dumped.
func dumpOne(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
  let statements = parseClean(source, sourceLocation: sourceLocation)
  #expect(statements.count == 1, "expected one statement, got \(statements.count)", sourceLocation: sourceLocation)
  return statements.first.map { dump($0.kind) } ?? "<none>"
}

/// The diagnostics of `source` as `line:col: message`.
func errors(_ source: String, file: String = "t.syn") -> [String] {
  parseScript(source, file: file).diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
}

/// The first diagnostic of `source` as `line:col: message`.
func firstError(_ source: String) -> String {
  errors(source).first ?? "<no error>"
}

// MARK: - A compact, complete rendering of the AST

func dump(_ kind: Statement.Kind) -> String {
  switch kind {
  case .request(let request):
    var text = "request \(request.verb.text) \(request.noun.text)"
    if !request.positionals.isEmpty { text += " positionals[\(request.positionals.map(dump).joined(separator: ", "))]" }
    if !request.items.isEmpty { text += " items[\(request.items.map(dump).joined(separator: ", "))]" }
    if let binding = request.binding { text += " as \(binding)" }
    return text
  case .send(let request):
    var text = "send \(request.method) \(dump(request.path))"
    if !request.items.isEmpty { text += " items[\(request.items.map(dump).joined(separator: ", "))]" }
    if let body = request.body { text += " body \(dump(body))" }
    if let binding = request.binding { text += " as \(binding)" }
    return text
  case .expect(let expectation):
    return "expect " + dump(expectation)
  case .assign(let name, let value):
    return "let \(name) = \(dump(value))"
  case .use(let api):
    return "use \(api)"
  case .backend(let kind, let url):
    return "backend \(kind)" + (url.map { " " + dump($0) } ?? "")
  case .set(let name, let value):
    return "set \(name.rawValue) \(dump(value))"
  case .include(let path):
    return "include \(dump(path))"
  case .repeat(let count, let body):
    return "repeat \(dump(count)) \(dump(body))"
  case .forEach(let name, let source, let body):
    return "for \(name) in \(dump(source)) \(dump(body))"
  case .finally(let body):
    return "finally \(dump(body))"
  case .print(let values):
    return "print[\(values.map(dump).joined(separator: ", "))]"
  case .show(let value):
    return "show" + (value.map { " " + dump($0) } ?? "")
  case .sleep(let milliseconds):
    return "sleep \(milliseconds)ms"
  case .skip(let reason):
    return "skip" + (reason.map { " " + dump($0) } ?? "")
  case .fail(let message):
    return "fail" + (message.map { " " + dump($0) } ?? "")
  case .mock(let command):
    return "mock " + dump(command)
  }
}

/// A block's statements, `{a; b}`.
func dump(_ body: [Statement]) -> String {
  "{" + body.map { dump($0.kind) }.joined(separator: "; ") + "}"
}

func dump(_ source: LoopSource) -> String {
  switch source {
  case .value(let value): dump(value)
  case .csv(let file): "csv \(dump(file))"
  case .json(let file): "json \(dump(file))"
  }
}

func dump(_ expectation: SynLanguage.Expectation) -> String {
  switch expectation {
  case .error(let code, let negated):
    return (negated ? "not " : "") + "error \(code)"
  case .conforms:
    return "body conforms"
  case .check(let subject, let negated, let predicate):
    return dump(subject) + (negated ? " not " : " ") + dump(predicate)
  case .each(let subject, let path, let negated, let predicate):
    return dump(subject) + " each" + (path.isRoot ? "" : " \(path)") + (negated ? " not " : " ") + dump(predicate)
  }
}

func dump(_ subject: SynLanguage.Expectation.Subject) -> String {
  switch subject {
  case .status: "status"
  case .header(let name): "header(\(name))"
  case .time: "time"
  case .body: "body"
  case .value(let value): dump(value)
  }
}

func dump(_ predicate: SynLanguage.Expectation.Predicate) -> String {
  switch predicate {
  case .compare(let comparison, let value): "\(comparison.rawValue) \(dump(value))"
  case .contains(let value): "contains \(dump(value))"
  case .startsWith(let value): "startsWith \(dump(value))"
  case .endsWith(let value): "endsWith \(dump(value))"
  case .matches(let value): "matches \(dump(value))"
  case .exists: "exists"
  case .isType(let type): "is \(type.rawValue)"
  case .memberOf(let value): "in \(dump(value))"
  case .count(let comparison, let value): "count \(comparison.rawValue) \(dump(value))"
  case .statusClass(let digit): "class \(digit)xx"
  }
}

func dump(_ command: MockCommand) -> String {
  switch command {
  case .reset: "reset"
  case .plan(let word): "plan \(word.text)"
  case .clock(.set(let value)): "clock set \(dump(value))"
  case .clock(.advance(let seconds)): "clock +\(seconds)s"
  case .seed(let value): "seed \(dump(value))"
  case .usage(let items): "usage[\(items.map(dump).joined(separator: ", "))]"
  case .finish(let items): "finish[\(items.map(dump).joined(separator: ", "))]"
  case .authorize(let items): "authorize[\(items.map(dump).joined(separator: ", "))]"
  case .review(let items): "review[\(items.map(dump).joined(separator: ", "))]"
  case .feedback(let items): "feedback[\(items.map(dump).joined(separator: ", "))]"
  case .webhook(let items): "webhook[\(items.map(dump).joined(separator: ", "))]"
  case .deliveries(let items): "deliveries[\(items.map(dump).joined(separator: ", "))]"
  case .requests(let items): "requests[\(items.map(dump).joined(separator: ", "))]"
  case .save(let file): "save \(dump(file))"
  case .load(let file): "load \(dump(file))"
  case .listing(let items): "listing[\(items.map(dump).joined(separator: ", "))]"
  case .fault(let status, let times, let operation):
    "fault \(status) times \(times)" + (operation.map { " on \($0.verb.text) \($0.noun.text)" } ?? "")
  }
}

func dump(_ item: Item) -> String {
  "\(item.key)\(item.kind.rawValue)\(dump(item.value))"
}

func dump(_ value: Value) -> String {
  switch value {
  case .string(let string): "str(\(dump(string)))"
  case .rawString(let text): "raw(\(quoted(text)))"
  case .bareWord(let text): "word(\(text))"
  case .json(let template): "json(\(dump(template)))"
  case .variable(let reference): dump(reference)
  case .responsePath(let path): "path(\(path))"
  case .regex(let pattern): "regex(\(pattern))"
  }
}

func dump(_ string: InterpolatedString) -> String {
  string.parts.map { part in
    switch part {
    case .literal(let text): quoted(text)
    case .variable(let reference): dump(reference)
    }
  }.joined(separator: " ")
}

func dump(_ reference: VariableReference) -> String {
  "$" + reference.name + (reference.path.steps.isEmpty ? "" : reference.path.description)
}

func dump(_ template: JSONTemplate) -> String {
  switch template {
  case .constant(let value): "=" + value.compactText
  case .variable(let reference): dump(reference)
  case .responsePath(let path): "path(\(path))"
  case .marker(let marker): marker.description
  case .array(let elements): "[" + elements.map(dump).joined(separator: ",") + "]"
  case .object(let members, let admitsOtherKeys):
    "{"
      + (members.map { "\(quoted($0.key)):\(dump($0.value))" } + (admitsOtherKeys ? ["..."] : [])).joined(
        separator: ",") + "}"
  }
}

/// `text` in double quotes, escaping only quotes, backslashes and line breaks.
func quoted(_ text: String) -> String {
  var result = "\""
  for character in text {
    switch character {
    case "\"": result += "\\\""
    case "\\": result += "\\\\"
    case "\n": result += "\\n"
    default: result.append(character)
    }
  }
  return result + "\""
}
