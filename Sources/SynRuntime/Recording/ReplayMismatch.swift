/// Why a replay cannot answer a request: what the user reads after `METHOD PATH failed:`.
struct ReplayMismatch: Error, CustomStringConvertible {
  enum Kind {
    /// The recording holds nothing for the case.
    case empty
    /// Requests like it were recorded `times` times, and the run has used every answer.
    case usedUp(times: Int)
    /// The recorded request most like it: `entry` (0-based in `log.entries`) and how the sent one differs.
    case nearest(entry: Int, exchange: RecordedExchange, differences: [ShapeDifference])
  }

  var cassette: String
  var kind: Kind

  var description: String {
    switch kind {
    case .empty:
      return "the recording \(cassette) holds no request for this case"
    case .usedUp(let times):
      return "the recording \(cassette) answers this request \(times) time\(times == 1 ? "" : "s"), and each answer "
        + "is used: the run sent it more often than the recorded run did"
    case .nearest(let entry, let exchange, let differences):
      let sender = [exchange.source, exchange.statement.map { "`\($0)`" }].compactMap(\.self).joined(separator: " ")
      return "no request recorded in \(cassette) matches it; the nearest is log.entries[\(entry)], "
        + "\(exchange.requestLine)" + (sender.isEmpty ? "" : " (sent by \(sender))") + ", which differs in\n"
        + differences.map { "    \($0)" }.joined(separator: "\n")
    }
  }
}
