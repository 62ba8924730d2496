import SynJSON

/// Match runs as due events (synup-sections.md 5.3) and as `mock finish kind=matches` jobs (5.6).
extension SynupAccount {
  /// The earliest running match run due at or before `time`.
  func nextMatchRun(through time: Timestamp) -> SynupDueEvent? {
    connectedAccounts.all.enumerated().compactMap { order, account in
      guard account.matchStatus == .inProgress, let due = account.matchDueAt, due <= time else { return nil }
      return SynupDueEvent(due: due, kind: .matchRun, order: order, key: account.id.text)
    }.min()
  }

  /// Completes the match run `event` names, as of its due time.
  mutating func applyMatchRun(_ event: SynupDueEvent) {
    guard let id = ResourceID(Substring(event.key)) else { return }
    completeMatchRun(of: id, at: event.due)
  }

  /// `mock finish kind=matches`: the running match runs (only account `id`'s
  /// when given) end now, in creation order; `error` fails them.
  mutating func finishMatchRuns(id: String?, outcome: SynupJobOutcome, at now: Timestamp) -> [JSONValue] {
    let running = connectedAccounts.all.filter { account in
      account.matchStatus == .inProgress && (id.map { ResourceID(Substring($0)) == account.id } ?? true)
    }
    return running.map { account in
      switch outcome {
      case .success:
        completeMatchRun(of: account.id, at: now)
      case .error:
        connectedAccounts.update(account.id) { account in
          account.matchStatus = .failed
          account.matchDueAt = nil
        }
      }
      let status = connectedAccounts.account(account.id)?.matchStatus ?? .failed
      return [
        "kind": .string(SynupJobKind.matches.rawValue), "id": .string(account.id.text),
        "status": .string(status.rawValue),
      ]
    }
  }
}
