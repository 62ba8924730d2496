import SynCatalog
import SynJSON

/// Bulk photo requests: their status, and how they finish, when due (5.3)
/// or at once by `mock finish kind=photo-upload` (5.6).
extension SynupAccount {
  /// `GET /locations/photos/requests/{requestId}`: the same status under the docs' member and the SDK's (7 #2).
  func photoRequestStatus(id text: Substring) throws(SynupFailure) -> JSONObject {
    let id = try SynupIDs.uuid(String(text))
    guard let index = photos.requestIndex(id) else { throw .resourceNotFound }
    let status: JSONValue = ["requestId": .string(id.text), "status": .string(photos.requests[index].status.rawValue)]
    return JSONObject(
      [SynupOperationID.getPhotoRequest.graphQLField, SynupOperationID.photoRequestSDKField].map {
        .init(key: $0, value: status)
      })
  }

  /// The earliest unfinished request due at or before `time`.
  func nextPhotoRequestEvent(through time: Timestamp) -> SynupDueEvent? {
    photos.requests.enumerated().lazy.filter { $0.element.finishedAt == nil && $0.element.dueAt <= time }
      .map { SynupDueEvent(due: $0.element.dueAt, kind: .photoRequest, order: $0.offset, key: $0.element.id.text) }
      .min()
  }

  /// Finishes the request `event` names as of its due time, storing its valid photos.
  mutating func applyPhotoRequestEvent(_ event: SynupDueEvent) {
    guard let index = photos.requests.firstIndex(where: { $0.id.text == event.key }) else { return }
    finishPhotoRequest(at: index, outcome: .success, at: event.due)
  }

  /// `mock finish kind=photo-upload [id=…]`: the pending requests (only `id` when given) finish at `now`, oldest first.
  mutating func finishPhotoRequests(id: String?, outcome: SynupJobOutcome, at now: Timestamp) -> [JSONValue] {
    photos.requests.indices.filter { index in
      photos.requests[index].finishedAt == nil && (id == nil || photos.requests[index].id.text == id?.lowercased())
    }
    .map { index in
      let status = finishPhotoRequest(at: index, outcome: outcome, at: now)
      return [
        "kind": "photo-upload", "id": .string(photos.requests[index].id.text), "status": .string(status.rawValue),
      ]
    }
  }

  /// Stores the request's valid photos (none on an error outcome): SUCCESS, or ERROR when none was stored.
  @discardableResult
  private mutating func finishPhotoRequest(at index: Int, outcome: SynupJobOutcome, at time: Timestamp)
    -> SynupPhotoRequest.Status
  {
    let request = photos.requests[index]
    let valid = outcome == .success ? request.items.filter(\.isValid) : []
    for item in valid {
      storePhoto(item, locationNumber: request.locationNumber, at: time)
    }
    let status: SynupPhotoRequest.Status = valid.isEmpty ? .error : .success
    photos.requests[index].finishedAt = time
    photos.requests[index].status = status
    return status
  }
}
