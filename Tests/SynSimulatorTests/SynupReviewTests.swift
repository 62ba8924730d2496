import SynJSON
import Testing

@testable import SynSimulator

/// Reviews and their responses (synup-sections.md 4.10), on reviews `mock review` injects.
@Suite struct SynupReviewTests {
  /// A tenant with one location (`Location:1`) and a Google review of rating 4 on it.
  private func reviewedLocation() throws -> (synup: SynupClient, location: String, review: JSONValue) {
    let synup = try SynupClient()
    try synup.control("/_sim/seed", #"{"seed":42}"#)
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let review = try synup.injectReview([
      "locationId": .string(location), "rating": 4, "content": "Great service.", "authorName": "Dale R.",
    ])
    return (synup, location, review)
  }

  @Test func theSiteConfigListsTheNineteenSourcesInOrder() throws {
    let synup = try SynupClient()
    let config = try #require(try synup.data(synup.get("/reviews/site-config"), "interactionSiteConfig").arrayValue)
    #expect(config.count == 19)
    #expect(
      JSONValue.array(Array(config.prefix(2))).compactText
        == #"[{"site":"Google","siteUrl":"maps.google.com"},{"site":"Facebook","siteUrl":"facebook.com"}]"#)
    #expect(config.last == ["site": "Zomato", "siteUrl": "zomato.com"])
  }

  @Test func anInjectedReviewIsTheEvidencedNodeFieldForField() throws {
    let (synup, location, review) = try reviewedLocation()
    let id = try #require(review["id"]?.stringValue)
    let permalink = try #require(review["permalink"]?.stringValue)
    #expect(permalink.hasPrefix("https://maps.google.com/maps?cid="))
    let expected =
      #"{"id":"\#(id)","interactionId":"\#(id)","source":"maps.google.com","title":null,"content":"Great service.","#
      + #""locationDbId":null,"locationEncodedId":"\#(location)","authorName":"Dale R.","authorAvatar":null,"#
      + #""authorUrl":null,"authorInfo":null,"rating":4,"date":"2026-01-01T00:00:00+00:00","#
      + #""permalink":"\#(permalink)","category":"Review","type":"Review","photoUrl":null,"photoThumbnailUrl":null,"#
      + #""responded":false,"notes":null,"responses":[],"responseCount":null,"canRespond":true,"totalResponses":0,"#
      + #""locationId":1,"respondedWith":null,"respondedBy":null}"#
    #expect(review.compactText == expected)
    let listed = try synup.data(synup.get("/locations/\(location)/reviews"), "interactions")
    #expect(listed["edges"]?[0]?["node"] == review)
    #expect(listed["totalCount"] == 1)
    #expect(
      listed["pageInfo"]?.compactText
        == #"{"hasNextPage":false,"hasPreviousPage":false,"endCursor":null,"total":null}"#)
    let cursor = try #require(listed["edges"]?[0]?["cursor"]?.stringValue)
    #expect(
      Base64.standard.decode(cursor).map { String(decoding: $0, as: UTF8.self) }
        == "Interaction:1_1767225600000-\(id)")
  }

