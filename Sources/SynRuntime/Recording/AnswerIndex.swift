import SynHTTP
import SynJSON

/// Where each generated value of the answers so far first appeared: which
/// exchange answered it, at which path. A later request that sends such a
/// value back is matched as "the value from that position", not by its text.
struct AnswerIndex: Sendable {
  /// A position in a recording: the `entry`-th exchange's answer, at `path` in its body.
  struct Position: Sendable, Equatable {
    var entry: Int
    var path: JSONPath
  }

  private var positions: [String: Position] = [:]

  /// The position of `text` in the newest answer that generated it.
  func position(of text: String) -> Position? {
    positions[text]
  }

  /// Adds the generated values of `response`, the answer to exchange `entry`:
  /// they now stand for that answer (the newest), at their first path in it.
  mutating func add(_ response: HTTPResponse, of entry: Int) {
    guard let body = try? JSONValue(parsing: response.body) else { return }
    var newest: [String: Position] = [:]
    for generated in GeneratedValues.values(in: body) {
      guard let text = Self.text(of: generated.value), newest[text] == nil else { continue }
      newest[text] = Position(entry: entry, path: generated.path)
    }
    positions.merge(newest) { _, new in new }
  }

  /// A scalar as a request would carry it: a string's text, a number's spelling.
  static func text(of value: JSONValue) -> String? {
    switch value {
    case .string(let text): text
    case .number(let number): number.text
    default: nil
    }
  }
}
