/// A jq-style path into a JSON value: `.data[0].name`, `.["key with space"]`,
/// `.items[-1]`, or `.` for the value itself.
///
/// Keys compare as JSON compares them, scalar by scalar.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
  /// One step of a path.
  public enum Step: Sendable, Hashable {
    /// The member of an object with this key.
    case key(String)
    /// The element of an array at this position; negative positions count
    /// from the end (`-1` is the last element).
    case index(Int)
    /// `[*]`: every element of an array. Reading collects what the rest of
    /// the path finds in each element into one array (see `value(at:)`).
    case wildcard

    public static func == (lhs: Step, rhs: Step) -> Bool {
      switch (lhs, rhs) {
      case (.key(let left), .key(let right)): left.hasSameScalars(as: right)
      case (.index(let left), .index(let right)): left == right
      case (.wildcard, .wildcard): true
      default: false
      }
    }

    public func hash(into hasher: inout Hasher) {
      switch self {
      case .key(let key):
        hasher.combine(0)
        key.hashScalars(into: &hasher)
      case .index(let index):
        hasher.combine(1)
        hasher.combine(index)
      case .wildcard:
        hasher.combine(2)
      }
    }
  }

  /// The steps from the root, in order; empty for the root itself.
  public var steps: [Step]

  /// Creates the path made of `steps`; no steps is the root, `.`.
  public init(steps: [Step] = []) {
    self.steps = steps
  }

  /// The path to the value itself, `.`.
  public static var root: JSONPath { JSONPath() }

  /// Whether this is the root path, `.`.
  public var isRoot: Bool { steps.isEmpty }

  /// This path followed by `step`.
  public func appending(_ step: Step) -> JSONPath {
    JSONPath(steps: steps + [step])
  }

  /// This path followed by the steps of `other`.
  public func appending(_ other: JSONPath) -> JSONPath {
    JSONPath(steps: steps + other.steps)
  }

  /// The canonical spelling, which `init(parsing:)` reads back: `.` for the
  /// root, `.key` for identifier keys (`[A-Za-z_][A-Za-z0-9_-]*`), a bracketed
  /// JSON string for other keys (`.["x y"]`, `.a["x y"]`) and `[N]` for
  /// indices (`.data[0]`, `.[2]` as the first step), `[*]` for a wildcard.
  public var description: String {
    guard !steps.isEmpty else { return "." }
    var text = ""
    for (position, step) in steps.enumerated() {
      switch step {
      case .key(let key) where Self.isIdentifier(key):
        text += "." + key
      case .key(let key):
        var writer = JSONWriter(indent: nil)
        writer.write(string: key)
        text += (position == 0 ? ".[" : "[") + String(decoding: writer.bytes, as: UTF8.self) + "]"
      case .index(let index):
        text += (position == 0 ? ".[" : "[") + String(index) + "]"
      case .wildcard:
        text += position == 0 ? ".[*]" : "[*]"
      }
    }
    return text
  }

  /// Whether `key` can be written after a dot: `[A-Za-z_][A-Za-z0-9_-]*`.
  public static func isIdentifier(_ key: String) -> Bool {
    guard let first = key.utf8.first, isIdentifierStart(first) else { return false }
    return key.utf8.dropFirst().allSatisfy(isIdentifierContinuation)
  }

  static func isIdentifierStart(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"): true
    default: false
    }
  }

  static func isIdentifierContinuation(_ byte: UInt8) -> Bool {
    isIdentifierStart(byte) || NumberGrammar.isDigit(byte) || byte == UInt8(ascii: "-")
  }
}

/// Why a path could not be parsed or a value could not be set at a path.
public struct JSONPathError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong, e.g. `expected ']' after index`.
  public let message: String
  /// For parse errors, the 0-based UTF-8 byte offset of the problem in the
  /// parsed text or bytes; `nil` for errors of `setValue(_:at:)`.
  public let offset: Int?

  public init(message: String, offset: Int? = nil) {
    self.message = message
    self.offset = offset
  }

  /// The message, followed by the offset when there is one.
  public var description: String {
    guard let offset else { return message }
    return "\(message) (at offset \(offset))"
  }
}
