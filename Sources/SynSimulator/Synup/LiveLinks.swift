/// The pieces of G1's live links (synup-sections.md 5.4), which listings, publisher listings and review
/// permalinks share.
extension DataSeed {
  /// G1's Google live link, `https://maps.google.com/maps?cid=<cid>` with
  /// cid = 10¹⁸ + H("cid", key) mod 9·10¹⁸ (19 digits). The key is the location's
  /// number for a location's listing, the listing's uuid for an unclaimed publisher listing.
  func googleLiveLink(key: String) -> String {
    let cid = 1_000_000_000_000_000_000 + hash("cid", key) % 9_000_000_000_000_000_000
    return "https://maps.google.com/maps?cid=\(cid)"
  }
}

/// A name as a link segment: lower-cased, runs outside `[a-z0-9]` turned into
/// `-`, ends trimmed, `location` when nothing is left (G1).
struct ListingSlug {
  let text: String

  init(_ name: String) {
    var slug = ""
    for character in name.lowercased().unicodeScalars {
      if ("a"..."z").contains(character) || ("0"..."9").contains(character) {
        slug.unicodeScalars.append(character)
      } else if !slug.isEmpty, slug.last != "-" {
        slug += "-"
      }
    }
    while slug.last == "-" { slug.removeLast() }
    text = slug.isEmpty ? "location" : slug
  }
}
