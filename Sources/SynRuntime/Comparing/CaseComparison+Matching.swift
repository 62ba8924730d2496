import SynLanguage

extension CaseComparison {
  /// What one side's run of a case left to compare.
  struct Run {
    var sent: [SentRequest]
    var trace: CaseTrace
    /// True when the case failed on this side: the requests after the failure were never sent.
    var failed: Bool
  }

  /// Matches the two runs statement by statement: the n-th request a
  /// statement sent on one side with its n-th on the other. A statement that
  /// passed on one side and failed on the other is a difference too; the
  /// requests a failed side never reached are not listed one by one, since
  /// that line says why.
  init(sides: ComparedSides, first: Run, second: Run) {
    self.sides = sides
    var differences: [StatementDifference] = []
    let firstSent = Self.numbered(first.sent)
    let secondSent = Self.numbered(second.sent)
    let secondByKey = Dictionary(secondSent.map { ($0.key, $0.request) }, uniquingKeysWith: { earlier, _ in earlier })
    let firstKeys = Set(firstSent.map(\.key))
    for (key, request) in firstSent {
      let found: [AnswerDifference]
      if let other = secondByKey[key] {
        found = AnswerDiffer.differences(between: request.answer, and: other.answer)
      } else {
        found = second.failed ? [] : [AnswerDifference(.request, first: "sent", second: "not sent")]
      }
      differences += found.map {
        StatementDifference(location: request.location, statement: request.label, occurrence: key.time, difference: $0)
      }
    }
    if !first.failed {
      for (key, request) in secondSent where !firstKeys.contains(key) {
        differences.append(
          StatementDifference(
            location: request.location, statement: request.label, occurrence: key.time,
            difference: AnswerDifference(.request, first: "not sent", second: "sent")))
      }
    }
    differences += Self.outcomeDifferences(first.trace, second.trace)
    // In source order; a statement's own differences keep the order they were found in.
    self.differences = differences.enumerated().sorted { left, right in
      let (l, r) = (left.element.location, right.element.location)
      return (l.file, l.line, l.column, left.offset) < (r.file, r.line, r.column, right.offset)
    }.map(\.element)
  }

  /// A request's place: its statement and which of that statement's requests it was.
  private struct Key: Hashable {
    var location: SourceLocation
    var time: Int
  }

  private static func numbered(_ sent: [SentRequest]) -> [(key: Key, request: SentRequest)] {
    var times: [SourceLocation: Int] = [:]
    return sent.map { request in
      times[request.location, default: 0] += 1
      return (Key(location: request.location, time: times[request.location, default: 1]), request)
    }
  }

  /// The top-level statements that failed on one side and passed on the other.
  private static func outcomeDifferences(_ first: CaseTrace, _ second: CaseTrace) -> [StatementDifference] {
    let secondSteps = Dictionary(second.steps.map { ($0.location, $0) }, uniquingKeysWith: { earlier, _ in earlier })
    return first.steps.compactMap { step in
      guard let other = secondSteps[step.location], step.status != other.status,
        [step.status, other.status].contains(.failed), [step.status, other.status].contains(.passed)
      else { return nil }
      return StatementDifference(
        location: step.location, statement: Mismatch.elided(step.text),
        difference: AnswerDifference(.outcome, first: step.status.rawValue, second: other.status.rawValue))
    }
  }
}
