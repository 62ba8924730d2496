import SynJSON

/// One error of a mutation payload (shape 3): `{"code","message","contextInfo"}`.
struct SynupFieldError: Error, Sendable {
  /// `SY10011`…; nil where the evidence names no code for the rule.
  var code: String?
  var message: String
  /// `[{"key","value"}]`: the input field at fault and the value it had.
  var contextInfo: [(key: String, value: String)]

  init(_ code: String?, _ message: String, _ contextInfo: [(key: String, value: String)] = []) {
    self.code = code
    self.message = message
    self.contextInfo = contextInfo
  }

  /// The usual context: one input field and its value.
  init(_ code: String?, _ message: String, key: String, value: String) {
    self.init(code, message, [(key, value)])
  }

  var json: JSONValue {
    [
      "code": code.map(JSONValue.string) ?? .null,
      "message": .string(message),
      "contextInfo": .array(contextInfo.map { ["key": .string($0.key), "value": .string($0.value)] }),
    ]
  }
}

/// The rules a value broke, when a check can break several at once.
struct RuleViolations: Error, Sendable {
  let errors: [SynupFieldError]
}

/// What a payload mutation did: its entity, or the rules its input broke.
enum PayloadOutcome: Sendable {
  case success(JSONValue)
  case rejected([SynupFieldError])
}

/// The members of a mutation payload, in the order the evidence prints them:
/// `{"success","errors","user"}` for users, `{"clientMutationId","errors",
/// "location","success","warnings"}` for locations, and so on.
struct PayloadShape: Sendable {
  enum Member: Sendable {
    case clientMutationId
    case errors
    /// The changed object under its key (`user`, `location`, `folder`, `tag`, `locations`).
    case entity(String)
    /// One of several objects a call made, under its key: the success's value
    /// holds each under the same key (`addUserAndFolder`'s `user` and `folder`).
    case part(String)
    case success
    /// A boolean that, like `success`, says whether the call did its work (`assignFolder`).
    case succeeded(String)
    case warnings
  }

  let members: [Member]
  /// `errors` of a successful call: `[]` for users and tags, `null` for locations and folders.
  let errorsOnSuccess: JSONValue

  /// The payload of `outcome`; a rejection has a null entity, `success: false`
  /// and `warnings: null`. `clientMutationId` is echoed from the input.
  func payload(_ outcome: PayloadOutcome, clientMutationId: JSONValue) -> JSONValue {
    let entity: JSONValue
    let errors: JSONValue
    let succeeded: Bool
    switch outcome {
    case .success(let value):
      (entity, errors, succeeded) = (value, errorsOnSuccess, true)
    case .rejected(let fieldErrors):
      (entity, errors, succeeded) = (.null, .array(fieldErrors.map(\.json)), false)
    }
    return .object(
      JSONObject(
        members.map { member in
          switch member {
          case .clientMutationId: .init(key: "clientMutationId", value: clientMutationId)
          case .errors: .init(key: "errors", value: errors)
          case .entity(let key): .init(key: key, value: entity)
          case .part(let key): .init(key: key, value: entity[key] ?? .null)
          case .success: .init(key: "success", value: .bool(succeeded))
          case .succeeded(let key): .init(key: key, value: .bool(succeeded))
          case .warnings: .init(key: "warnings", value: succeeded ? [] : .null)
          }
        }))
  }
}
