public import SynJSON

/// One way two backends' answers to the same request differ, beyond generated
/// values (`GeneratedValues`): what differs, and each side's value as a
/// difference line shows it.
public struct AnswerDifference: Sendable, Equatable {
  public enum Kind: String, Sendable, CaseIterable {
    /// The HTTP status (with its error code, when either side has one).
    case status
    /// The same status, but another API error code (Synup answers its errors at 200).
    case errorCode = "error code"
    /// A field present on one side only.
    case absent
    /// The same type, another value.
    case literal
    /// Another JSON type: a number on one side, a string on the other.
    case type
    /// Arrays of different lengths (their common elements are compared too).
    case length
    /// A request sent on one side only.
    case request
    /// A statement that passed on one side and failed on the other.
    case outcome
  }

  public var kind: Kind
  /// The response path of a body difference; nil for a status, an error code, a request or an outcome.
  public var path: JSONPath?
  /// The first side's value as shown: `201`, `"pro"`, `absent`, `3 items`.
  public var first: String
  /// The second side's value as shown.
  public var second: String

  public init(_ kind: Kind, at path: JSONPath? = nil, first: String, second: String) {
    self.kind = kind
    self.path = path
    self.first = first
    self.second = second
  }

  /// What the line names before the values: the path, or the kind (`status`, `error code`).
  public var subject: String {
    path?.description ?? kind.rawValue
  }
}
