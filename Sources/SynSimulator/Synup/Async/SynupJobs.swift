import SynJSON

/// The pending jobs `mock finish` completes now (synup-sections.md 5.6).
enum SynupJobKind: String, Sendable, CaseIterable {
  case gridReport = "grid-report"
  case photoUpload = "photo-upload"
  case matches
  case response
}

/// How `mock finish` ends a job: grid reports ignore it.
enum SynupJobOutcome: String, Sendable, CaseIterable {
  case success, error
}

extension SynupAccount {
  /// Completes the pending jobs of `kind` (only the one named `id` when given)
  /// at `now`, in creation order, and answers one
  /// `{"kind","id","status"}` per job finished.
  mutating func finishJobs(of kind: SynupJobKind, id: String?, outcome: SynupJobOutcome, at now: Timestamp)
    -> [JSONValue]
  {
    switch kind {
    case .gridReport: finishGridReports(id: id, at: now)
    case .photoUpload: finishPhotoRequests(id: id, outcome: outcome, at: now)
    case .matches: finishMatchRuns(id: id, outcome: outcome, at: now)
    case .response: finishResponses(id: id, outcome: outcome, at: now)
    }
  }
}
