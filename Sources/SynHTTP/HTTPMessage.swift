/// An HTTP request as every layer of syn sees it: the interpreter builds it,
/// the simulator answers it in process, the live backend sends it over the wire.
public struct HTTPRequest: Sendable {
  public var method: String
  /// The path without the query, as sent (percent-encoded), e.g. `/v1/profiles/abc`.
  public var path: String
  /// Query parameters in order, decoded.
  public var query: [QueryItem]
  public var headers: HTTPHeaders
  public var body: [UInt8]

  public init(
    method: String, path: String, query: [QueryItem] = [], headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []
  ) {
    self.method = method
    self.path = path
    self.query = query
    self.headers = headers
    self.body = body
  }
}

public struct QueryItem: Sendable, Equatable {
  public var name: String
  public var value: String

  public init(name: String, value: String) {
    self.name = name
    self.value = value
  }
}

public struct HTTPResponse: Sendable {
  public var status: Int
  public var headers: HTTPHeaders
  public var body: [UInt8]

  public init(status: Int, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []) {
    self.status = status
    self.headers = headers
    self.body = body
  }
}

/// Header fields in order; names compare case-insensitively.
public struct HTTPHeaders: Sendable, Sequence {
  public struct Field: Sendable, Equatable {
    public var name: String
    public var value: String
  }

  public private(set) var fields: [Field] = []

  public init(_ pairs: [(String, String)] = []) {
    fields = pairs.map { Field(name: $0.0, value: $0.1) }
  }

  /// The first value of the field `name`, compared case-insensitively.
  public subscript(name: String) -> String? {
    let lowered = name.lowercased()
    return fields.first(where: { $0.name.lowercased() == lowered })?.value
  }

  public mutating func add(_ name: String, _ value: String) {
    fields.append(Field(name: name, value: value))
  }

  /// Replaces every field called `name` with one field holding `value`.
  public mutating func set(_ name: String, _ value: String) {
    remove(name)
    add(name, value)
  }

  public mutating func remove(_ name: String) {
    let lowered = name.lowercased()
    fields.removeAll { $0.name.lowercased() == lowered }
  }

  public func makeIterator() -> IndexingIterator<[Field]> {
    fields.makeIterator()
  }
}

/// Where requests go: the in-process simulator or a server over HTTP.
public protocol Backend: Sendable {
  func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
