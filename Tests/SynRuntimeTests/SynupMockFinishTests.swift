import Testing

/// `mock finish` (synup-sections.md 5.6) from a script: a bulk photo upload
/// completes at once, and a bad item is a runtime error.
@Suite struct SynupMockFinishTests {
  private static let location =
    #"{"input": {"name": "Blue Cafe", "street": "1 Main St", "city": "San Francisco", "postalCode": "94105", "#
    + #""phone": "(415) 555-1239", "stateIso": "CA", "countryIso": "US", "subCategoryId": "U3ViQ2F0ZWdvcnk6MjA=", "#
    + #""description": "\#(String(repeating: "A friendly neighbourhood cafe. ", count: 8))"}}"#

  private static let photos = (1...31).map { #"{"photo": "https://example.com/\#($0).jpg", "type": "ADDITIONAL"}"# }
    .joined(separator: ", ")

  @Test func aBulkUploadFinishesAtOnce() async throws {
    let harness = try await Harness.start()
    let stop = await harness.run(
      """
      use synup
      send POST /api/v4/locations body \(Self.location)
      let loc = .data.createLocation.location.id
      send POST /api/v4/locations/photos body {"input": {"locationId": $loc, "photos": [\(Self.photos)]}}
      let request = .data.addLocationPhotos.request.requestId
      send GET /api/v4/locations/photos/requests/$request
      expect .data.bulkImageProcessingStatus.status == "PROCESSING"
      mock finish kind=photo-upload id=$request
      expect .finished[0].kind == "photo-upload"
      expect .finished[0].status == "SUCCESS"
      send GET /api/v4/locations/photos/requests/$request
      expect .data.getLocationPhotosUploadStatus.status == "SUCCESS"
      send GET /api/v4/locations/$loc/photos
      expect .data.mediaFilesOfLocation count == 31
      mock finish
      expect .finished count == 0
      """)
    #expect(stop == nil, "\(String(describing: stop))")
  }

  @Test func aBadItemIsARuntimeError() async throws {
    let harness = try await Harness.start()
    let stop = await harness.run("mock finish outcome=maybe")
    #expect(
      stop?.runtimeMessage?.hasPrefix("mock finish failed: the simulator answered 400: outcome must be one of") == true,
      "\(String(describing: stop))")
  }
}
