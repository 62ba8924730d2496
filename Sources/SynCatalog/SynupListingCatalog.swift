// Listings: synup-sections.md 4.6.

extension SynupOperationID {
  var listingOperation: Operation {
    let id = OperationID.synup(self)
    let input = Operation.BodyStyle.wrapped("input")
    let marking = [
      SynupSectionFields.locationId,
      Field(
        "listingItemIds", .array(.string), required: true, constraints: "base64 ListingItem:N ids",
        doc: "Duplicate items of the location."),
    ]
    switch self {
    case .listPremiumListings:
      return Operation(
        id, "list", "listing", method: "GET", path: "/api/v4/locations/{locationId}/listings/premium",
        doc: "A location's listings on the premium directory sites; answers data.listingsForLocation.")
    case .listAdditionalListings:
      return Operation(
        id, "list", "additional-listing", method: "GET", path: "/api/v4/locations/{locationId}/listings/additional",
        doc: "A location's listings on the other directory sites; answers data.listingsForLocation.")
    case .listVoiceListings:
      return Operation(
        id, "list", "voice-listing", method: "GET", path: "/api/v4/locations/{locationId}/voice-assistants",
        doc: "A location's voice-assistant listings; answers data.voiceAssistantsForLocation.")
    case .getAIListings:
      return Operation(
        id, "get", "ai-listing", method: "GET", path: "/api/v4/locations/{locationId}/ai-listings",
        doc: "How AI assistants describe a location; answers data.fetchAiListings.")
    case .listDuplicates:
      return Operation(
        id, "list", "duplicate", method: "GET", path: "/api/v4/locations/{locationId}/listings/duplicates",
        doc: "A location's duplicate listings by site; answers data.duplicateListingsForLocation.")
    case .listAccountDuplicates:
      return Operation(
        id, "list", "account-duplicate", method: "GET", path: "/api/v4/locations/listings/duplicates",
        fields: [
          Field("tag", .string, doc: "Only locations with this tag."),
          Field("page", .integer, constraints: "1-based, 50 a page", doc: "The page."),
        ],
        doc: "Every location's duplicate listings; answers data.duplicateListingsRollup {pageInfo, records}.")
    case .markDuplicate:
      return Operation(
        id, "mark", "duplicate", method: "POST", path: "/api/v4/locations/listings/mark-as-duplicate", body: input,
        fields: marking, positionalFields: ["locationId", "listingItemIds"],
        doc: "Mark listings as duplicates of a location; answers data.markAsDuplicate.")
    case .unmarkDuplicate:
      return Operation(
        id, "unmark", "duplicate", method: "POST", path: "/api/v4/locations/listings/mark-as-not-duplicate",
        body: input, fields: marking, positionalFields: ["locationId", "listingItemIds"],
        doc: "Mark listings as not duplicates (they leave the lists); answers data.markAsNotDuplicate.")
    default:
      preconditionFailure("\(self) is not a listing operation")
    }
  }
}
