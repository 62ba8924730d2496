/// What pretty-printed JSON writes around each kind of token: nothing in
/// `plain`; terminal colors at the prompt. SynJSON knows no colors: the caller
/// says which text goes before and after each kind.
public struct JSONTokenStyle: Sendable, Equatable {
  /// The text written just before a token and just after it.
  public struct Wrapping: Sendable, Equatable {
    public var prefix: String
    public var suffix: String

    public init(prefix: String, suffix: String) {
      self.prefix = prefix
      self.suffix = suffix
    }

    public static let none = Wrapping(prefix: "", suffix: "")
  }

  /// Object keys, quotes included.
  public var key: Wrapping
  /// String values, quotes included.
  public var string: Wrapping
  public var number: Wrapping
  /// `true` and `false`.
  public var boolean: Wrapping
  public var null: Wrapping
  /// `{`, `}`, `[`, `]`, `,` and `:` (one at a time; whitespace is never wrapped).
  public var punctuation: Wrapping

  public init(
    key: Wrapping = .none, string: Wrapping = .none, number: Wrapping = .none, boolean: Wrapping = .none,
    null: Wrapping = .none, punctuation: Wrapping = .none
  ) {
    self.key = key
    self.string = string
    self.number = number
    self.boolean = boolean
    self.null = null
    self.punctuation = punctuation
  }

  /// Writes every token as it is.
  public static let plain = JSONTokenStyle()
}

extension JSONTokenStyle: TokenMarker {
  func begin(_ token: JSONToken, in bytes: inout [UInt8]) {
    bytes.append(contentsOf: self[token].prefix.utf8)
  }

  func end(_ token: JSONToken, in bytes: inout [UInt8]) {
    bytes.append(contentsOf: self[token].suffix.utf8)
  }

  private subscript(token: JSONToken) -> Wrapping {
    switch token {
    case .key: key
    case .string: string
    case .number: number
    case .boolean: boolean
    case .null: null
    case .punctuation: punctuation
    }
  }
}
