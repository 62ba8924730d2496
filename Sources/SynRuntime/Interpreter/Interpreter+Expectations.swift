import SynHTTP
import SynJSON
import SynLanguage

extension Interpreter {
  /// Checks an `expect` statement; a failure stops the case with the report of language.md section 4.
  func check(_ expectation: Expectation, of statement: Statement) throws(Interruption) {
    switch expectation {
    case .error(let code, let negated):
      let last = try requireLast(for: statement)
      let codes = ErrorCodes.codes(in: last.json)
      // Holds when the code is there, or, negated, when it is not.
      if codes.contains(code) != negated { return }
      throw failure(
        statement,
        [
          ("actual", codes.isEmpty ? "no error code (status \(last.response.status))" : codes.joined(separator: ", ")),
          ("expected", (negated ? "no error " : "error ") + code),
        ])
    case .check(let subject, let negated, let predicate):
      let actual = try value(of: subject, in: statement)
      let verdict = try Verdict.evaluate(predicate, on: actual, interpreter: self, statement: statement)
      if verdict.holds != negated { return }
      if !negated, !verdict.mismatches.isEmpty {
        let lines = verdict.mismatches.map { $0.text { path in Self.spelling(path, under: subject) } }
        throw failure(statement, mismatches: lines, [])
      }
      throw failure(
        statement,
        [
          ("actual", verdict.actualText ?? Verdict.describe(actual)),
          ("expected", (negated ? "not " : "") + verdict.expectedText),
        ])
    case .each(let subject, let path, let negated, let predicate):
      let lines = try eachFailures(subject, path, negated: negated, predicate, in: statement)
      if !lines.isEmpty { throw failure(statement, mismatches: lines, []) }
    case .conforms:
      try checkConformance(of: statement)
    }
  }

  /// `expect SUBJECT each [.PATH] PREDICATE`: a line for each element that fails, or each of its mismatches.
  /// A subject that is not an array is a runtime error: there is nothing to check, which is no pass.
  private func eachFailures(
    _ subject: Expectation.Subject, _ path: JSONPath, negated: Bool, _ predicate: Expectation.Predicate,
    in statement: Statement
  ) throws(Interruption) -> [String] {
    let actual = try value(of: subject, in: statement)
    guard case .array(let elements)? = actual else {
      let found = actual.map { "\($0.typeName) \(Mismatch.describe($0))" } ?? "missing"
      throw .runtimeError(
        .runtime(at: statement, "'each' needs an array, but \(Self.spelling(.root, under: subject)) is \(found)"))
    }
    var lines: [String] = []
    for (index, element) in elements.enumerated() {
      let elementPath = JSONPath(steps: [.index(index)]).appending(path)
      let value = element.value(at: path)
      let verdict = try Verdict.evaluate(predicate, on: value, interpreter: self, statement: statement)
      if verdict.holds != negated { continue }
      let spell = { (inner: JSONPath) in Self.spelling(elementPath.appending(inner), under: subject) }
      if !negated, !verdict.mismatches.isEmpty {
        lines += verdict.mismatches.map { $0.text(spelling: spell) }
      } else {
        let expected = (negated ? "not " : "") + verdict.expectedText
        lines.append(
          "\(spell(.root)): expected \(expected), actual \(verdict.actualText ?? Mismatch.describe(value))")
      }
    }
    return lines
  }

  /// How a path inside the subject prints in a report: under the subject's own path or variable.
  static func spelling(_ path: JSONPath, under subject: Expectation.Subject) -> String {
    switch subject {
    case .value(.responsePath(let base)): base.appending(path).description
    case .value(.variable(let reference)): "$" + reference.name + reference.path.appending(path).suffix
    default: path.description
    }
  }

  func failure(_ statement: Statement, mismatches: [String] = [], _ details: [(label: String, text: String)])
    -> Interruption
  {
    var details = details
    if let last = session.last {
      details.append(("response", last.summary))
    }
    let headline = mismatches.isEmpty ? statement.text : Self.elidingTemplate(statement.text)
    return .expectationFailed(
      ExpectationFailure(location: statement.location, statement: headline, mismatches: mismatches, details: details))
  }

  /// The statement with its template shortened to `{...}` or `[...]`, as section 4.1 prints it
  /// when the mismatches below give the details.
  private static func elidingTemplate(_ text: String) -> String {
    for predicate in [" matches ", " contains "] {
      guard let range = text.firstRange(of: predicate), let opener = text[range.upperBound...].first,
        opener == "{" || opener == "["
      else { continue }
      return text[..<range.upperBound] + (opener == "{" ? "{...}" : "[...]")
    }
    return text
  }

  func requireLast(for statement: Statement) throws(Interruption) -> Exchange {
    guard let last = session.last else {
      throw .runtimeError(.runtime(at: statement, "nothing to check: no request has run yet"))
    }
    return last
  }

  private func value(of subject: Expectation.Subject, in statement: Statement) throws(Interruption) -> JSONValue? {
    switch subject {
    case .status:
      return .number(JSONNumber(try requireLast(for: statement).response.status))
    case .header(let name):
      return try requireLast(for: statement).response.headers[name].map { .string($0) }
    case .time:
      return .number(JSONNumber(try requireLast(for: statement).elapsedMilliseconds))
    case .body:
      return .string(try requireLast(for: statement).bodyText)
    case .value(let value):
      return try evaluate(value, in: statement)
    }
  }
}
