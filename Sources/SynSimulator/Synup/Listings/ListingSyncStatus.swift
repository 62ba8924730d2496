/// A listing's `syncStatus` (synup-sections.md 4.6, the evidenced enum).
enum ListingSyncStatus: String, Sendable, Codable, CaseIterable {
  case inProgress = "IN_PROGRESS"
  case synced = "SYNCED"
  case failed = "FAILED"
  case requiringAction = "REQUIRING_ACTION"
  case available = "AVAILABLE"
  case completed = "COMPLETED"
  case pendingApproval = "PENDING_APPROVAL"

  /// The text shown with the status on `site` (4.6's `displayStatus`).
  func displayStatus(on site: DirectorySite) -> String {
    switch self {
    case .synced: "Live"
    case .inProgress: "Submitted"
    case .failed: "Submission incomplete"
    case .pendingApproval: "Pending partner approval"
    case .available: "Available"
    case .completed: "Completed"
    case .requiringAction: site.syncMode == .connect ? "Connect account" : "Claim required"
    }
  }
}
