import SynJSON
import SynLanguage
import SynRuntime

/// The expectations an answer met, as `:save --expect` writes them after its
/// request: `expect status N`, then the body as a template in which the
/// values `GeneratedValues` calls generated are markers and the rest is
/// literal, laid out over lines as `show` lays out JSON:
///
///     expect . matches {
///       "id": #uuid,
///       "name": "Alice"
///     }
///
/// A body that is a JSON string, number, boolean or null is checked with
/// `==` (or `is TYPE` when generated); an empty or non-JSON body only by its status.
struct AnswerExpectations: Equatable {
  var status: Int
  var body: JSONValue?

  /// The expectation statements, leaving out those the user typed after the request already (`besides`).
  func statements(besides typed: [String]) -> [String] {
    var statements = ["expect status \(status)"]
    switch body {
    case nil:
      break
    case .some(let body) where body.arrayValue != nil || body.objectValue != nil:
      statements.append("expect . matches " + GeneratedValues.template(of: body))
    case .some(let body):
      statements.append(
        GeneratedValues.classify(body, at: .root).map { "expect . is \($0.type.rawValue)" }
          ?? "expect . == \(Self.quoted(body))")
    }
    return statements.filter { !typed.contains($0) }
  }

  /// `value` as a script writes it: JSON, with `$` escaped in a string (where it would interpolate).
  static func quoted(_ value: JSONValue) -> String {
    value.compactText.replacing("$", with: "\\$")
  }
}
