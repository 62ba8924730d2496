import SynHTTP
import SynJSON

/// A request as a replay matches it: its method, its path segments, its
/// query parameters and its body's values, each reduced to a `Token`.
///
/// The rule (docs/live.md, "Replay"): a value that an earlier answer of the
/// same page generated (`GeneratedValues`) is "the value from that
/// position"; any other value that looks generated (an id, a time, a token
/// URL, a key) matches any value of its kind; everything else matches by
/// its text. Headers are not matched: they carry keys, dates and agents
/// that differ between runs.
struct RequestShape: Sendable {
  enum Token: Sendable, Equatable {
    case literal(String)
    case generated(GeneratedValue.Kind)
    case answered(AnswerIndex.Position)
  }

  /// One value of the request: `text` as sent, for messages, and the token it is matched by.
  struct Part: Sendable {
    var text: String
    var token: Token
  }

  var method: String
  var path: String
  var segments: [Part]
  /// `query NAME` (`query NAME #2` for a repeat) and `body .a.b` (`body` for a body that is not JSON), in request order.
  var fields: [(name: String, part: Part)]

  init(_ request: HTTPRequest, answers: AnswerIndex) {
    /// `shown` as messages show it; `text`, the value a request sends back, is looked up among the answers.
    func part(_ text: String?, shown: String, classified: GeneratedValue?) -> Part {
      if let position = text.flatMap(answers.position(of:)) { return Part(text: shown, token: .answered(position)) }
      if let classified { return Part(text: shown, token: .generated(classified.kind)) }
      return Part(text: shown, token: .literal(shown))
    }
    func part(_ text: String, named name: String?) -> Part {
      part(text, shown: text, classified: GeneratedValues.classify(text, named: name))
    }
    method = request.method.uppercased()
    path = request.path
    segments = request.path.split(separator: "/").map { part(PercentEncoding.decode($0) ?? String($0), named: nil) }
    fields = []
    var repeats: [String: Int] = [:]
    for item in request.query {
      repeats[item.name, default: 0] += 1
      let count = repeats[item.name] ?? 1
      fields.append(("query \(item.name)" + (count > 1 ? " #\(count)" : ""), part(item.value, named: item.name)))
    }
    guard !request.body.isEmpty else { return }
    guard let body = try? JSONValue(parsing: request.body) else {
      fields.append(("body", part(String(decoding: request.body, as: UTF8.self), named: nil)))
      return
    }
    for leaf in body.leaves {
      let shown = leaf.value.compactText
      fields.append(
        (
          "body \(leaf.path)",
          part(
            AnswerIndex.text(of: leaf.value), shown: shown,
            classified: GeneratedValues.classify(leaf.value, at: leaf.path))
        ))
    }
  }

  /// How a request with this shape differs from `recorded`; none when it matches.
  func differences(from recorded: RequestShape) -> [ShapeDifference] {
    var found: [ShapeDifference] = []
    if method != recorded.method {
      found.append(ShapeDifference(.method, "method", recorded: recorded.method, sent: method))
    }
    if segments.map(\.token) != recorded.segments.map(\.token) {
      found.append(ShapeDifference(.path, "path", recorded: recorded.path, sent: path))
    }
    let sent = Dictionary(fields.map { ($0.name, $0.part) }, uniquingKeysWith: { first, _ in first })
    let kept = Dictionary(recorded.fields.map { ($0.name, $0.part) }, uniquingKeysWith: { first, _ in first })
    for (name, part) in recorded.fields where sent[name]?.token != part.token {
      found.append(ShapeDifference(.field, name, recorded: part.text, sent: sent[name]?.text))
    }
    for (name, part) in fields where kept[name] == nil {
      found.append(ShapeDifference(.field, name, recorded: nil, sent: part.text))
    }
    return found
  }
}

/// One way a request differs from a recorded one.
struct ShapeDifference: Sendable, Equatable, CustomStringConvertible {
  /// What differs; a different method weighs more than a different path, which weighs more than a value.
  enum Kind: Int, Sendable {
    case field = 1
    case path = 10
    case method = 100
  }

  var kind: Kind
  /// `method`, `path`, `query limit`, `body .name`.
  var name: String
  /// The recorded text; nil when the recorded request had no such value.
  var recorded: String?
  /// The sent text; nil when the request sent no such value.
  var sent: String?

  init(_ kind: Kind, _ name: String, recorded: String?, sent: String?) {
    self.kind = kind
    self.name = name
    self.recorded = recorded
    self.sent = sent
  }

  /// `body .name: recorded "Alice", sent "Alicia"`.
  var description: String {
    "\(name): " + (recorded.map { "recorded \($0)" } ?? "not recorded") + ", "
      + (sent.map { "sent \($0)" } ?? "not sent")
  }
}
