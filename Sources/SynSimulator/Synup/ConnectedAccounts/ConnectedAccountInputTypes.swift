/// The input types of the connected-account mutations (synup-sections.md 4.7).
extension SynupInputTypes {
  static let bulkConnectLink = SynupInputType.mutation(
    "BulkConnectLinkInput", [.required("successUrl", .string), .required("errorUrl", .string)])

  static func bulkDisconnect(_ name: String) -> SynupInputType {
    .mutation(name, [.required("connectedAccountId", .id)])
  }

  static let triggerMatches = SynupInputType.mutation(
    "ConnectedAccountsTriggerMatchesInput", [.required("connectedAccountIds", .list(.string))])

  static let confirmMatches = SynupInputType.mutation(
    "ConfirmConnectMatchesInput", [.required("matchRecordIds", .list(.string))])

  static let connectListing = SynupInputType.mutation(
    "ConnectListingInput",
    [.required("locationId", .id), .required("connectedAccountId", .id), .required("connectedAccountListingId", .id)])

  /// `site` is a string, not an enum: a value other than GOOGLE or FACEBOOK is SY10056, not a coercion error.
  static let disconnectListing = SynupInputType.mutation(
    "DisconnectConnectedAccountsLocationsInput", [.required("locationId", .id), .required("site", .string)])

  static let connectURL = SynupInputType.mutation(
    "ConnectUrlInput",
    [
      .required("locationId", .id), .required("site", .string), .required("successUrl", .string),
      .required("errorUrl", .string),
    ])
}
