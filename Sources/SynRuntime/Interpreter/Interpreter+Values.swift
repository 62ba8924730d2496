import SynJSON
import SynLanguage

extension Interpreter {
  /// The value of `value`, or `nil` when it is a path that does not exist ("missing").
  func evaluate(_ value: Value, in statement: Statement) throws(Interruption) -> JSONValue? {
    switch value {
    case .string(let string):
      return .string(try interpolate(string, in: statement))
    case .rawString(let text), .regex(let text):
      return .string(text)
    case .bareWord(let word):
      return Interpreter.generic(word)
    case .json(let template):
      return try build(template, in: statement)
    case .variable(let reference):
      return try self.value(of: reference, in: statement)
    case .responsePath(let path):
      guard let last = session.last else {
        throw .runtimeError(.runtime(at: statement, "'\(path)' reads the last response, but no request has run yet"))
      }
      return last.bodyValue?.value(at: path)
    }
  }

  /// The value of `value`; a missing path is an error here.
  func require(_ value: Value, in statement: Statement) throws(Interruption) -> JSONValue {
    guard let result = try evaluate(value, in: statement) else {
      throw .runtimeError(.runtime(at: statement, "\(Interpreter.spelling(of: value)) does not exist"))
    }
    return result
  }

  /// A bare word outside a typed field: a number, `true`, `false` or `null` where it spells one, else a string.
  static func generic(_ word: String) -> JSONValue {
    switch word {
    case "true": return .bool(true)
    case "false": return .bool(false)
    case "null": return .null
    default:
      if let number = JSONNumber(text: word) { return .number(number) }
      return .string(word)
    }
  }

  func interpolate(_ string: InterpolatedString, in statement: Statement) throws(Interruption) -> String {
    var result = ""
    for part in string.parts {
      switch part {
      case .literal(let literal):
        result += literal
      case .variable(let reference):
        guard let value = try self.value(of: reference, in: statement) else {
          throw .runtimeError(.runtime(at: statement, "$\(reference.name)\(reference.path.suffix) does not exist"))
        }
        result += text(of: value)
      }
    }
    return result
  }

  /// The JSON value of a literal written outside a template.
  private func build(_ template: JSONTemplate, in statement: Statement) throws(Interruption) -> JSONValue {
    guard let value = try substitute(template, in: statement).constantValue else {
      throw .runtimeError(.runtime(at: statement, "markers stand only in a template after 'matches' or 'contains'"))
    }
    return value
  }

  /// `template` with its variables and response paths replaced by their values (language.md section 4.1).
  func substitute(_ template: JSONTemplate, in statement: Statement) throws(Interruption) -> JSONTemplate {
    switch template {
    case .constant, .marker:
      return template
    case .variable(let reference):
      return .constant(try require(.variable(reference), in: statement))
    case .responsePath(let path):
      return .constant(try require(.responsePath(path), in: statement))
    case .array(let elements):
      var substituted: [JSONTemplate] = []
      substituted.reserveCapacity(elements.count)
      for element in elements {
        substituted.append(try substitute(element, in: statement))
      }
      return .array(substituted)
    case .object(let members, let admitsOtherKeys):
      var substituted: [(key: String, value: JSONTemplate)] = []
      for member in members {
        substituted.append((member.key, try substitute(member.value, in: statement)))
      }
      return .object(substituted, admitsOtherKeys: admitsOtherKeys)
    }
  }

  /// `$name.path`: `nil` when the path does not exist in the variable's value.
  func value(of reference: VariableReference, in statement: Statement) throws(Interruption) -> JSONValue? {
    switch reference.name {
    case "env":
      guard case .key(let name)? = reference.path.steps.first else {
        throw .runtimeError(.runtime(at: statement, "$env needs a variable name: $env.NAME"))
      }
      guard let value = session.configuration.environment[name] else {
        throw .runtimeError(.runtime(at: statement, "environment variable \(name) is not set"))
      }
      return JSONValue.string(value).value(at: JSONPath(steps: Array(reference.path.steps.dropFirst())))
    case "last" where session.variables["last"] == nil:
      guard let last = session.last else {
        throw .runtimeError(.runtime(at: statement, "$last is not set: no request has run yet"))
      }
      return last.asJSON.value(at: reference.path)
    default:
      guard let value = session.variables[reference.name] else {
        let known = Array(session.variables.keys) + ["env", "last"]
        throw .runtimeError(
          .runtime(
            at: statement,
            "undefined variable $\(reference.name)"
              + Suggestions.didYouMean("$" + reference.name, among: known.map { "$" + $0 })))
      }
      return value.value(at: reference.path)
    }
  }

  /// How a value was written, for messages about it.
  static func spelling(of value: Value) -> String {
    switch value {
    case .responsePath(let path): "'\(path)' in the last response"
    case .variable(let reference): "$\(reference.name)\(reference.path.suffix)"
    default: "the value"
    }
  }
}

extension JSONPath {
  /// The path as it follows a variable name: `.id` for `$alice.id`, empty for the root.
  var suffix: String {
    steps.isEmpty ? "" : description
  }
}
