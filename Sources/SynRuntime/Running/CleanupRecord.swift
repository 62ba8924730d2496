/// One resource the cleanup after a case tried to remove, and how that went:
/// what the test output, every report and the summary say, so a leak is never silent.
public struct CleanupRecord: Sendable, Equatable {
  public enum Outcome: String, Sendable {
    case deleted
    /// The removal answered 404: something else took it first (a profile's accounts go with the profile).
    case alreadyGone = "already gone"
    /// Refused, or no answer: the resource is still there.
    case notDeleted = "not deleted"
  }

  /// `profile`, `location`.
  public var resource: String
  public var id: String
  /// The removal as the language names it: `delete profile`, `archive location`.
  public var operation: String
  /// The removal's status; nil when it got no answer.
  public var status: Int?
  public var outcome: Outcome
  /// Why it was not deleted: `409 post_already_published (…)`, or the transport's failure.
  public var reason: String?

  /// `not deleted: post 12 (delete post: 409 post_already_published (…))`: one line of a report.
  public var summary: String {
    "\(outcome.rawValue): \(resource) \(id) (\(operation): \(reason ?? status.map(String.init) ?? "no answer"))"
  }
}

extension [CleanupRecord] {
  /// `cleanup: deleted profile 7f3…, post 12; could not delete post 9: 409 post_already_published (…)`;
  /// nil when there was nothing to clean up.
  public var line: String? {
    guard !isEmpty else { return nil }
    var parts: [String] = []
    for outcome in [CleanupRecord.Outcome.deleted, .alreadyGone] {
      let named = filter { $0.outcome == outcome }.map { "\($0.resource) \($0.id)" }
      if !named.isEmpty { parts.append("\(outcome.rawValue) " + named.joined(separator: ", ")) }
    }
    for record in self where record.outcome == .notDeleted {
      parts.append("could not delete \(record.resource) \(record.id): \(record.reason ?? "no answer")")
    }
    return "cleanup: " + parts.joined(separator: "; ")
  }
}
