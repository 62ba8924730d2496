import SynJSON

/// A stored review (synup-sections.md 4.10 "interaction"), from a stream or `mock review`.
struct Interaction: Sendable, Codable {
  enum Origin: String, Sendable, Codable {
    case stream, injected
  }

  let id: ResourceID
  let locationNumber: Int
  let source: String
  let title: String?
  let content: String
  let authorName: String
  let rating: Int
  let date: Timestamp
  let category: String
  let permalink: String?
  let origin: Origin
  var responses: [InteractionResponse] = []

  var liveResponses: [InteractionResponse] {
    responses.filter { $0.archivedAt == nil }
  }

  var canRespond: Bool {
    ReviewSource.named(source)?.canRespond ?? false
  }

  /// The node of 4.10, keys in the order of S10's capture.
  var json: JSONValue {
    let live = liveResponses
    return [
      "id": .string(id.text), "interactionId": .string(id.text), "source": .string(source),
      "title": title.map(JSONValue.string) ?? .null, "content": .string(content), "locationDbId": nil,
      "locationEncodedId": .string(RelayID(.location, locationNumber).text), "authorName": .string(authorName),
      "authorAvatar": nil, "authorUrl": nil, "authorInfo": nil, "rating": .int(rating),
      "date": .string(date.synupOffset), "permalink": permalink.map(JSONValue.string) ?? .null,
      "category": .string(category), "type": "Review", "photoUrl": nil, "photoThumbnailUrl": nil,
      "responded": .bool(!live.isEmpty), "notes": nil, "responses": .array(live.map { $0.json(of: self) }),
      "responseCount": nil, "canRespond": .bool(canRespond), "totalResponses": .int(live.count),
      "locationId": .int(locationNumber), "respondedWith": nil, "respondedBy": nil,
    ]
  }

  /// `interaction.review`'s data (6.2): S9's keys, the rating on its 1–10 scale.
  func reviewEventData(_ seed: DataSeed) -> JSONValue {
    [
      "interaction": [
        "id": .string(id.text), "type": "Review", "content": .string(content), "rating": .int(rating * 2),
        "author_name": .string(authorName), "author_avatar": nil, "date": .string(date.synupOffsetMicroseconds),
        "source": .string(source), "parent_id": nil,
        "interaction_request_id": .string(seed.uuid(kind: "crawl", key: id.text).text),
        "title": title.map(JSONValue.string) ?? .null, "permalink": permalink.map(JSONValue.string) ?? .null,
        "category": .string(category), "interaction_status": nil,
      ]
    ]
  }
}

/// An owner's answer to a review: CREATED, then COMPLETED (or FAILED) 300 s later.
struct InteractionResponse: Sendable, Codable {
  enum Status: String, Sendable, Codable {
    case created = "CREATED"
    case completed = "COMPLETED"
    case failed = "FAILED"
  }

  static let completionDelay = 300

  let id: ResourceID
  var content: String
  let createdAt: Timestamp
  var editedAt: Timestamp?
  var archivedAt: Timestamp?
  var status = Status.created
  /// Creation order across the account: the due events' last tie-break.
  let order: Int

  var completesAt: Timestamp { createdAt.adding(seconds: InteractionResponse.completionDelay) }

  /// The item of `responses` (S10), keys in its order.
  func json(of review: Interaction) -> JSONValue {
    [
      "interactionId": .string(id.text), "id": .string(id.text), "source": .string(review.source), "title": nil,
      "content": .string(content), "locationDbId": nil, "locationEncodedId": nil, "authorName": "Owner",
      "authorAvatar": nil, "authorUrl": nil, "authorInfo": nil, "rating": nil,
      "date": .string(createdAt.synupOffsetMicroseconds), "permalink": nil, "category": .string(review.category),
      "type": "Comment", "photoUrl": nil, "photoThumbnailUrl": nil, "responded": nil, "notes": nil,
      "responseCount": nil, "canRespond": nil, "totalResponses": nil, "locationId": nil, "respondedWith": nil,
      "respondedBy": nil, "interactionStatus": .string(status.rawValue),
    ]
  }

  /// `interaction.response`'s data (6.2).
  func responseEventData(of review: Interaction, seed: DataSeed) -> JSONValue {
    [
      "interaction": [
        "id": .string(id.text), "type": "Response", "content": .string(content), "rating": nil,
        "author_name": "Owner", "author_avatar": nil, "date": .string(createdAt.synupOffsetMicroseconds),
        "source": .string(review.source), "parent_id": .string(review.id.text),
        "interaction_request_id": .string(seed.uuid(kind: "crawl", key: id.text).text), "title": nil,
        "permalink": nil, "category": .string(review.category), "interaction_status": .string(status.rawValue),
      ]
    ]
  }
}
