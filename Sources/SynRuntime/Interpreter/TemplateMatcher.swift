import SynJSON
import SynLanguage

/// One place where a value does not fit its template, printed as
/// language.md section 4.1 lays it out:
/// `.createdAt: expected #timestamp, actual "yesterday"` or `.nickname: not in the template`.
struct Mismatch: Sendable, Equatable {
  var path: JSONPath
  /// What the template wanted there; `nil` for a key the template does not have.
  var expected: String?
  var actual: String

  /// Values longer than this many characters are cut in a report.
  static let valueLimit = 60

  /// The report line, the path spelled by `spelling` (under the subject's own path, say).
  func text(spelling: (JSONPath) -> String = \.description) -> String {
    guard let expected else { return "\(spelling(path)): not in the template" }
    return "\(spelling(path)): expected \(expected), actual \(actual)"
  }

  /// A value as a report shows it: compact JSON cut to `valueLimit`, or `missing`.
  static func describe(_ value: JSONValue?) -> String {
    elided(Verdict.describe(value))
  }

  static func elided(_ text: String) -> String {
    text.count <= valueLimit ? text : String(text.prefix(valueLimit - 3)) + "..."
  }
}

/// `matches TEMPLATE` and `contains TEMPLATE` (language.md section 4.1): how
/// a value fits a template whose variables and paths are already replaced
/// by their values, with every mismatch found, not only the first.
enum TemplateMatcher {
  /// The mismatches of `actual` against `template` as `matches` reads it:
  /// objects have exactly the template's keys (but those whose marker
  /// accepts absence, and any key when the template ends with `...`);
  /// arrays have the same length and match element by element; numbers
  /// compare by value.
  static func mismatches(_ actual: JSONValue?, _ template: JSONTemplate, at path: JSONPath = .root) -> [Mismatch] {
    var found: [Mismatch] = []
    match(actual, template, at: path, into: &found)
    return found
  }

  /// The mismatches of `actual` against `template` as `contains` reads it:
  /// every key and value of the template is found, recursively, markers
  /// included; an array template's elements are each contained in some
  /// element, in any order. At the top, a string contains a substring and
  /// an array an element the template is contained in.
  static func containment(_ actual: JSONValue?, _ template: JSONTemplate, at path: JSONPath = .root) -> [Mismatch] {
    switch (actual, template) {
    case (.string(let text)?, .constant(.string(let part))):
      return text.contains(part)
        ? [] : [Mismatch(path: path, expected: "a substring \(describe(template))", actual: Mismatch.describe(actual))]
    case (.array(let elements)?, _) where !isArray(template):
      if elements.contains(where: { contain($0, template, at: path).isEmpty }) { return [] }
      return [
        Mismatch(path: path, expected: "an element like \(describe(template))", actual: Mismatch.describe(actual))
      ]
    default:
      return contain(actual, template, at: path)
    }
  }

  /// Whether `marker` accepts `value` (`nil` when the key is absent).
  static func accepts(_ marker: Marker, _ value: JSONValue?) -> Bool {
    switch (marker, value) {
    case (.ignore, _): true
    case (.absent, let value): value == nil
    case (_, nil): marker.acceptsAbsence
    case (.any, _?): true
    case (.type(_, optional: true), .null?): true
    case (.type(let type, _), let value?): TypeCheck.matches(value, type)
    case (.regex(let pattern), .string(let text)?): (try? Regex(pattern).firstMatch(in: text)) != nil
    case (.regex, _?): false
    }
  }

  // MARK: - matches

  private static func match(
    _ actual: JSONValue?, _ template: JSONTemplate, at path: JSONPath, into found: inout [Mismatch]
  ) {
    switch expanded(template) {
    case .marker(let marker):
      if !accepts(marker, actual) { found.append(differs(at: path, template, actual)) }
    case .object(let members, let admitsOtherKeys):
      guard case .object(let object)? = actual else { return found.append(differs(at: path, template, actual)) }
      for (key, value) in members {
        let member = object[key]
        if member == nil, isAbsenceAccepted(by: value) { continue }
        match(member, value, at: path.appending(.key(key)), into: &found)
      }
      guard !admitsOtherKeys else { return }
      let keys = Set(members.map(\.key))
      for member in object.members where !keys.contains(member.key) {
        found.append(
          Mismatch(path: path.appending(.key(member.key)), expected: nil, actual: Mismatch.describe(member.value)))
      }
    case .array(let elements):
      guard case .array(let values)? = actual else { return found.append(differs(at: path, template, actual)) }
      if values.count != elements.count {
        found.append(Mismatch(path: path, expected: "\(elements.count) elements", actual: Mismatch.describe(actual)))
      }
      for (index, (value, element)) in zip(values, elements).enumerated() {
        match(value, element, at: path.appending(.index(index)), into: &found)
      }
    case .constant(let value):
      if actual != value { found.append(differs(at: path, template, actual)) }
    case .variable, .responsePath:
      preconditionFailure("a template is matched after its variables and paths are replaced")
    }
  }

  // MARK: - contains

  private static func contain(_ actual: JSONValue?, _ template: JSONTemplate, at path: JSONPath) -> [Mismatch] {
    switch expanded(template) {
    case .object(let members, _):
      guard case .object(let object)? = actual else { return [differs(at: path, template, actual)] }
      return members.flatMap { key, value -> [Mismatch] in
        let member = object[key]
        if member == nil, isAbsenceAccepted(by: value) { return [] }
        return contain(member, value, at: path.appending(.key(key)))
      }
    case .array(let elements):
      guard case .array(let values)? = actual else { return [differs(at: path, template, actual)] }
      return elements.compactMap { element in
        if values.contains(where: { contain($0, element, at: path).isEmpty }) { return nil }
        return Mismatch(path: path, expected: "an element like \(describe(element))", actual: Mismatch.describe(actual))
      }
    default:
      return mismatches(actual, template, at: path)
    }
  }

  // MARK: - Pieces

  /// The template one level down: a constant object or array as a template of constants, the rest as is.
  private static func expanded(_ template: JSONTemplate) -> JSONTemplate {
    switch template {
    case .constant(.object(let object)):
      .object(object.members.map { (key: $0.key, value: .constant($0.value)) }, admitsOtherKeys: false)
    case .constant(.array(let values)): .array(values.map(JSONTemplate.constant))
    default: template
    }
  }

  private static func isArray(_ template: JSONTemplate) -> Bool {
    if case .array = expanded(template) { true } else { false }
  }

  /// Whether a key whose template value is `template` may be missing.
  private static func isAbsenceAccepted(by template: JSONTemplate) -> Bool {
    if case .marker(let marker) = template { marker.acceptsAbsence } else { false }
  }

  /// How a template prints as the expected side: a marker or a value as
  /// written; an object or array template by its kind, when the actual value
  /// is of another kind, since the template is in the statement above.
  private static func describe(_ template: JSONTemplate) -> String {
    Mismatch.elided(template.text)
  }

  private static func differs(at path: JSONPath, _ template: JSONTemplate, _ actual: JSONValue?) -> Mismatch {
    let expected: String
    switch expanded(template) {
    case .object: expected = "an object"
    case .array: expected = "an array"
    default: expected = describe(template)
    }
    return Mismatch(path: path, expected: expected, actual: Mismatch.describe(actual))
  }
}
