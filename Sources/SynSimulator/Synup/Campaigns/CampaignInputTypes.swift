/// The input types of the review-campaign mutations (synup-sections.md 4.5),
/// with the keys only the SDK sends (`emailDetails`, `smsDetails`).
extension SynupInputTypes {
  private static let locationCustomer = SynupInputType(
    "LocationCustomerInput", [.required("name", .string), .optional("email", .string), .optional("phone", .string)])

  static let createReviewCampaign = SynupInputType.mutation(
    "CreateReviewCampaignInput",
    [
      .required("locationId", .id), .required("name", .string),
      .required("locationCustomers", .list(.object(locationCustomer))), .optional("screening", .boolean),
      .optional("landingPageTemplate", .json), .optional("openingEmailTemplate", .json),
      .optional("smsTemplate", .json), .optional("emailDetails", .json), .optional("smsDetails", .json),
    ])

  static let addCustomersToReviewCampaign = SynupInputType.mutation(
    "AddCustomersToReviewCampaignInput",
    [.required("reviewCampaignId", .id), .required("locationCustomers", .list(.object(locationCustomer)))])
}
