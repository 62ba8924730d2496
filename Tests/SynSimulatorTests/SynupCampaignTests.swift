import SynJSON
import Testing

@testable import SynSimulator

/// Review campaigns (synup-sections.md 4.5) and their customers' message times (G7), with `mock feedback`.
@Suite struct SynupCampaignTests {
  private static let jack: JSONValue = ["name": "Jack", "phone": "9876543210", "email": "jack@domain.com"]

  private func campaign(
    _ synup: SynupClient, location: String, customers: JSONValue = [jack], name: String = "Christmas Sale Feedback"
  ) throws -> JSONValue {
    let input: JSONValue = ["locationId": .string(location), "name": .string(name), "locationCustomers": customers]
    return try synup.data(synup.post("/locations/review-campaigns", input: input.compactText), "createReviewCampaign")
  }

  private func feedback(_ synup: SynupClient, _ items: JSONValue) throws -> JSONValue {
    try synup.control("/_sim/synup/feedback", items.compactText)
  }

  @Test func creatingAnswersThePayloadWithTheCampaign() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    try synup.control("/_sim/clock", #"{"set":"2026-01-05T09:30:00Z"}"#)
    let payload = try campaign(synup, location: location)
    #expect(payload.objectValue?.map(\.key) == ["success", "errors", "reviewCampaign"])
    #expect(payload["success"] == true)
    #expect(payload["errors"] == [])
    let campaign = try #require(payload["reviewCampaign"])
    let id = try #require(campaign["id"]?.stringValue)
    #expect(
      campaign.compactText
        == #"{"id":"\#(id)","locationId":"\#(location)","name":"Christmas Sale Feedback","screening":false,"#
        + #""createdAt":"2026-01-05T09:30:00Z","openingEmailTemplate":null,"smsTemplate":null,"#
        + #""firstFollowUpSchedule":"DAYS_2","firstFollowUpTemplate":null,"secondFollowUpSchedule":"DAYS_5","#
        + #""secondFollowUpTemplate":null,"stats":[{"name":"emails_sent","value":"0"},{"name":"sms_sent","value":"0"},"#
        + #"{"name":"invite_open_rate","value":"0.00"},{"name":"clicks_rate","value":"0.00"},"#
        + #"{"name":"customer_exp_score","value":"0"}],"numberOfFeedbacks":0}"#)
  }

