import SynJSON

/// Review campaigns (synup-sections.md 4.5).
extension SynupAccount {
  /// `POST /locations/review-campaigns`: all or nothing.
  mutating func createCampaign(_ input: SynupInput, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    let location = try location(named: input.string("locationId") ?? "", startingWork: true, at: now)
    let name = input.string("name") ?? ""
    var errors: [SynupFieldError] = []
    if name.allSatisfy(\.isWhitespace) {
      errors.append(SynupFieldError("SY50112", "Name can't be blank", key: "name", value: name))
    }
    let (customers, rejected) = Self.customers(input, existing: [], at: now)
    errors += rejected
    guard errors.isEmpty else {
      return ["success": false, "errors": .array(errors.map(\.json)), "reviewCampaign": nil]
    }
    let templateKeys = ["landingPageTemplate", "openingEmailTemplate", "smsTemplate", "emailDetails", "smsDetails"]
    let campaign = Campaign(
      id: mintUUID("campaign"), locationNumber: location.number, name: name,
      screening: input.bool("screening") ?? false,
      templates: JSONObject(templateKeys.compactMap { key in input.value(key).map { .init(key: key, value: $0) } }),
      createdAt: now, customers: customers)
    campaigns.insert(campaign)
    return ["success": true, "errors": [], "reviewCampaign": campaignJSON(campaign, at: now)]
  }

  /// `POST /locations/review-campaigns/customers`: the valid customers are added even when others fail.
  mutating func addCampaignCustomers(_ input: SynupInput, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    let index = try campaignIndex(input.string("reviewCampaignId"))
    let (customers, rejected) = Self.customers(input, existing: campaigns.all[index].customers, at: now)
    campaigns.add(customers, toCampaignAt: index)
    return ["success": .bool(rejected.isEmpty), "errors": .array(rejected.map(\.json))]
  }

  /// `GET /locations/{locationId}/review-campaigns`: newest first, filtered on the creation day.
  func listCampaigns(_ query: SynupQueryParameters, locationID: Substring, at now: Timestamp) throws(SynupFailure)
    -> JSONValue
  {
    let location = try location(inPath: locationID, at: now)
    let range = try SynupDateRange.optional(fromDate: query.string("startDate"), toDate: query.string("endDate"))
    let listed = campaigns.all.reversed().filter {
      $0.locationNumber == location.number && (range?.contains($0.createdAt) ?? true)
    }
    return ["reviewCampaigns": .array(listed.map { campaignJSON($0, at: now) })]
  }

  /// `GET /locations/review-campaigns/{reviewCampaignId}/customers`.
  func campaignCustomers(campaignID: Substring, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    let campaign = campaigns.all[try campaignIndex(String(campaignID))]
    return [
      "campaignName": .string(campaign.name),
      "reviewCampaignCustomers": .array(campaign.customers.map { customerJSON($0, of: campaign, at: now) }),
    ]
  }

  /// The campaign `id` names: SY90002 when it is no uuid, SY90007 when there is none such.
  func campaignIndex(_ id: String?) throws(SynupFailure) -> Int {
    guard let id, let uuid = ResourceID(Substring(id)) else { throw .invalidId }
    guard let index = campaigns.index(of: uuid) else { throw .resourceNotFound }
    return index
  }

  /// The customer object of 4.5, keys in the order of S2's example.
  func customerJSON(_ customer: CampaignCustomer, of campaign: Campaign, at now: Timestamp) -> JSONValue {
    let messages = CampaignMessages(customer, campaign: campaign.id, seed: dataSeed, now: now)
    func time(_ value: Timestamp?) -> JSONValue { value.map { .string($0.synupSpaced) } ?? .null }
    return [
      "name": .string(customer.name), "phone": customer.phone.map(JSONValue.string) ?? .null,
      "email": customer.email.map(JSONValue.string) ?? .null,
      "rating": customer.feedback.map { .int($0.rating) } ?? .null,
      "response": customer.feedback?.response.map(JSONValue.string) ?? .null,
      "date": customer.feedback.map { .string($0.at.synupDay) } ?? .null,
      "followUpSent": .int(messages.followUps.count), "smsDeliveredAt": time(messages.smsDeliveredAt),
      "smsOpenedAt": time(messages.smsOpenedAt), "emailDeliveredAt": time(messages.emailDeliveredAt),
      "emailLastOpenedAt": time(messages.emailLastOpenedAt), "emailLastClickedAt": time(messages.emailLastClickedAt),
      "firstFollowUpAt": time(messages.followUps.first),
      "firstFollowUpDeliveredAt": time(messages.followUpDelivered(0, now: now)),
      "secondFollowUpAt": time(messages.followUps.count > 1 ? messages.followUps[1] : nil),
      "secondFollowUpDeliveredAt": time(messages.followUpDelivered(1, now: now)),
    ]
  }

