import SynJSON

/// How request bodies are read: a JSON object of at most 1 MB.
enum RequestBody {
  static let maximumBytes = 1 << 20
  /// Deeper nesting is refused as invalid JSON rather than risking the stack.
  static let maximumDepth = 512

  /// Why a body was not read; each API answers it in its own shape.
  enum Refusal: Error {
    case tooLarge
    case notJSON(JSONParseError)

    var message: String {
      switch self {
      case .tooLarge: "Request body is larger than 1 MB"
      case .notJSON(let error): "Request body is not valid JSON: \(error)"
      }
    }
  }

  /// The JSON value of a body of at most 1 MB (both APIs read bodies so).
  static func value(_ bytes: [UInt8]) throws(Refusal) -> JSONValue {
    guard bytes.count <= maximumBytes else { throw .tooLarge }
    do {
      return try JSONValue(parsing: bytes, maxDepth: maximumDepth)
    } catch {
      throw .notJSON(error)
    }
  }

  /// Reads `bytes` as a JSON object, failing with `invalid_request` when the
  /// body is over 1 MB and `invalid_json` when it is not a JSON object.
  static func object(_ bytes: [UInt8]) throws(APIError) -> JSONObject {
    guard !bytes.isEmpty else {
      throw .invalidJSON("Request body is empty: send a JSON object")
    }
    let value: JSONValue
    do {
      value = try self.value(bytes)
    } catch {
      switch error {
      case .tooLarge: throw .invalidRequest(error.message)
      case .notJSON: throw .invalidJSON(error.message)
      }
    }
    guard let object = value.objectValue else {
      throw .invalidJSON("Request body must be a JSON object, not \(describe(value))")
    }
    return object
  }

  /// Like `object(_:)`, but an empty body reads as `{}` (control routes whose fields are all optional).
  static func optionalObject(_ bytes: [UInt8]) throws(APIError) -> JSONObject {
    bytes.isEmpty ? JSONObject() : try object(bytes)
  }

  /// `an array`, `a string`, `null`, …
  private static func describe(_ value: JSONValue) -> String {
    switch value {
    case .null: "null"
    case .array, .object: "an \(value.typeName)"
    case .bool, .number, .string: "a \(value.typeName)"
    }
  }
}
