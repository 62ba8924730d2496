/// One API operation as the language names it (`create profile`) and as the
/// wire sees it (`POST /v1/profiles`). The parser's checks, the request
/// builder, completion, `:help`, the simulator's routes and the served OpenAPI
/// document all read this.
///
/// A class: a statement's operation is handed from the lookup to the request
/// builder, the send and the recorded exchange, and copying a struct of
/// thirteen references retained each of them every time (some 3% of a
/// 100,000-create run). Immutable, so sharing one is safe.
public final class Operation: Sendable {
  /// Names the operation in code: the simulator's handlers and the OpenAPI tables switch over it.
  public let id: OperationID
  public let verb: String
  /// The singular noun; `plural` is accepted too.
  public let noun: String
  public let plural: String
  public let method: String
  /// The path template relative to the API's origin, e.g. `/v1/profiles/{id}`.
  public let path: String
  /// The `{name}` placeholders of `path`, in order: what positional values fill.
  /// Kept, not read from `path` on each use: every request statement asks.
  public let pathParameters: [String]
  /// How the request body is shaped; `.none` sends `key=value` items as query parameters.
  public let body: BodyStyle
  /// Body fields (or query fields when `body` is `.none`).
  public let fields: [Field]
  /// Query parameters of an operation that also has a body.
  public let queryFields: [Field]
  /// Fields that positional values fill when the target id travels in the body
  /// or query instead of the path (Synup's `get user ID` -> `userIds`).
  public let positionalFields: [String]
  /// The allowed values of enumerated path parameters (`{platform}`: `twitter`).
  public let pathParameterValues: [String: [String]]
  /// Who must present the API's key.
  public let key: KeyRequirement
  /// The success status the API documents.
  public let successStatus: Int
  /// The errors the API documents for this operation, beyond those any route
  /// may answer (`Catalog.documentedErrors(of:)` adds those), in the spec's order.
  public let errors: [DocumentedError]
  public let doc: String

  public init(
    _ id: OperationID, _ verb: String, _ noun: String, plural: String? = nil, method: String, path: String,
    body: BodyStyle = .none, fields: [Field] = [], queryFields: [Field] = [], positionalFields: [String] = [],
    pathParameterValues: [String: [String]] = [:], key: KeyRequirement = .required, successStatus: Int = 200,
    errors: [DocumentedError] = [], doc: String
  ) {
    self.id = id
    self.verb = verb
    self.noun = noun
    self.plural = plural ?? noun + "s"
    self.method = method
    self.path = path
    self.pathParameters = Self.placeholders(in: path)
    self.body = body
    self.fields = fields
    self.queryFields = queryFields
    self.positionalFields = positionalFields
    self.pathParameterValues = pathParameterValues
    self.key = key
    self.successStatus = successStatus
    self.errors = errors
    self.doc = doc
  }

  /// The same operation with `errors` as its documented errors.
  public func documenting(_ errors: [DocumentedError]) -> Operation {
    Operation(
      id, verb, noun, plural: plural, method: method, path: path, body: body, fields: fields,
      queryFields: queryFields, positionalFields: positionalFields, pathParameterValues: pathParameterValues,
      key: key, successStatus: successStatus, errors: errors, doc: doc)
  }

  /// The GraphQL field a Synup answer sits under (`data.addUser`); nil for Synposter.
  public var graphQLField: String? {
    guard case .synup(let id) = id else { return nil }
    return id.graphQLField
  }

  /// The statuses of `errors`, ascending, each once.
  public var errorStatuses: [Int] { Set(errors.map(\.status)).sorted() }

  /// `create profile`
  public var name: String { "\(verb) \(noun)" }

  /// The `{name}` placeholders of `path`.
  private static func placeholders(in path: String) -> [String] {
    var names: [String] = []
    var current: String?
    for character in path {
      switch character {
      case "{": current = ""
      case "}":
        if let name = current { names.append(name) }
        current = nil
      default: current?.append(character)
      }
    }
    return names
  }

  /// The field called `name` among body and query fields.
  public func field(named name: String) -> Field? {
    fields.first { $0.name == name } ?? queryFields.first { $0.name == name }
  }

  public enum BodyStyle: Sendable, Equatable {
    /// No body: `key=value` items become query parameters.
    case none
    /// A JSON object of the fields.
    case json
    /// A JSON object of the fields inside a wrapper key (Synup's `{"input": {...}}`).
    case wrapped(String)
  }
}

/// Who must present the API's key to call an operation.
public enum KeyRequirement: Sendable, Equatable {
  /// A valid key is required.
  case required
  /// No key is needed, but a key that is sent must be valid (Synposter's health).
  case optional
}

/// A body or query field with the type used to coerce bare words.
public struct Field: Sendable {
  public var name: String
  public var type: FieldType
  public var isRequired: Bool
  public var isNullable: Bool
  /// Human-readable constraints, e.g. `1-100 code points`.
  public var constraints: String
  /// The allowed values of an enumerated string field.
  public var allowedValues: [String]
  public var doc: String

  public init(
    _ name: String, _ type: FieldType, required: Bool = false, nullable: Bool = false, constraints: String = "",
    allowedValues: [String] = [], doc: String
  ) {
    self.name = name
    self.type = type
    self.isRequired = required
    self.isNullable = nullable
    self.constraints = constraints
    self.allowedValues = allowedValues
    self.doc = doc
  }
}

public indirect enum FieldType: Sendable, Equatable, CustomStringConvertible {
  case string
  case integer
  case number
  case boolean
  case object
  case array(FieldType)

  public var description: String {
    switch self {
    case .string: "string"
    case .integer: "integer"
    case .number: "number"
    case .boolean: "boolean"
    case .object: "object"
    case .array(let element): "\(element)[]"
    }
  }
}
