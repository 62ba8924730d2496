public import SynJSON

/// One place where a value breaks its schema: the response path, and what is wrong there.
public struct SchemaViolation: Sendable, Equatable, CustomStringConvertible {
  /// Where, as a response path: `.data[0].id`, or `.` for the value itself.
  public var path: JSONPath
  /// What is wrong there, with both sides: `expected a uuid, actual "nope"`.
  public var problem: String

  public init(path: JSONPath, problem: String) {
    self.path = path
    self.problem = problem
  }

  /// `.data[0].id: expected a uuid, actual "nope"`.
  public var description: String { "\(path): \(problem)" }

  /// `value` as a violation shows it: compact JSON, cut short past 60 characters.
  static func describe(_ value: JSONValue) -> String {
    let text = value.compactText
    return text.count <= 60 ? text : String(text.prefix(57)) + "..."
  }
}
