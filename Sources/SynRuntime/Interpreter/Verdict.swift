import SynJSON
import SynLanguage

/// The outcome of one predicate on one actual value, with the words a failure prints.
struct Verdict {
  var holds: Bool
  var expectedText: String
  /// Replaces the plain actual value in the report when the predicate looked at something derived (a count).
  var actualText: String?
  /// Where the subject does not fit an object or array template, each with
  /// its path inside the subject; empty for other predicates.
  var mismatches: [Mismatch] = []

  /// How a value prints in a report: compact JSON, or `missing`.
  static func describe(_ value: JSONValue?) -> String {
    value?.compactText ?? "missing"
  }

  static func evaluate(
    _ predicate: Expectation.Predicate, on actual: JSONValue?, interpreter: Interpreter, statement: Statement
  ) throws(Interruption) -> Verdict {
    func expected(_ value: Value) throws(Interruption) -> JSONValue? {
      try interpreter.evaluate(value, in: statement)
    }
    switch predicate {
    case .exists:
      return Verdict(holds: actual != nil, expectedText: "to exist")
    case .isType(let type):
      return Verdict(
        holds: actual.map { TypeCheck.matches($0, type) } ?? false, expectedText: "a value of type \(type)")
    case .statusClass(let digit):
      let holds = actual.flatMap { $0.numberValue?.intValue }.map { $0 / 100 == digit } ?? false
      return Verdict(holds: holds, expectedText: "\(digit)xx")
    case .compare(let comparison, let value):
      let target = try expected(value)
      return Verdict(
        holds: try compare(actual, comparison, target, statement: statement),
        expectedText: comparison == .equal ? describe(target) : "\(comparison.rawValue) \(describe(target))")
    case .contains(let value):
      guard case .json(let written) = value else {
        let target = try expected(value)
        let holds = target.map { TemplateMatcher.containment(actual, .constant($0)).isEmpty } ?? false
        return Verdict(holds: holds, expectedText: "contains \(describe(target))")
      }
      let template = try interpreter.substitute(written, in: statement)
      let mismatches = TemplateMatcher.containment(actual, template)
      return Verdict(
        holds: mismatches.isEmpty, expectedText: "contains \(Mismatch.elided(template.text))", mismatches: mismatches)
    case .startsWith(let value):
      let target = try expected(value)
      let holds =
        bothPresent(actual?.stringValue, target?.stringValue).map { pair in pair.0.hasPrefix(pair.1) } ?? false
      return Verdict(holds: holds, expectedText: "starts with \(describe(target))")
    case .endsWith(let value):
      let target = try expected(value)
      let holds =
        bothPresent(actual?.stringValue, target?.stringValue).map { pair in pair.0.hasSuffix(pair.1) } ?? false
      return Verdict(holds: holds, expectedText: "ends with \(describe(target))")
    case .matches(let value):
      let template: JSONTemplate
      if case .json(let written) = value {
        template = try interpreter.substitute(written, in: statement)
      } else if let structure = try expected(value), structure.arrayValue != nil || structure.objectValue != nil {
        // `matches $saved` where the variable holds an object or array: that value as a template.
        template = .constant(structure)
      } else {
        return try matches(actual, pattern: expected(value)?.stringValue ?? "", statement: statement)
      }
      let mismatches = TemplateMatcher.mismatches(actual, template)
      return Verdict(
        holds: mismatches.isEmpty, expectedText: "matches \(Mismatch.elided(template.text))", mismatches: mismatches)
    case .memberOf(let value):
      let target = try expected(value)
      guard let choices = target?.arrayValue else {
        throw .runtimeError(.runtime(at: statement, "'in' needs an array, got \(describe(target))"))
      }
      return Verdict(holds: actual.map { choices.contains($0) } ?? false, expectedText: "one of \(describe(target))")
    case .count(let comparison, let value):
      let target = try expected(value)
      let count = actual.flatMap(Self.count(of:))
      var holds = false
      if let count {
        holds = try compare(.number(JSONNumber(count)), comparison, target, statement: statement)
      }
      return Verdict(
        holds: holds, expectedText: "count \(comparison.rawValue) \(describe(target))",
        actualText: count.map { "count \($0): \(describe(actual))" } ?? "\(describe(actual)) (has no count)")
    }
  }

  private static func compare(
    _ actual: JSONValue?, _ comparison: ComparisonOperator, _ expected: JSONValue?, statement: Statement
  ) throws(Interruption) -> Bool {
    switch comparison {
    case .equal: return actual == expected
    case .notEqual: return actual != expected
    default: break
    }
    let order: Bool
    switch (actual, expected) {
    case (.number(let left)?, .number(let right)?):
      order = compareOrder(left, right, comparison)
    case (.string(let left)?, .string(let right)?):
      order = compareOrder(left, right, comparison)
    case (nil, _):
      return false
    default:
      throw .runtimeError(
        .runtime(
          at: statement,
          "cannot order \(actual?.typeName ?? "missing") and \(expected?.typeName ?? "missing") with \(comparison.rawValue)"
        ))
    }
    return order
  }

  private static func compareOrder<T: Comparable>(_ left: T, _ right: T, _ comparison: ComparisonOperator) -> Bool {
    switch comparison {
    case .less: left < right
    case .lessOrEqual: left <= right
    case .greater: left > right
    case .greaterOrEqual: left >= right
    case .equal: left == right
    case .notEqual: left != right
    }
  }

  static func count(of value: JSONValue) -> Int? {
    switch value {
    case .array(let elements): elements.count
    case .string(let text): text.count
    case .object(let object): object.count
    default: nil
    }
  }

  /// `matches /regex/` or `matches "regex"`: the pattern finds a match in the text of the value.
  private static func matches(_ actual: JSONValue?, pattern: String, statement: Statement) throws(Interruption)
    -> Verdict
  {
    var holds = false
    if let actual {
      do {
        holds = try Regex(pattern).firstMatch(in: text(of: actual)) != nil
      } catch {
        throw .runtimeError(.runtime(at: statement, "invalid regular expression /\(pattern)/: \(error)"))
      }
    }
    return Verdict(holds: holds, expectedText: "matches /\(pattern)/")
  }
}

/// Pairs two optionals: both present or nil.
private func bothPresent<A, B>(_ first: A?, _ second: B?) -> (A, B)? {
  guard let first, let second else { return nil }
  return (first, second)
}
