import SynCatalog
import SynHTTP
import SynJSON
import SynLanguage

/// Turns a catalog statement or a raw `send` into an HTTP request: path
/// parameters from positionals, items into body, query and headers, bare
/// words typed by the catalog (language.md 3.2).
struct RequestBuilder {
  let interpreter: Interpreter
  let statement: Statement
  let catalog: Catalog
  /// `nil` for raw `send`, where nothing is typed by a catalog.
  let operation: Operation?

  private struct Parts {
    var body: JSONObject?
    var query: [QueryItem] = []
    var headers = HTTPHeaders()
  }

  func build(_ request: CatalogRequest) throws(Interruption) -> HTTPRequest {
    guard let operation else { preconditionFailure("catalog requests always have an operation") }
    var parts = Parts(body: operation.body == .none ? nil : JSONObject())
    let path = try fillPath(of: operation, positionals: request.positionals, body: &parts.body, query: &parts.query)
    for item in request.items {
      try add(item, to: &parts)
    }
    var body: [UInt8] = []
    if var object = parts.body {
      if case .wrapped(let key) = operation.body {
        object = JSONObject([.init(key: key, value: .object(object))])
      }
      body = JSONValue.object(object).compactBytes
      parts.headers.add("Content-Type", "application/json")
    }
    return HTTPRequest(method: operation.method, path: path, query: parts.query, headers: parts.headers, body: body)
  }

  func build(_ request: RawRequest) throws(Interruption) -> HTTPRequest {
    let target = try interpreter.interpolate(request.path, in: statement)
    var (path, query) = split(target)
    var parts = Parts(query: query)
    for item in request.items {
      if parts.body == nil, item.kind == .field || item.kind == .rawJSON {
        parts.body = JSONObject()
      }
      try add(item, to: &parts)
    }
    var body: [UInt8] = []
    if let value = request.body {
      guard parts.body == nil else {
        throw .runtimeError(.runtime(at: statement, "give the body either as key=value items or with 'body', not both"))
      }
      switch value {
      case .string, .rawString:
        body = Array(text(of: try interpreter.require(value, in: statement)).utf8)
      default:
        body = try interpreter.require(value, in: statement).compactBytes
      }
    } else if let object = parts.body {
      body = JSONValue.object(object).compactBytes
    }
    if !body.isEmpty, parts.headers["Content-Type"] == nil {
      parts.headers.add("Content-Type", "application/json")
    }
    if path.isEmpty || !path.hasPrefix("/") {
      path = "/" + path
    }
    query = parts.query
    return HTTPRequest(
      method: request.method.uppercased(), path: path, query: query, headers: parts.headers, body: body)
  }

  // MARK: - Positionals

  private func fillPath(
    of operation: Operation, positionals: [Value], body: inout JSONObject?, query: inout [QueryItem]
  ) throws(Interruption) -> String {
    let parameters = operation.pathParameters
    let slotCount = parameters.count + operation.positionalFields.count
    // Spelled only for an error: most statements pass.
    var usage: String {
      let slots = (parameters + operation.positionalFields).map { $0.uppercased() }
      return ([operation.verb, operation.noun] + slots).joined(separator: " ")
    }
    guard positionals.count <= slotCount else {
      throw .runtimeError(
        .runtime(
          at: statement,
          "\(operation.name) takes \(slotCount) positional value(s), got \(positionals.count): \(usage)")
      )
    }
    guard positionals.count >= parameters.count else {
      let missing = parameters[positionals.count]
      throw .runtimeError(.runtime(at: statement, "\(operation.name) needs its \(missing): \(usage)"))
    }
    var path = operation.path
    for (name, positional) in zip(parameters, positionals) {
      let value = text(of: try interpreter.require(positional, in: statement))
      path = path.replacing("{\(name)}", with: PercentEncoding.encode(value))
    }
    for (name, positional) in zip(operation.positionalFields, positionals.dropFirst(parameters.count)) {
      let value = try value(of: positional, for: operation.field(named: name))
      if body != nil {
        body?[name] = value
      } else {
        query.append(QueryItem(name: name, value: text(of: value)))
      }
    }
    return path
  }

  // MARK: - Items

  private func add(_ item: Item, to parts: inout Parts) throws(Interruption) {
    switch item.kind {
    case .header:
      parts.headers.add(item.key, text(of: try interpreter.require(item.value, in: statement)))
    case .query:
      parts.query.append(QueryItem(name: item.key, value: text(of: try interpreter.require(item.value, in: statement))))
    case .field, .rawJSON:
      let value = item.kind == .rawJSON ? try rawJSON(item) : try fieldValue(item)
      if parts.body != nil, !item.key.utf8.contains(UInt8(ascii: ".")) {
        parts.body?[item.key] = value
      } else if parts.body != nil {
        var root = JSONValue.object(parts.body ?? JSONObject())
        root.setValue(value, at: JSONPath(steps: item.key.split(separator: ".").map { .key(String($0)) }))
        parts.body = root.objectValue
      } else {
        parts.query.append(QueryItem(name: item.key, value: text(of: value)))
      }
    }
  }

  /// `key=value`: typed by the catalog field when the value is a bare word (or a lone value for an array field).
  private func fieldValue(_ item: Item) throws(Interruption) -> JSONValue {
    let fieldName = Operation.fieldName(of: item)
    let isNested = fieldName != item.key
    guard let operation else {
      if case .bareWord(let word) = item.value { return .string(word) }
      return try interpreter.require(item.value, in: statement)
    }
    let field = operation.field(named: fieldName)
    if field == nil, let warning = operation.unknownFieldWarning(for: item, sourceLine: statement.sourceLine) {
      interpreter.output.line(warning.rendered, to: .error)
    }
    if isNested, case .bareWord(let word) = item.value {
      return .string(word)
    }
    return isNested ? try interpreter.require(item.value, in: statement) : try value(of: item.value, for: field)
  }

  /// A value given to a catalog field (by item or by position): bare words
  /// typed by the field, a lone value for an array field wrapped.
  private func value(of value: Value, for field: Field?) throws(Interruption) -> JSONValue {
    if case .bareWord(let word) = value {
      return Coercion.coerce(word, to: field)
    }
    let resolved = try interpreter.require(value, in: statement)
    if case .array? = field?.type, resolved.arrayValue == nil {
      return .array([resolved])
    }
    return resolved
  }

  /// `key:=json`: raw JSON, never coerced. Strings and bare words hold JSON text.
  private func rawJSON(_ item: Item) throws(Interruption) -> JSONValue {
    switch item.value {
    case .string, .rawString, .bareWord:
      let source = text(of: try interpreter.require(item.value, in: statement))
      do {
        return try JSONValue(parsing: source)
      } catch {
        throw .runtimeError(
          .runtime(at: statement, column: item.location.column, "\(item.key):= needs JSON: \(error)"))
      }
    default:
      return try interpreter.require(item.value, in: statement)
    }
  }

  /// Splits `/v1/profiles?limit=1` into the path and its decoded query items.
  private func split(_ target: String) -> (String, [QueryItem]) {
    guard let mark = target.firstIndex(of: "?") else { return (target, []) }
    return (String(target[..<mark]), QueryItem.parse(target[target.index(after: mark)...]))
  }
}