  /// The campaign object of 4.5, its `stats` computed at `now`.
  private func campaignJSON(_ campaign: Campaign, at now: Timestamp) -> JSONValue {
    let messages = campaign.customers.map { CampaignMessages($0, campaign: campaign.id, seed: dataSeed, now: now) }
    let sent = messages.map { $0.sent(now: now) }
    let ratings = campaign.customers.compactMap(\.feedback?.rating)
    func percentage(_ count: Int) -> String {
      Self.twoDecimals(messages.isEmpty ? 0 : Double(count) * 100 / Double(messages.count))
    }
    let stats: [(String, String)] = [
      ("emails_sent", String(sent.reduce(0) { $0 + $1.emails })), ("sms_sent", String(sent.reduce(0) { $0 + $1.sms })),
      ("invite_open_rate", percentage(messages.filter { $0.emailLastOpenedAt != nil || $0.smsOpenedAt != nil }.count)),
      ("clicks_rate", percentage(messages.filter { $0.emailLastClickedAt != nil }.count)),
      (
        "customer_exp_score",
        ratings.isEmpty ? "0" : Self.twoDecimals(Double(ratings.reduce(0, +)) / Double(ratings.count))
      ),
    ]
    return [
      "id": .string(campaign.id.text), "locationId": .string(RelayID(.location, campaign.locationNumber).text),
      "name": .string(campaign.name), "screening": .bool(campaign.screening),
      "createdAt": .string(campaign.createdAt.iso8601),
      "openingEmailTemplate": campaign.templates["openingEmailTemplate"] ?? .null,
      "smsTemplate": campaign.templates["smsTemplate"] ?? .null, "firstFollowUpSchedule": "DAYS_2",
      "firstFollowUpTemplate": nil, "secondFollowUpSchedule": "DAYS_5", "secondFollowUpTemplate": nil,
      "stats": .array(stats.map { ["name": .string($0.0), "value": .string($0.1)] }),
      "numberOfFeedbacks": .int(ratings.count),
    ]
  }

  /// `66.67`: two decimals, half away from zero.
  private static func twoDecimals(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }

  /// The valid customers of `locationCustomers`, and one error per rejected one;
  /// uniqueness counts `existing` and the customers accepted before.
  private static func customers(_ input: SynupInput, existing: [CampaignCustomer], at now: Timestamp)
    -> (accepted: [CampaignCustomer], rejected: [SynupFieldError])
  {
    var accepted: [CampaignCustomer] = []
    var rejected: [SynupFieldError] = []
    for item in input.value("locationCustomers")?.arrayValue ?? [] {
      let customer = CampaignCustomer(
        name: item["name"]?.stringValue ?? "", email: item["email"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 },
        phone: item["phone"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }, addedAt: now)
      if let error = customerError(customer, others: existing + accepted) {
        rejected.append(error)
      } else {
        accepted.append(customer)
      }
    }
    return (accepted, rejected)
  }

  /// The first rule of 4.5 the customer breaks.
  private static func customerError(_ customer: CampaignCustomer, others: [CampaignCustomer]) -> SynupFieldError? {
    guard customer.email != nil || customer.phone != nil else {
      return SynupFieldError("SY30001", "Either email or phone has to be present", key: "name", value: customer.name)
    }
    if let phone = customer.phone {
      let digits = phone.filter { !" -.()".contains($0) }
      if digits.isEmpty || !digits.allSatisfy(\.isASCII) || !digits.allSatisfy(\.isNumber) {
        return SynupFieldError("SY30033", "Phone `\(phone)` is not a number", key: "phone", value: phone)
      }
      if others.contains(where: { $0.phone == phone }) {
        return SynupFieldError("SY30035", "Phone `\(phone)` has already taken", key: "phone", value: phone)
      }
    }
    if let email = customer.email {
      if !isWellFormed(email: email) {
        return SynupFieldError("SY30051", "email is invalid", key: "email", value: email)
      }
      if others.contains(where: { $0.email?.lowercased() == email.lowercased() }) {
        return SynupFieldError("SY30034", "Email `\(email)` has already been taken", key: "email", value: email)
      }
    }
    return nil
  }

  /// One `@`, something before it, and a dotted domain after it, no white space.
  private static func isWellFormed(email: String) -> Bool {
    let parts = email.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, !email.contains(where: \.isWhitespace) else { return false }
    let domain = parts[1]
    return domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".")
  }
}
