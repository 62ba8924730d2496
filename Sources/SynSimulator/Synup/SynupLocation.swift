import SynJSON

/// A business location (`Location:N`, `databaseId` N, and a `uid` UUID).
struct SynupLocation: Sendable, Codable {
  let number: Int
  let uid: ResourceID
  var fields: LocationFields
  var folderId: ResourceID
  /// When archival was asked for; nil while active (see `status(at:)`).
  var archivalScheduledAt: Timestamp?
  let createdAt: Timestamp
  var updatedAt: Timestamp

  var id: RelayID { RelayID(.location, number) }

  /// Where the location is in its lifecycle at `now`. Archival is scheduled
  /// until the billing cycle ends, the start of the next calendar month, and
  /// is done from then on (decision 5, with time standing in for the invoice).
  func status(at now: Timestamp) -> LocationStatus {
    guard let archivedAt = archivedAt else { return .active }
    return now < archivedAt ? .archiveScheduled : .archived
  }

  /// When a scheduled archival takes effect.
  var archivedAt: Timestamp? {
    archivalScheduledAt?.startOfNextMonth
  }
}

/// The `status` of an archive, activate or cancel result.
enum LocationStatus: String, Sendable {
  case active = "ACTIVE"
  case archiveScheduled = "ARCHIVE_SCHEDULED"
  case archived = "ARCHIVED"
}

/// The account's locations, numbered from 1 in creation order (locations are
/// archived, never deleted), with the indexes the uniqueness rules need.
struct SynupLocationStore: Sendable {
  /// What SY10017 keeps unique: name (any case), phone digits and postal code.
  struct Identity: Hashable, Sendable {
    var name: String
    var phone: String
    var postalCode: String

    init(_ fields: LocationFields) {
      name = fields.name.lowercased()
      phone = fields.phone
      postalCode = fields.postalCode
    }
  }

  private(set) var all: [SynupLocation] = []
  private var numberByStoreId: [String: Int] = [:]
  private var numberByIdentity: [Identity: Int] = [:]
  private var uids: Set<ResourceID> = []

  var count: Int { all.count }

  /// Whether a location has the `uid`.
  func holds(uid: ResourceID) -> Bool {
    uids.contains(uid)
  }

  func location(_ id: RelayID) -> SynupLocation? {
    all.indices.contains(id.number - 1) ? all[id.number - 1] : nil
  }

  func holder(ofStoreId storeId: String) -> Int? {
    numberByStoreId[storeId]
  }

  func holder(of identity: Identity) -> Int? {
    numberByIdentity[identity]
  }

  /// Stores a location made by `make` from the next number.
  mutating func insert(_ make: (Int) -> SynupLocation) -> SynupLocation {
    let location = make(all.count + 1)
    all.append(location)
    uids.insert(location.uid)
    index(location)
    return location
  }

  /// Saves changes to an existing location.
  mutating func replace(_ location: SynupLocation) {
    let old = all[location.number - 1]
    if let storeId = old.fields.storeId { numberByStoreId[storeId] = nil }
    numberByIdentity[Identity(old.fields)] = nil
    all[location.number - 1] = location
    index(location)
  }

  private mutating func index(_ location: SynupLocation) {
    if let storeId = location.fields.storeId { numberByStoreId[storeId] = location.number }
    numberByIdentity[Identity(location.fields)] = location.number
  }
}
