import SynJSON

/// The error codes of JSON-RPC 2.0 and LSP 3.17 that the server answers with.
enum RPCErrorCode: Int {
  case parseError = -32700
  case invalidRequest = -32600
  case methodNotFound = -32601
  case invalidParams = -32602
  case serverNotInitialized = -32002
  case requestCancelled = -32800
}

/// Why a request failed: answered as the response's `error`.
struct RPCError: Error {
  var code: RPCErrorCode
  var message: String

  init(_ code: RPCErrorCode, _ message: String) {
    self.code = code
    self.message = message
  }
}

/// The messages the server sends.
enum RPCMessage {
  static func response(id: JSONValue, result: JSONValue) -> JSONValue {
    ["jsonrpc": "2.0", "id": id, "result": result]
  }

  static func error(id: JSONValue, _ error: RPCError) -> JSONValue {
    [
      "jsonrpc": "2.0", "id": id,
      "error": ["code": .number(JSONNumber(error.code.rawValue)), "message": .string(error.message)],
    ]
  }

  static func notification(_ method: String, _ params: JSONValue) -> JSONValue {
    ["jsonrpc": "2.0", "method": .string(method), "params": params]
  }
}

/// A message received: a request has an id and wants an answer; a notification has none.
struct IncomingMessage {
  var id: JSONValue?
  var method: String
  var params: JSONValue

  /// Reads a JSON-RPC request or notification; anything else is an invalid request.
  init(_ value: JSONValue) throws(RPCError) {
    guard case .object(let object) = value else {
      throw RPCError(.invalidRequest, "a JSON-RPC message is an object, not \(value.typeName)")
    }
    guard let method = object["method"]?.stringValue else {
      throw RPCError(.invalidRequest, "a JSON-RPC request needs a string 'method'")
    }
    let id = object["id"]
    if let id, id.stringValue == nil, id.numberValue == nil {
      throw RPCError(.invalidRequest, "a request id is a number or a string, not \(id.typeName)")
    }
    self.id = id
    self.method = method
    self.params = object["params"] ?? .null
  }
}

extension JSONValue {
  /// An integer member, or nil.
  func integer(_ key: String) -> Int? {
    self[key]?.numberValue?.intValue
  }

  /// A string member, or nil.
  func string(_ key: String) -> String? {
    self[key]?.stringValue
  }

  /// An object of `members`, in their order.
  static func members(_ members: [(String, JSONValue)]) -> JSONValue {
    .object(JSONObject(members.map { JSONObject.Member(key: $0.0, value: $0.1) }))
  }

  /// A JSON number for an Int.
  static func integer(_ value: Int) -> JSONValue {
    .number(JSONNumber(value))
  }
}
