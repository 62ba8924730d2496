import SynJSON

/// GET /locations/{locationId}/voice-assistants (synup-sections.md 4.6): five
/// assistants, each following the listing of a backing site.
extension SynupAccount {
  private static let assistants: [(identifier: String, name: String, site: DirectorySite)] = [
    ("GOOGLE_ASSISTANT", "Google Assistant", DirectorySite.google), ("CORTANA", "Cortana", DirectorySite.bing),
    ("ALEXA", "Alexa", DirectorySite.bing), ("SIRI", "Siri", DirectorySite.appleMaps),
    ("BIXBY", "Bixby", DirectorySite.foursquare),
  ].map { ($0.0, $0.1, DirectorySite.withID($0.2)!) }

  /// → `voiceAssistantsForLocation`.
  func voiceListings(of locationID: Substring, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    let location = try location(inPath: locationID, startingWork: true, at: now)
    return .array(
      SynupAccount.assistants.enumerated().map { index, assistant in
        let site = assistant.site
        let view = listingView(of: location, on: site, at: now)
        let status =
          switch view.status {
          case .synced: "COMPLETED"
          case .failed: "FAILED"
          default: "IN_PROGRESS"
          }
        let connected = site.id == DirectorySite.google ? view.connection : nil
        return [
          "databaseId": .string(String(location.number * 1000 + 900 + index + 1)), "actionRequired": false,
          "connectedAccountId": connected.map { .string($0.connectedAccountID.text) } ?? .null, "errors": [],
          "voiceIdentifier": .string(assistant.identifier), "name": .string(assistant.name),
          "syncStatus": .string(status), "syncIssue": view.syncIssue.map(JSONValue.string) ?? .null,
          "__typename": "VoiceAssistant",
        ]
      })
  }
}
