/// The account's listing facts (synup-sections.md 5.1 `listingState` and
/// `duplicateMarks`). Statuses are derived from them at read time (G1).
struct SynupListingState: Sendable, Codable {
  /// One location's listing on one site.
  struct SiteKey: Hashable, Sendable, Codable {
    let locationNumber: Int
    let siteID: Int
  }

  /// A location's live sync epoch (G1): its index, its start, and the last attempt of it applied.
  struct Epoch: Sendable, Codable {
    let index: Int
    let start: Timestamp
    var applied: ListingSyncAttempt.Position?
  }

  /// What `mock listing` set: shown from `at` until the next epoch starts.
  struct Override: Sendable, Codable {
    let status: ListingSyncStatus
    let syncIssue: String?
    let listingUrl: String?
    let at: Timestamp
  }

  enum DuplicateMark: String, Sendable, Codable {
    case duplicate = "DUPLICATE"
    case notDuplicate = "NOT_DUPLICATE"
  }

  /// By location number; a location without one is in epoch 0 since its creation.
  var epochs: [Int: Epoch] = [:]
  var overrides: [SiteKey: Override] = [:]
  /// When each listing was first SYNCED: its duplicates exist from then on (G2).
  var firstSyncedAt: [SiteKey: Timestamp] = [:]
  /// By duplicate item number; POTENTIAL when absent.
  var duplicateMarks: [Int: DuplicateMark] = [:]
  var queue = ListingSyncQueue()
}
