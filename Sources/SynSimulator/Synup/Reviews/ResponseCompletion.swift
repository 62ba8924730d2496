import SynJSON

/// A response's completion (synup-sections.md 5.3): CREATED becomes COMPLETED
/// 300 s after it was made, emitting `interaction.response`; `mock finish`
/// completes it (or fails it) at once.
extension SynupAccount {
  /// The earliest response still CREATED whose completion is due at or before `time`.
  func nextResponseCompletion(through time: Timestamp) -> SynupDueEvent? {
    pendingResponses.filter { $0.response.completesAt <= time }.map {
      SynupDueEvent(due: $0.response.completesAt, kind: .response, order: $0.response.order, key: $0.response.id.text)
    }.min()
  }

  mutating func applyResponseCompletion(_ event: SynupDueEvent) {
    guard let id = ResourceID(Substring(event.key)) else { return }
    complete(responseID: id, as: .completed, at: event.due)
  }

  /// `mock finish kind=response`: every pending response (or only `id`), in creation order.
  mutating func finishResponses(id: String?, outcome: SynupJobOutcome, at now: Timestamp) -> [JSONValue] {
    let status: InteractionResponse.Status = outcome == .error ? .failed : .completed
    return pendingResponses.map(\.response).filter { id == nil || $0.id.text == id }.sorted { $0.order < $1.order }
      .map { response in
        complete(responseID: response.id, as: status, at: now)
        return ["kind": "response", "id": .string(response.id.text), "status": .string(status.rawValue)]
      }
  }

  private var pendingResponses: [(review: Interaction, response: InteractionResponse)] {
    interactions.all.flatMap { review in
      review.responses.filter { $0.status == .created }.map { (review, $0) }
    }
  }

  /// Ends response `responseID`; a completed one emits `interaction.response` at `time`.
  private mutating func complete(responseID: ResourceID, as status: InteractionResponse.Status, at time: Timestamp) {
    guard let (review, index) = interactions.review(holdingResponse: responseID) else { return }
    interactions.update(review.id) { $0.responses[index].status = status }
    guard status == .completed, let updated = interactions.interaction(review.id) else { return }
    outbox.emit(
      "interaction.response", locationNumber: review.locationNumber,
      data: updated.responses[index].responseEventData(of: updated, seed: dataSeed), at: time)
  }
}