  @Test func creatingIsAllOrNothing() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let customers: JSONValue = [
      ["name": "NoContact"], ["name": "BadPhone", "phone": "12ab"], ["name": "BadMail", "email": "x@"],
      ["name": "A", "email": "a@b.co"], ["name": "A2", "email": "A@b.co"], ["name": "P", "phone": "(415) 555-1239"],
      ["name": "P2", "phone": "(415) 555-1239"],
    ]
    let payload = try campaign(synup, location: location, customers: customers, name: " ")
    #expect(payload["success"] == false)
    #expect(payload["reviewCampaign"] == .null)
    #expect(
      payload["errors"]?.arrayValue?.map { $0["code"] } == [
        "SY50112", "SY30001", "SY30033", "SY30051", "SY30034", "SY30035",
      ])
    #expect(
      payload["errors"]?[2]?.compactText
        == #"{"code":"SY30033","message":"Phone `12ab` is not a number","contextInfo":[{"key":"phone","value":"12ab"}]}"#
    )
    #expect(
      try synup.data(synup.get("/locations/\(location)/review-campaigns"), "listReviewCampaigns")
        == ["reviewCampaigns": []])
    let unknownLocation = synup.post(
      "/locations/review-campaigns", input: #"{"locationId":"TG9jYXRpb246OQ==","name":"x","locationCustomers":[]}"#)
    #expect(unknownLocation.text.contains("SY90002: Invalid Id"))
    let coercion = synup.post("/locations/review-campaigns", input: #"{"locationId":"x","name":"x"}"#)
    #expect(coercion.text.contains("locationCustomers of required type [LocationCustomerInput!]!"))
  }

  @Test func addingCustomersKeepsTheValidOnes() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let id = try #require(try campaign(synup, location: location)["reviewCampaign"]?["id"]?.stringValue)
    let input: JSONValue = [
      "reviewCampaignId": .string(id),
      "locationCustomers": [
        ["name": "Jill", "email": "jill@domain.com"], ["name": "Dup", "email": "jack@domain.com"],
      ],
    ]
    let added = try synup.data(
      synup.post("/locations/review-campaigns/customers", input: input.compactText), "addCustomersToReviewCampaign")
    #expect(added.objectValue?.map(\.key) == ["success", "errors"])
    #expect(added["success"] == false)
    #expect(added["errors"]?.arrayValue?.map { $0["code"] } == ["SY30034"])
    let info = try synup.data(synup.get("/locations/review-campaigns/\(id)/customers"), "reviewCampaignInfo")
    #expect(info["campaignName"] == "Christmas Sale Feedback")
    #expect(info["reviewCampaignCustomers"]?.arrayValue?.map { $0["name"] } == ["Jack", "Jill"])
    let unknown = synup.post(
      "/locations/review-campaigns/customers",
      input: #"{"reviewCampaignId":"00000000-0000-4000-8000-000000000000","locationCustomers":[]}"#)
    #expect(unknown.text.contains("SY90007: Resource Not Found"))
    #expect(synup.get("/locations/review-campaigns/nope/customers").text.contains("SY90002: Invalid Id"))
  }

  @Test func campaignsAreListedNewestFirstAndFilteredByCreationDay() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    _ = try campaign(synup, location: location, name: "First")
    try synup.advanceClock(seconds: 3 * 86_400)
    _ = try campaign(synup, location: location, name: "Second")
    let path = "/locations/\(location)/review-campaigns"
    let all = try synup.data(synup.get(path), "listReviewCampaigns")["reviewCampaigns"]
    #expect(all?.arrayValue?.map { $0["name"] } == ["Second", "First"])
    let early = try synup.data(synup.get(path, [("endDate", "2026-01-02")]), "listReviewCampaigns")["reviewCampaigns"]
    #expect(early?.arrayValue?.map { $0["name"] } == ["First"])
  }

  @Test func messageTimesAppearAsTheClockReachesThem() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    try synup.control("/_sim/clock", #"{"set":"2026-01-05T09:30:00Z"}"#)
    let id = try #require(try campaign(synup, location: location)["reviewCampaign"]?["id"]?.stringValue)
    func jack() throws -> JSONValue {
      try #require(
        try synup.data(synup.get("/locations/review-campaigns/\(id)/customers"), "reviewCampaignInfo")[
          "reviewCampaignCustomers"]?[0])
    }
    #expect(try jack()["emailDeliveredAt"] == .null)
    try synup.advanceClock(seconds: 60)
    #expect(try jack()["emailDeliveredAt"] == "2026-01-05 09:31:00")
    #expect(try jack()["smsDeliveredAt"] == "2026-01-05 09:31:00")
    try synup.control("/_sim/clock", #"{"set":"2026-01-12T09:30:00Z"}"#)
    let late = try jack()
    #expect(late["followUpSent"] == 2)
    #expect(late["firstFollowUpAt"] == "2026-01-07 09:30:00")
    #expect(late["firstFollowUpDeliveredAt"] == "2026-01-07 09:31:00")
    #expect(late["secondFollowUpAt"] == "2026-01-12 09:30:00")
    #expect(late["secondFollowUpDeliveredAt"] == .null)
    let stats = try synup.data(synup.get("/locations/\(location)/review-campaigns"), "listReviewCampaigns")[
      "reviewCampaigns"]?[0]?["stats"]
    // The invitation and the first follow-up went by email, the invitation by SMS too.
    #expect(stats?[0] == ["name": "emails_sent", "value": "2"])
    #expect(stats?[1] == ["name": "sms_sent", "value": "1"])
  }

  @Test func feedbackStopsFollowUpsAndCountsInTheStats() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    try synup.control("/_sim/clock", #"{"set":"2026-01-05T09:30:00Z"}"#)
    let id = try #require(try campaign(synup, location: location)["reviewCampaign"]?["id"]?.stringValue)
    try synup.control("/_sim/clock", #"{"set":"2026-01-12T08:00:00Z"}"#)
    let customer = try feedback(
      synup,
      ["reviewCampaignId": .string(id), "email": "jack@domain.com", "rating": 5, "response": "Great Service provided"])
    #expect(customer["rating"] == 5)
    #expect(customer["response"] == "Great Service provided")
    #expect(customer["date"] == "2026-01-12")
    #expect(customer["followUpSent"] == 1)
    #expect(customer["emailLastClickedAt"] != .null)
    try synup.control("/_sim/clock", #"{"set":"2026-01-20T00:00:00Z"}"#)
    let info = try synup.data(synup.get("/locations/review-campaigns/\(id)/customers"), "reviewCampaignInfo")
    #expect(info["reviewCampaignCustomers"]?[0]?["secondFollowUpAt"] == .null)
    let listed = try synup.data(synup.get("/locations/\(location)/review-campaigns"), "listReviewCampaigns")[
      "reviewCampaigns"]?[0]
    #expect(listed?["numberOfFeedbacks"] == 1)
    #expect(listed?["stats"]?[4] == ["name": "customer_exp_score", "value": "5.00"])
    #expect(listed?["stats"]?[3] == ["name": "clicks_rate", "value": "100.00"])
  }

  @Test func mockFeedbackValidatesItsItems() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let id = try #require(try campaign(synup, location: location)["reviewCampaign"]?["id"]?.stringValue)
    func field(_ items: JSONValue) throws -> JSONValue? {
      let reply = synup.tenant.send("POST", "/_sim/synup/feedback", body: items.compactText)
      #expect(reply.status == 400)
      return try reply.json()["field"]
    }
    #expect(
      try field(["reviewCampaignId": "00000000-0000-4000-8000-000000000000", "email": "jack@domain.com", "rating": 5])
        == "reviewCampaignId")
    #expect(try field(["reviewCampaignId": .string(id), "email": "who@domain.com", "rating": 5]) == "email")
    #expect(try field(["reviewCampaignId": .string(id), "phone": "000", "rating": 5]) == "phone")
    #expect(try field(["reviewCampaignId": .string(id), "email": "jack@domain.com", "rating": 9]) == "rating")
    #expect(try field(["reviewCampaignId": .string(id), "rating": 5]) == "email")
  }
}
