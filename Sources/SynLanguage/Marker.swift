/// A marker of a template (language.md section 4.1): a value of a
/// `matches` or `contains` template that stands for a kind of value rather
/// than one value. This is the whole marker vocabulary: the parser, the
/// matcher, completion and `:help` read it, and `description` writes a
/// marker back as a template spells it.
public enum Marker: Sendable, Hashable, CustomStringConvertible {
  /// `#string`, `#uuid`, ...: a value of the type; with `optional` (`#string?`), also null or an absent key.
  case type(TypeName, optional: Bool)
  /// `#any`: any value, null included, but present.
  case any
  /// `#ignore`: present or absent, anything.
  case ignore
  /// `#absent`: the key must not be there.
  case absent
  /// `#regex /.../`: a string the regular expression finds a match in.
  case regex(String)

  /// The marker names without their `#`, the types of section 4 first.
  public static let names = TypeName.allCases.map(\.rawValue) + ["any", "ignore", "absent", "regex"]

  /// The marker named `name` (without `#` or `?`), or `nil`; `#regex` takes
  /// its pattern from what follows and is not returned here.
  public init?(name: String, optional: Bool = false) {
    switch name {
    case "any": self = .any
    case "ignore": self = .ignore
    case "absent": self = .absent
    default:
      guard let type = TypeName(rawValue: name) else { return nil }
      self = .type(type, optional: optional)
    }
  }

  /// Whether a key whose template value is this marker may be missing.
  public var acceptsAbsence: Bool {
    switch self {
    case .type(_, let optional): optional
    case .ignore, .absent: true
    case .any, .regex: false
    }
  }

  /// The marker as written in a template: `#string?`, `#regex /^a/`.
  public var description: String {
    switch self {
    case .type(let type, let optional): "#" + type.rawValue + (optional ? "?" : "")
    case .any: "#any"
    case .ignore: "#ignore"
    case .absent: "#absent"
    case .regex(let pattern): "#regex /" + pattern.replacing("/", with: "\\/") + "/"
    }
  }
}
