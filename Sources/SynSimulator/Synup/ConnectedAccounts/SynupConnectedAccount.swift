/// A Google or Facebook login an end user authorised (synup-sections.md 5.1
/// `connectedAccounts`, G6), with the publisher listings it sees and the
/// pending suggestions of its last match run.
struct SynupConnectedAccount: Sendable, Codable {
  enum MatchStatus: String, Sendable, Codable {
    case inProgress = "MATCH_IN_PROGRESS"
    case completed = "MATCH_COMPLETED"
    case failed = "MATCH_FAILED"
  }

  /// A Google Business Profile or Facebook Page of the account.
  struct PublisherListing: Sendable, Codable {
    let id: ResourceID
    let name: String
    let street: String
    let city: String
    let stateIso: String
    let postalCode: String
    let countryIso: String
    /// `(AAA) BBB-CCCC`, or the digits as stored when there are not 10.
    let phone: String
    let liveLink: String
    /// The location this listing mirrors; nil for an unclaimed listing.
    let mirroredLocationNumber: Int?
  }

  /// A pending match of a listing to a location.
  struct Suggestion: Sendable, Codable {
    let id: ResourceID
    let listingID: ResourceID
    let locationNumber: Int
    let createdAt: Timestamp
  }

  let id: ResourceID
  let publisher: SynupPublisher
  let email: String
  let connectedAt: Timestamp
  /// When matches were last asked for, or a match run last started.
  var lastFetchMatchesRequestedAt: Timestamp
  var matchStatus: MatchStatus
  /// When the running match run completes; nil when none runs.
  var matchDueAt: Timestamp?
  var listings: [PublisherListing] = []
  var suggestions: [Suggestion] = []

  func listing(_ id: ResourceID) -> PublisherListing? {
    listings.first { $0.id == id }
  }
}

/// The account's connected accounts, in creation order.
struct SynupConnectedAccounts: Sendable, Codable {
  private(set) var all: [SynupConnectedAccount] = []

  func account(_ id: ResourceID) -> SynupConnectedAccount? {
    all.first { $0.id == id }
  }

  /// The account of `publisher` with `email`, if one exists.
  func account(of publisher: SynupPublisher, email: String) -> SynupConnectedAccount? {
    all.first { $0.publisher == publisher && $0.email == email }
  }

  mutating func insert(_ account: SynupConnectedAccount) {
    all.append(account)
  }

  /// Applies `change` to the account `id` names; nothing when there is none.
  mutating func update(_ id: ResourceID, _ change: (inout SynupConnectedAccount) -> Void) {
    guard let index = all.firstIndex(where: { $0.id == id }) else { return }
    change(&all[index])
  }

  mutating func remove(_ id: ResourceID) {
    all.removeAll { $0.id == id }
  }
}
