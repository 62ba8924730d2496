import SynJSON

/// Reviews and their responses (synup-sections.md 4.10).
extension SynupAccount {
  /// `GET /locations/{locationId}/reviews`.
  func listReviews(_ query: SynupQueryParameters, locationID: Substring, at now: Timestamp) throws(SynupFailure)
    -> JSONValue
  {
    let location = try location(inPath: locationID, at: now)
    let filter = try ReviewFilter(query)
    let page = try ReviewPage(query)
    let all = interactions.all.filter { $0.locationNumber == location.number }.sorted(by: ReviewPage.precedes)
    return try page.answer(all.filter(filter.admits), all: all)
  }

  /// `GET /reviewDetails`: the account's reviews among `interactionIds`, in request order.
  func reviewDetails(_ query: SynupQueryParameters) throws(SynupFailure) -> JSONValue {
    let ids = try query.requiredStringArray("interactionIds").map { text throws(SynupFailure) in
      try Self.interactionID(text)
    }
    return ["interactions": .array(ids.compactMap { interactions.interaction($0)?.json })]
  }

  /// `POST /locations/reviews/respond`.
  mutating func respond(_ body: SynupBareBody, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    let review = try review(body["interactionId"])
    let content = try Self.responseContent(body)
    _ = try location(named: RelayID(.location, review.locationNumber).text, startingWork: true, at: now)
    guard review.canRespond else { throw .resolver("SY90003: Operation not permitted") }
    if review.source == ReviewSource.google.url && !review.liveResponses.isEmpty {
      throw .resolver("SY50121: Google Reviews can only be replied to once")
    }
    let response = InteractionResponse(
      id: mintUUID("response"), content: content, createdAt: now, order: interactions.nextResponseOrder())
    interactions.update(review.id) { $0.responses.append(response) }
    return [
      "interaction": [
        "interactionId": .string(review.id.text), "source": .string(review.source), "content": .string(content),
        "authorName": nil, "authorAvatar": nil, "authorUrl": nil, "date": .string(now.synupOffsetMicroseconds),
        "interactionStatus": "Created",
      ]
    ]
  }

  /// `POST /locations/reviews/respond/edit`: the response keeps its id and date.
  mutating func editResponse(_ body: SynupBareBody, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    let review = try review(body["reviewId"])
    let responseID = try Self.interactionID(body["responseId"]?.stringValue)
    let content = try Self.responseContent(body)
    guard let index = review.responses.firstIndex(where: { $0.id == responseID && $0.archivedAt == nil }) else {
      throw .resourceNotFound
    }
    interactions.update(review.id) {
      $0.responses[index].content = content
      $0.responses[index].editedAt = now
    }
    return ["status": "true", "reviewId": .string(review.id.text), "responseId": .string(responseID.text)]
  }

  /// `POST /locations/reviews/respond/archive`: the response leaves the review's list.
  mutating func archiveResponse(_ body: SynupBareBody, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    let responseID = try Self.interactionID(body["responseId"]?.stringValue)
    guard let (review, index) = interactions.review(holdingResponse: responseID),
      review.responses[index].archivedAt == nil
    else { throw .resourceNotFound }
    interactions.update(review.id) { $0.responses[index].archivedAt = now }
    return ["status": "true"]
  }

  /// The review `value` names: SY90002 when it is no uuid, SY90007 when the account has none such.
  private func review(_ value: JSONValue?) throws(SynupFailure) -> Interaction {
    guard let review = interactions.interaction(try Self.interactionID(value?.stringValue)) else {
      throw .resourceNotFound
    }
    return review
  }

  private static func interactionID(_ text: String?) throws(SynupFailure) -> ResourceID {
    guard let text, let id = ResourceID(Substring(text)) else { throw .invalidId }
    return id
  }

  private static func responseContent(_ body: SynupBareBody) throws(SynupFailure) -> String {
    guard let content = body["responseContent"]?.stringValue, !content.allSatisfy(\.isWhitespace) else {
      throw .resolver("SY50103: Response content must not be empty")
    }
    return content
  }
}
