/// The things that must happen at a time (synup-sections.md 5.3), in the
/// table's order, which breaks ties between events due at the same second.
enum SynupDueEventKind: Int, Sendable, Comparable, CaseIterable {
  case photoRequest, gridReport, matchRun, response, listingSync, streamReview

  static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One due event: when, what, and which record (`key`, the store's own handle).
struct SynupDueEvent: Sendable, Comparable {
  let due: Timestamp
  let kind: SynupDueEventKind
  /// Creation order within the kind, the last tie-break.
  let order: Int
  let key: String

  static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.due, lhs.kind, lhs.order) < (rhs.due, rhs.kind, rhs.order)
  }
}

extension SynupAccount {
  /// Applies every event due at or before `time` exactly once, earliest first,
  /// each as of its own due time (5.3 rule 1). Moving the clock back applies
  /// nothing and undoes nothing (rule 3).
  mutating func applyDueEvents(through time: Timestamp) {
    while let event = SynupDueEventKind.allCases.compactMap({ nextDueEvent(of: $0, through: time) }).min() {
      apply(event)
    }
  }

  /// The earliest event of `kind` not yet applied and due at or before `time`.
  private func nextDueEvent(of kind: SynupDueEventKind, through time: Timestamp) -> SynupDueEvent? {
    switch kind {
    case .photoRequest: nextPhotoRequestEvent(through: time)
    case .gridReport: nextGridReportEvent(through: time)
    case .matchRun: nextMatchRun(through: time)
    case .response: nextResponseCompletion(through: time)
    case .listingSync: nextListingSync(through: time)
    case .streamReview: nextStreamReview(through: time)
    }
  }

  /// Applies `event` as of `event.due`; afterwards `nextDueEvent` no longer offers it.
  private mutating func apply(_ event: SynupDueEvent) {
    switch event.kind {
    case .photoRequest: applyPhotoRequestEvent(event)
    case .gridReport: applyGridReportEvent(event)
    case .matchRun: applyMatchRun(event)
    case .response: applyResponseCompletion(event)
    case .listingSync: applyNextListingSync()
    case .streamReview: applyStreamReview(event)
    }
  }
}
