/// G5's review streams (synup-sections.md 5.4): about one review a week per
/// (location, source) with a URL, and per connected Google or Facebook
/// listing, each arriving as a due event (5.3) at a time the data seed picks.
struct ReviewStream: Sendable {
  let locationNumber: Int
  let source: ReviewSource
  /// The source's URL, a connected listing's page for Google and Facebook.
  let url: String
  let since: Timestamp
  /// When the location is archived: nothing arrives from then.
  let end: Timestamp?

  /// The stream's mark key and the due event's `key`.
  var key: String { "\(locationNumber):\(source.url)" }
}

extension SynupAccount {
  /// Every running stream: the set URLs, then the Google and Facebook connections, by location.
  var reviewStreams: [ReviewStream] {
    let byURL = reviewSettings.all.compactMap { entry -> ReviewStream? in
      guard let source = ReviewSource.named(entry.source),
        let location = locations.location(RelayID(.location, entry.locationNumber))
      else { return nil }
      return ReviewStream(
        locationNumber: entry.locationNumber, source: source, url: entry.url.url, since: entry.url.since,
        end: location.archivedAt)
    }
    let connected = locations.all.flatMap { location in
      [ReviewSource.google, .facebook].compactMap { source -> ReviewStream? in
        guard let siteID = source.connectedSiteID,
          let connection = listingConnections.connection(locationNumber: location.number, siteID: siteID)
        else { return nil }
        return ReviewStream(
          locationNumber: location.number, source: source, url: connectedURL(of: source, location: location),
          since: connection.connectedAt,
          end: location.archivedAt)
      }
    }
    return byURL + connected
  }

  /// The earliest stream review not yet stored and due at or before `time` (5.3).
  func nextStreamReview(through time: Timestamp) -> SynupDueEvent? {
    reviewStreams.enumerated().compactMap { order, stream in
      firstArrival(of: stream, through: time).map {
        SynupDueEvent(due: $0, kind: .streamReview, order: order, key: stream.key)
      }
    }.min()
  }

  /// Stores the stream review due at `event.due` and emits `interaction.review`.
  mutating func applyStreamReview(_ event: SynupDueEvent) {
    guard let stream = reviewStreams.first(where: { $0.key == event.key }) else { return }
    let review = streamReview(of: stream, day: event.due.date)
    interactions.insert(review, stream: stream.key)
    emitReviewEvent(review, at: event.due)
  }

  mutating func emitReviewEvent(_ review: Interaction, at time: Timestamp) {
    outbox.emit(
      "interaction.review", locationNumber: review.locationNumber, data: review.reviewEventData(dataSeed), at: time)
  }

  /// The first arrival after the stream's start and its latest stored review, at or before `time`.
  private func firstArrival(of stream: ReviewStream, through time: Timestamp) -> Timestamp? {
    let after = max(stream.since, interactions.streamMark(stream.key) ?? stream.since)
    let last = stream.end.map { min($0.adding(seconds: -1), time) } ?? time
    guard after < last else { return nil }
    for day in after.date.daysSinceEpoch...last.date.daysSinceEpoch {
      let date = CivilDate(daysSinceEpoch: day)
      guard let arrival = arrival(of: stream, on: date), arrival > after, arrival <= last else { continue }
      if interactions.interaction(streamReviewID(stream, on: date)) == nil { return arrival }
    }
    return nil
  }

  private func arrival(of stream: ReviewStream, on date: CivilDate) -> Timestamp? {
    guard hash("rev", stream, date) % 7 == 0 else { return nil }
    return Timestamp(date: date, secondOfDay: Int(hash("revt", stream, date) % 86_400))
  }

  /// H(label, L, source, D): sources have no Appendix A.1 id, so they are written as their url.
  private func hash(_ label: String, _ stream: ReviewStream, _ date: CivilDate) -> UInt64 {
    dataSeed.hash(parts(label, stream, date))
  }

  /// H's parts for `stream` on `date`: the location's number, the source's url and the day.
  private func parts(_ label: String, _ stream: ReviewStream, _ date: CivilDate) -> [String] {
    [label, String(stream.locationNumber), stream.source.url, Timestamp(date: date, secondOfDay: 0).synupDay]
  }

  private func streamReviewID(_ stream: ReviewStream, on date: CivilDate) -> ResourceID {
    dataSeed.uuid(kind: "interaction", key: "\(stream.key):\(Timestamp(date: date, secondOfDay: 0).synupDay)")
  }

  /// G5's fields for the review of `stream` on `date`.
  private func streamReview(of stream: ReviewStream, day date: CivilDate) -> Interaction {
    let draw = dataSeed.unit(parts("revrating", stream, date))
    let rating =
      stream.source == .facebook
      ? (draw < 0.85 ? 5 : 1)
      : (draw < 0.50 ? 5 : draw < 0.75 ? 4 : draw < 0.85 ? 3 : draw < 0.90 ? 2 : 1)
    let author = ReviewTexts.authors[Int(hash("revauthor", stream, date) % 12)]
    let content = ReviewTexts.line(rating: rating, index: Int(hash("revtext", stream, date) % 3))
    return Interaction(
      id: streamReviewID(stream, on: date), locationNumber: stream.locationNumber, source: stream.source.url,
      title: nil, content: content, authorName: author, rating: rating,
      date: arrival(of: stream, on: date) ?? Timestamp(date: date, secondOfDay: 0),
      category: stream.source.defaultCategory,
      permalink: locations.location(RelayID(.location, stream.locationNumber)).flatMap {
        permalink(of: stream.source, location: $0)
      }, origin: .stream)
  }

  /// A review's link: Google's cid link, the Facebook page's reviews, otherwise the source's URL, if set.
  func permalink(of source: ReviewSource, location: SynupLocation) -> String? {
    switch source {
    case .google: connectedURL(of: source, location: location)
    case .facebook: connectedURL(of: source, location: location) + "/reviews"
    default: reviewSettings.url(locationNumber: location.number, source: source.url)?.url
    }
  }

  /// The page of a connected Google or Facebook listing (G1's live links).
  func connectedURL(of source: ReviewSource, location: SynupLocation) -> String {
    let siteID = source == .google ? DirectorySite.google : DirectorySite.facebook
    guard let site = DirectorySite.withID(siteID) else { preconditionFailure("Appendix A.1 lists Google and Facebook") }
    return liveLink(of: location, on: site)
  }
}
