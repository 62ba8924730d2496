import SynJSON

/// `mock review` and `mock feedback` (synup-sections.md 5.6): a review stored
/// and announced at once, and a campaign customer's answer. An unknown
/// location, campaign or customer is a validation error on its field.
extension SynupAccount {
  /// `POST /_sim/synup/reviews`: answers the stored review's node (4.10).
  mutating func injectReview(_ fields: RequestFields, at now: Timestamp) throws(APIError) -> JSONValue {
    let locationID = try fields.required("locationId", fields.string("locationId"))
    guard let location = try? location(named: locationID, at: now) else {
      throw .validation(field: "locationId", "locationId names no location of the account: \(locationID)")
    }
    let sourceName = try fields.string("source") ?? ReviewSource.google.url
    guard let source = ReviewSource.named(sourceName) else {
      throw .validation(
        field: "source",
        "source must be one of \(ReviewSource.all.map(\.url).joined(separator: ", ")), not \"\(sourceName)\"")
    }
    let rating = try fields.integer("rating", in: 1...5) ?? 5
    let date = try reviewDate(fields, at: now)
    let review = Interaction(
      id: mintUUID("interaction"), locationNumber: location.number, source: source.url,
      title: try fields.string("title"),
      content: try fields.string("content") ?? ReviewTexts.line(rating: rating, index: 0),
      authorName: try fields.string("authorName") ?? ReviewTexts.authors[0], rating: rating, date: date,
      category: try fields.string("category") ?? source.defaultCategory,
      permalink: permalink(of: source, location: location), origin: .injected)
    interactions.insert(review)
    emitReviewEvent(review, at: now)
    return review.json
  }

  /// `POST /_sim/synup/feedback`: answers the customer object (4.5).
  mutating func giveFeedback(_ fields: RequestFields, at now: Timestamp) throws(APIError) -> JSONValue {
    let campaignID = try fields.required("reviewCampaignId", fields.string("reviewCampaignId"))
    guard let index = try? campaignIndex(campaignID) else {
      throw .validation(field: "reviewCampaignId", "reviewCampaignId names no campaign of the account: \(campaignID)")
    }
    let email = try fields.string("email")
    let phone = try fields.string("phone")
    guard email != nil || phone != nil else {
      throw .validation(field: "email", "give the customer's email=… or phone=…")
    }
    let rating = try fields.required("rating", fields.integer("rating", in: 1...5))
    let campaign = campaigns.all[index]
    guard
      let position = campaign.customers.firstIndex(where: { customer in
        email.map { $0.lowercased() == customer.email?.lowercased() } ?? (customer.phone == phone)
      })
    else {
      let field = email == nil ? "phone" : "email"
      throw .validation(field: field, "\(field) names no customer of the campaign: \(email ?? phone ?? "")")
    }
    let feedback = CampaignCustomer.Feedback(rating: rating, response: try fields.string("response"), at: now)
    campaigns.setFeedback(feedback, campaignAt: index, customerAt: position)
    return customerJSON(campaigns.all[index].customers[position], of: campaigns.all[index], at: now)
  }

  /// `date`, an ISO 8601 time no later than `now`; `now` when absent.
  private func reviewDate(_ fields: RequestFields, at now: Timestamp) throws(APIError) -> Timestamp {
    guard let text = try fields.string("date") else { return now }
    guard let date = Timestamp(iso8601: text) else {
      throw .validation(field: "date", "date must be an ISO 8601 time such as 2026-01-05T09:30:00Z, not \(text)")
    }
    guard date <= now else { throw .validation(field: "date", "date must not be after the clock, \(now.iso8601)") }
    return date
  }
}
