// Review campaigns: synup-sections.md 4.5.

extension SynupOperationID {
  var campaignOperation: Operation {
    let id = OperationID.synup(self)
    typealias Fields = SynupSectionFields
    let input = Operation.BodyStyle.wrapped("input")
    switch self {
    case .createCampaign:
      return Operation(
        id, "create", "campaign", method: "POST", path: "/api/v4/locations/review-campaigns", body: input,
        fields: [
          Fields.locationId,
          Field("name", .string, required: true, constraints: "non-blank", doc: "The campaign's name."),
          Fields.locationCustomers,
          Field("screening", .boolean, constraints: "default false", doc: "Screen unhappy customers first."),
          Field(
            "landingPageTemplate", .object, constraints: "{content, heading, reviewSiteHash}", doc: "Landing page."),
          Field(
            "openingEmailTemplate", .object, constraints: "{replyTo, subject, heading, content, reviewSiteHash}",
            doc: "The first e-mail."),
          Field("smsTemplate", .object, constraints: "{content, reviewSiteHash}", doc: "The text message."),
          Field("emailDetails", .object, doc: "Sent by the official SDK; kept, never shown."),
          Field("smsDetails", .object, doc: "Sent by the official SDK; kept, never shown."),
        ],
        positionalFields: ["locationId"],
        doc: "Start a review campaign; answers data.createReviewCampaign {success, errors, reviewCampaign}.")
    case .addCampaignCustomers:
      return Operation(
        id, "add", "campaign-customer", method: "POST", path: "/api/v4/locations/review-campaigns/customers",
        body: input,
        fields: [
          Field("reviewCampaignId", .string, required: true, constraints: "uuid", doc: "The campaign."),
          Fields.locationCustomers,
        ],
        positionalFields: ["reviewCampaignId"],
        doc: "Invite more customers to a campaign; answers data.addCustomersToReviewCampaign {success, errors}.")
    case .listCampaigns:
      return Operation(
        id, "list", "campaign", method: "GET", path: "/api/v4/locations/{locationId}/review-campaigns",
        fields: Fields.startAndEndDates,
        doc: "A location's review campaigns, newest first; answers data.listReviewCampaigns.reviewCampaigns.")
    case .listCampaignCustomers:
      return Operation(
        id, "list", "campaign-customer", method: "GET",
        path: "/api/v4/locations/review-campaigns/{reviewCampaignId}/customers",
        doc: "A campaign's customers and their feedback; answers data.reviewCampaignInfo.")
    default:
      preconditionFailure("\(self) is not a review-campaign operation")
    }
  }
}
