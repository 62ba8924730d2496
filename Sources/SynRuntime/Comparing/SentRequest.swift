import SynLanguage

/// A request a statement sent and its answer, as a session records it for
/// `--compare`: the two runs of a case are matched statement by statement.
struct SentRequest {
  var location: SourceLocation
  /// `create profile`, `send GET /v1/profiles`: how a difference line names the statement.
  var label: String
  var answer: AnswerDiffer.Answer
}

extension Statement {
  /// How a difference line names a request statement; nil for other statements (a `mock` one is the simulator's).
  var requestLabel: String? {
    switch kind {
    case .request(let request): "\(request.verb.text) \(request.noun.text)"
    case .send(let request): "send \(request.method) \(request.path.constantText ?? "…")"
    default: nil
    }
  }
}
