import SynJSON

/// The outcome of a sync attempt, as `listing.submission` reports it (6.1).
enum ListingSubmissionOutcome: Sendable {
  case success(_ liveLink: String)
  case incomplete(_ errorMessage: String)
}

extension SynupAccount {
  /// Emits `listing.submission` in S9's compact envelope, keys in its order:
  /// `{event, status, live_link | error_message, data:{business_id, v4_business_id, location_id, site}}`.
  mutating func emitListingSubmission(
    of location: SynupLocation, on site: DirectorySite, _ outcome: ListingSubmissionOutcome, at time: Timestamp
  ) {
    let detail: JSONObject.Member =
      switch outcome {
      case .success(let link): .init(key: "live_link", value: .string(link))
      case .incomplete(let message): .init(key: "error_message", value: .string(message))
      }
    let status: JSONValue =
      switch outcome {
      case .success: "success"
      case .incomplete: "incomplete"
      }
    let id = JSONValue.string(location.id.text)
    let data: JSONValue = [
      "business_id": .int(location.number), "v4_business_id": id, "location_id": id,
      "site": ["id": .int(site.id), "name": .string(site.name), "url": .string(site.url)],
    ]
    let body = JSONObject([
      .init(key: "event", value: "listing.submission"), .init(key: "status", value: status), detail,
      .init(key: "data", value: data),
    ])
    outbox.emit("listing.submission", body: .object(body), at: time)
  }
}
