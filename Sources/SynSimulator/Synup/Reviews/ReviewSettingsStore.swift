/// Each location's review-source URLs (synup-sections.md 5.1 `reviewSettings`):
/// a URL set at `since` also runs the source's review stream from then (G5).
struct ReviewSettingsStore: Sendable, Codable {
  struct SourceURL: Sendable, Codable, Equatable {
    let url: String
    let since: Timestamp
  }

  /// Location number → source url → its URL.
  private var urls: [Int: [String: SourceURL]] = [:]

  func url(locationNumber: Int, source: String) -> SourceURL? {
    urls[locationNumber]?[source]
  }

  /// Sets the URL (keeping `since` when it is unchanged), or removes it when `url` is nil.
  mutating func set(_ url: String?, locationNumber: Int, source: String, at now: Timestamp) {
    guard let url else {
      urls[locationNumber]?[source] = nil
      return
    }
    if urls[locationNumber]?[source]?.url == url { return }
    urls[locationNumber, default: [:]][source] = SourceURL(url: url, since: now)
  }

  /// Every (location, source) with a URL set, by location then source.
  var all: [(locationNumber: Int, source: String, url: SourceURL)] {
    urls.keys.sorted().flatMap { number in
      urls[number, default: [:]].sorted { $0.key < $1.key }.map { (number, $0.key, $0.value) }
    }
  }
}