  @Test func anInjectedReviewEmitsInteractionReview() throws {
    let (synup, _, review) = try reviewedLocation()
    let delivery = try #require(try synup.deliveries().last)
    #expect(delivery.event == "interaction.review")
    let body = delivery.body
    #expect(body["event"] == "interaction.review")
    #expect(body["timestamp"] == "2026-01-01T00:00:00Z")
    #expect(body["location_id"] == "1")
    let interaction = try #require(body["data"]?["interaction"])
    #expect(
      interaction.objectValue?.map(\.key) == [
        "id", "type", "content", "rating", "author_name", "author_avatar", "date", "source", "parent_id",
        "interaction_request_id", "title", "permalink", "category", "interaction_status",
      ])
    #expect(interaction["id"] == review["id"])
    #expect(interaction["rating"] == 8)
    #expect(interaction["type"] == "Review")
  }

  @Test func respondingAnswersTheEvidencedShapeAndCompletesAfterFiveMinutes() throws {
    let (synup, location, review) = try reviewedLocation()
    let id = try #require(review["id"]?.stringValue)
    let reply = synup.postBare(
      "/locations/reviews/respond", ["interactionId": .string(id), "responseContent": "Thanks!"])
    #expect(
      reply.text
        == #"{"data":{"respondToInteraction":{"interaction":{"interactionId":"\#(id)","source":"maps.google.com","#
        + #""content":"Thanks!","authorName":null,"authorAvatar":null,"authorUrl":null,"#
        + #""date":"2026-01-01T00:00:00.000000+00:00","interactionStatus":"Created"}}}}"#)
    func response() throws -> JSONValue {
      let node = try synup.data(synup.get("/locations/\(location)/reviews"), "interactions")["edges"]?[0]?["node"]
      #expect(node?["responded"] == true)
      #expect(node?["totalResponses"] == 1)
      return try #require(node?["responses"]?[0])
    }
    let created = try response()
    #expect(created["interactionStatus"] == "CREATED")
    #expect(created["id"] == created["interactionId"])
    #expect(created["type"] == "Comment")
    #expect(created["authorName"] == "Owner")
    #expect(created["date"] == "2026-01-01T00:00:00.000000+00:00")
    try synup.advanceClock(seconds: 299)
    #expect(try response()["interactionStatus"] == "CREATED")
    #expect(try synup.deliveries().map(\.event) == ["interaction.review"])
    try synup.advanceClock(seconds: 1)
    #expect(try response()["interactionStatus"] == "COMPLETED")
    let delivery = try #require(try synup.deliveries().last)
    #expect(delivery.event == "interaction.response")
    #expect(delivery.body["timestamp"] == "2026-01-01T00:05:00Z")
    let data = try #require(delivery.body["data"]?["interaction"])
    #expect(data["type"] == "Response")
    #expect(data["parent_id"] == .string(id))
    #expect(data["author_name"] == "Owner")
    #expect(data["rating"] == .null)
    #expect(data["interaction_status"] == "COMPLETED")
  }

  @Test func mockFinishCompletesOrFailsResponsesNow() throws {
    let (synup, _, review) = try reviewedLocation()
    let id = try #require(review["id"]?.stringValue)
    let answer = try synup.data(
      synup.postBare("/locations/reviews/respond", ["interactionId": .string(id), "responseContent": "Hi"]),
      "respondToInteraction")
    #expect(answer["interaction"]?["interactionStatus"] == "Created")
    let failed = try synup.withAccount {
      $0.finishJobs(of: .response, id: nil, outcome: .error, at: Timestamp.simulationStart)
    }
    #expect(failed.count == 1)
    #expect(failed.first?["kind"] == "response")
    #expect(failed.first?["status"] == "FAILED")
    #expect(try synup.deliveries().map(\.event) == ["interaction.review"])
    try synup.advanceClock(seconds: 600)
    #expect(try synup.deliveries().map(\.event) == ["interaction.review"])
  }

  @Test func googleReviewsAreAnsweredOnceUntilTheResponseIsArchived() throws {
    let (synup, _, review) = try reviewedLocation()
    let id = try #require(review["id"]?.stringValue)
    let body: JSONValue = ["interactionId": .string(id), "responseContent": "Thanks!"]
    _ = try synup.data(synup.postBare("/locations/reviews/respond", body), "respondToInteraction")
    let again = synup.postBare("/locations/reviews/respond", body)
    #expect(
      again.text
        == #"{"data":{"respondToInteraction":null},"errors":[{"message":"SY50121: Google Reviews can only be replied to once"}]}"#
    )
    let responseID = try #require(
      try synup.data(synup.get("/reviewDetails", [("interactionIds", "[\"\(id)\"]")]), "interactionDetails")[
        "interactions"]?[0]?["responses"]?[0]?["id"]?.stringValue)
    let archived = synup.postBare("/locations/reviews/respond/archive", ["responseId": .string(responseID)])
    #expect(archived.text == #"{"data":{"archiveResponse":{"status":"true"}}}"#)
    let archivedAgain = synup.postBare("/locations/reviews/respond/archive", ["responseId": .string(responseID)])
    #expect(archivedAgain.text.contains("SY90007: Resource Not Found"))
    #expect(synup.postBare("/locations/reviews/respond", body).text.contains(#""interactionStatus":"Created""#))
  }

  @Test func respondingRefusesEmptyTextOtherSourcesAndUnknownReviews() throws {
    let (synup, location, review) = try reviewedLocation()
    let id = try #require(review["id"]?.stringValue)
    func error(_ body: JSONValue) -> String? {
      try? synup.postBare("/locations/reviews/respond", body).json()["errors"]?[0]?["message"]?.stringValue
    }
    #expect(
      error(["interactionId": .string(id), "responseContent": " "]) == "SY50103: Response content must not be empty")
    #expect(error(["interactionId": "nope", "responseContent": "Hi"]) == "SY90002: Invalid Id")
    #expect(
      error(["interactionId": "00000000-0000-4000-8000-000000000000", "responseContent": "Hi"])
        == "SY90007: Resource Not Found")
    let yelp = try synup.injectReview(["locationId": .string(location), "source": "yelp.com"])
    #expect(yelp["canRespond"] == false)
    #expect(yelp["category"] == "Review")
    #expect(error(["interactionId": yelp["id"] ?? nil, "responseContent": "Hi"]) == "SY90003: Operation not permitted")
    let facebook = try synup.injectReview(["locationId": .string(location), "source": "facebook.com"])
    #expect(facebook["category"] == "Recommendation")
    #expect(facebook["canRespond"] == true)
  }

  @Test func editingAResponseKeepsItsIdAndDate() throws {
    let (synup, _, review) = try reviewedLocation()
    let id = try #require(review["id"]?.stringValue)
    _ = synup.postBare("/locations/reviews/respond", ["interactionId": .string(id), "responseContent": "Thanks"])
    let details = { () throws -> JSONValue in
      try #require(
        try synup.data(synup.get("/reviewDetails", [("interactionIds", "[\"\(id)\"]")]), "interactionDetails")[
          "interactions"]?[0]?["responses"]?[0])
    }
    let responseID = try #require(try details()["id"]?.stringValue)
    try synup.advanceClock(seconds: 60)
    let reply = synup.postBare(
      "/locations/reviews/respond/edit",
      ["reviewId": .string(id), "responseId": .string(responseID), "responseContent": "Thank you!"])
    #expect(
      reply.text
        == #"{"data":{"editResponse":{"status":"true","reviewId":"\#(id)","responseId":"\#(responseID)"}}}"#)
    #expect(try details()["content"] == "Thank you!")
    #expect(try details()["date"] == "2026-01-01T00:00:00.000000+00:00")
    let wrongReview = synup.postBare(
      "/locations/reviews/respond/edit",
      ["reviewId": .string(responseID), "responseId": .string(responseID), "responseContent": "x"])
    #expect(wrongReview.text.contains("SY90007"))
    let empty = synup.postBare(
      "/locations/reviews/respond/edit",
      ["reviewId": .string(id), "responseId": .string(responseID), "responseContent": ""])
    #expect(empty.text.contains("SY50103"))
  }

  @Test func reviewDetailsKeepsRequestOrderAndLeavesUnknownIdsOut() throws {
    let (synup, location, first) = try reviewedLocation()
    let second = try synup.injectReview(["locationId": .string(location), "rating": 1])
    let ids = [second["id"], "00000000-0000-4000-8000-000000000000", first["id"]].compactMap { $0?.stringValue }
    let details = try synup.data(
      synup.get("/reviewDetails", [("interactionIds", JSONValue.array(ids.map(JSONValue.string)).compactText)]),
      "interactionDetails")
    #expect(details["interactions"]?.arrayValue?.map { $0["id"] } == [second["id"], first["id"]])
    let malformed = synup.get("/reviewDetails", [("interactionIds", #"["x"]"#)])
    #expect(malformed.text == #"{"data":{"interactionDetails":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
  }

  @Test func reviewsPageNewestFirstWithRelayCursors() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    try synup.advanceClock(seconds: 10 * 86_400)
    var ids: [JSONValue?] = []
    for day in 1...5 {
      ids.append(
        try synup.injectReview(["locationId": .string(location), "date": .string("2026-01-0\(day)T12:00:00Z")])["id"])
    }
    let path = "/locations/\(location)/reviews"
    let page1 = try synup.data(synup.get(path, [("first", "2")]), "interactions")
    #expect(page1["edges"]?.arrayValue?.map { $0["node"]?["id"] } == [ids[4], ids[3]])
    #expect(page1["pageInfo"]?["hasNextPage"] == true)
    #expect(page1["pageInfo"]?["hasPreviousPage"] == false)
    #expect(page1["pageInfo"]?["endCursor"] == .null)
    #expect(page1["totalCount"] == 5)
    let cursor = try #require(page1["edges"]?[1]?["cursor"]?.stringValue)
    let page2 = try synup.data(synup.get(path, [("first", "2"), ("after", cursor)]), "interactions")
    #expect(page2["edges"]?.arrayValue?.map { $0["node"]?["id"] } == [ids[2], ids[1]])
    #expect(page2["pageInfo"]?["hasPreviousPage"] == true)
    let before = try synup.data(synup.get(path, [("last", "1"), ("before", cursor)]), "interactions")
    #expect(before["edges"]?.arrayValue?.map { $0["node"]?["id"] } == [ids[4]])
    let bad = synup.get(path, [("after", "SW50ZXJhY3Rpb246MV8x")])
    #expect(bad.text == #"{"data":{"interactions":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
  }

  @Test func reviewsFilterBySourceCategoryRatingDateAndText() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    try synup.advanceClock(seconds: 10 * 86_400)
    try synup.injectReview(["locationId": .string(location), "rating": 5, "content": "Lovely", "date": "2026-01-02"])
    try synup.injectReview(["locationId": .string(location), "rating": 2, "source": "yelp.com", "date": "2026-01-05"])
    try synup.injectReview([
      "locationId": .string(location), "rating": 5, "source": "facebook.com", "authorName": "Zed",
    ])
    let path = "/locations/\(location)/reviews"
    func count(_ query: [(String, String)]) throws -> JSONValue? {
      try synup.data(synup.get(path, query), "interactions")["totalCount"]
    }
    #expect(try count([("siteUrls", #"["yelp.com","facebook.com"]"#)]) == 2)
    #expect(try count([("category", "Recommendation")]) == 1)
    #expect(try count([("category", #"["Review"]"#)]) == 2)
    #expect(try count([("ratingFilters", "[5]")]) == 2)
    #expect(try count([("startDate", "2026-01-03"), ("endDate", "2026-01-05")]) == 1)
    #expect(try count([("searchString", "LOVE")]) == 1)
    #expect(try count([("searchString", "zed")]) == 1)
    func message(_ query: [(String, String)]) -> String? {
      try? synup.get(path, query).json()["errors"]?[0]?["message"]?.stringValue
    }
    #expect(message([("ratingFilters", "[0,5]")]) == "SY50110: ratings should be between [1-5]")
    #expect(message([("ratingFilters", "[5,5]")]) == "SY50118: Duplicate Ratings")
    #expect(message([("siteUrls", #"["yelp.com","yelp.com"]"#)]) == "SY50117: Duplicate SiteUrls")
    #expect(message([("startDate", "2026-13-01")]) == "SY60103: Invalid Date")
    #expect(
      message([("startDate", "2026-01-05"), ("endDate", "2026-01-01")])
        == "SY60101: fromDate cannot be greater than toDate.")
    #expect(message([("startDate", "2024-01-01"), ("endDate", "2026-01-05")]) == "SY60103: Invalid Date")
    #expect(synup.get(path, [("ratingFilters", "5")]).status == 400)
    #expect(synup.get("/locations/TG9jYXRpb246OQ==/reviews").text.contains("SY90002: Invalid Id"))
  }

  @Test func mockReviewValidatesItsItems() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    func refusal(_ items: JSONValue) throws -> JSONValue {
      let reply = synup.tenant.send("POST", "/_sim/synup/reviews", body: items.compactText)
      #expect(reply.status == 400)
      return try reply.json()
    }
    #expect(try refusal(["locationId": "TG9jYXRpb246OQ=="])["field"] == "locationId")
    #expect(try refusal(["locationId": .string(location), "source": "myspace.com"])["field"] == "source")
    #expect(try refusal(["locationId": .string(location), "rating": 6])["field"] == "rating")
    #expect(try refusal(["locationId": .string(location), "date": "2026-02-01"])["field"] == "date")
    #expect(try refusal(["locationId": .string(location), "date": "2026-02-01"])["error"] == "validation_error")
  }
}

/// The review and campaign routes once answered 501; they are simulated now, and a bad key is the usual 401.
@Suite struct SynupReviewRoutingTests {
  @Test(arguments: [
    ("GET", "/locations/TG9jYXRpb246MQ==/review-campaigns", "listReviewCampaigns"),
    ("GET", "/locations/TG9jYXRpb246MQ==/reviews", "interactions"), ("POST", "/review_widget/add", "addReviewWidget"),
    ("POST", "/locations/review-campaigns", "createReviewCampaign"),
    ("GET", "/locations/reviews/settings/edit", "editInteractionsSetting"),
  ])
  func reviewRoutesAreSimulated(method: String, path: String, field: String) throws {
    let synup = try SynupClient()
    let reply = synup.send(method, path, body: "{}")
    #expect(reply.status != 501 && reply.status != 404, "\(reply.status) \(reply.text)")
    let unauthorized = synup.send(method, path, key: "wrong")
    #expect(unauthorized.status == 401)
    #expect(unauthorized.text == #"{"data":{"\#(field)":null},"errors":[{"message":"SY90005:Invalid token"}]}"#)
  }
}
