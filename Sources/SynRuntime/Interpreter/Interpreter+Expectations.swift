import SynHTTP
import SynJSON
import SynLanguage

extension Interpreter {
  /// Checks an `expect` statement; a failure stops the case with the report of language.md section 4.
  func check(_ expectation: Expectation, of statement: Statement) throws(Interruption) {
    switch expectation {
    case .error(let code, let negated):
      let last = try requireLast(for: statement)
      let codes = ErrorCodes.codes(in: last)
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
      throw failure(
        statement,
        [
          ("actual", verdict.actualText ?? Verdict.describe(actual)),
          ("expected", (negated ? "not " : "") + verdict.expectedText),
        ])
    case .conforms:
      try checkConformance(of: statement)
    }
  }

  func failure(_ statement: Statement, _ details: [(label: String, text: String)]) -> Interruption {
    var details = details
    if let last = session.last {
      details.append(("response", last.summary))
    }
    return .expectationFailed(
      ExpectationFailure(location: statement.location, statement: statement.text, details: details))
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
