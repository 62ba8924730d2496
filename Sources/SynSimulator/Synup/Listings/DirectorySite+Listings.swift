/// How a directory site takes listings (synup-sections.md Appendix A.1's
/// `premium`, `mode`, `dup` and `syScore` columns, read by G1 and G2).
extension DirectorySite {
  /// G1's modes: synced by Synup on its own, through a connected account, or never without a verified account.
  enum SyncMode: Sendable {
    case auto, connect, gated
  }

  /// Site ids by column; every other site is `auto`, not premium and free of duplicates.
  private static let premiumIDs: Set<Int> = [1, 2, 3, 4, 5, 6, 224]
  private static let duplicateIDs: Set<Int> = [6, 48, 75, 162, 314]
  private static let scores = [1: "10", 2: "9", 3: "9", 4: "8", 5: "8", 6: "6", 224: "5", 48: "3"]

  static let google = 1
  static let yelp = 2
  static let facebook = 3
  static let bing = 4
  static let appleMaps = 5
  static let foursquare = 6

  var isPremium: Bool { DirectorySite.premiumIDs.contains(id) }

  var syncMode: SyncMode {
    switch id {
    case DirectorySite.google, DirectorySite.facebook: .connect
    case DirectorySite.yelp: .gated
    default: .auto
    }
  }

  /// Whether the site may carry duplicates of a location's listing (G2).
  var mayCarryDuplicates: Bool { DirectorySite.duplicateIDs.contains(id) }

  var syScore: String { DirectorySite.scores[id] ?? "2" }

  /// The relay id `Site:N` of listings.
  var relayID: RelayID { RelayID(.site, id) }

  /// The sites with a listing for a location in `countryIso`, in table order.
  static func supporting(_ countryIso: String) -> [DirectorySite] {
    all.filter { $0.supportedCountries.contains(countryIso) }
  }

  /// The site of Appendix A's `id`.
  static func withID(_ id: Int) -> DirectorySite? {
    all.first { $0.id == id }
  }

  /// The site a `mock listing` names: its url, its name (any case) or its id.
  static func named(_ text: String) -> DirectorySite? {
    all.first { $0.url == text || $0.name.lowercased() == text.lowercased() || String($0.id) == text }
  }
}
