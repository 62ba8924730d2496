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
    fields.first(where: { HTTPHeaders.isSameName($0.name, name) })?.value
  }

  /// Whether two field names are the same name: they are ASCII tokens (RFC
  /// 9110 section 5.1), compared ignoring ASCII case. Read for every header a
  /// request is asked for, so no lowercased copy is made.
  public static func isSameName(_ first: String, _ second: String) -> Bool {
    first.utf8.elementsEqual(second.utf8) { asciiLowercase($0) == asciiLowercase($1) }
  }

  @inline(__always)
  private static func asciiLowercase(_ byte: UInt8) -> UInt8 {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
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
    fields.removeAll { HTTPHeaders.isSameName($0.name, name) }
  }

  public func makeIterator() -> IndexingIterator<[Field]> {
    fields.makeIterator()
  }
}

/// Where requests go: the in-process simulator or a server over HTTP.
public protocol Backend: Sendable {
  func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
