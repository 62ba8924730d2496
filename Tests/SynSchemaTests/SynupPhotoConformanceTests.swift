import SynCatalog
import SynJSON
import Testing

/// The photo and automation operations (synup-sections.md 4.1, 4.11), called
/// by `synupAnswersFitTheirSchemas` so that their answers are checked against
/// `/openapi.json`: successes, each error form, and the location object with photos.
extension ConformanceClient {
  func callPhotoAndAutomationOperations(location cafe: JSONValue) throws {
    let photosPath = "/api/v4/locations/\(cafe.stringValue ?? "")/photos"
    @discardableResult
    func upload(_ items: [JSONValue]) -> JSONValue {
      call(.synup, "add photo", body: ["input": ["locationId": cafe, "photos": .array(items)]])
    }
    let uploaded = upload([
      ["photo": "https://x/logo.png", "type": "LOGO"], ["photo": "https://x/a.jpg", "type": "ADDITIONAL"],
      ["photo": "https://x/b.jpg", "type": "ADDITIONAL", "starred": true],
    ])
    let photos = uploaded["data"]?["addLocationPhotos"]?["photos"]?.arrayValue ?? []
    let ids = photos.compactMap { $0["id"] }
    try #require(ids.count == 3, "\(uploaded)")
    upload([["photo": "https://x/a.gif", "type": "ADDITIONAL"]])
    let bulk = upload((1...31).map { ["photo": .string("https://x/\($0).jpg"), "type": "ADDITIONAL"] })
    let request = bulk["data"]?["addLocationPhotos"]?["request"]?["requestId"]?.stringValue ?? ""
    let requestPath = "/api/v4/locations/photos/requests/"
    call(.synup, "get photo-request", path: requestPath + request)
    control("clock", ["advance": "+1m"])
    call(.synup, "get photo-request", path: requestPath + request)
    call(.synup, "get photo-request", path: requestPath + "nope")
    call(.synup, "list photo", path: photosPath)
    call(.synup, "get location", query: [("ids", "[\(cafe.compactText)]")])
    call(.synup, "star photo", body: ["input": ["locationId": cafe, "photoIds": [ids[1]], "starred": true]])
    call(.synup, "star photo", body: ["input": ["locationId": cafe, "mediaIds": [ids[0]], "starred": true]])
    call(.synup, "remove photo", body: ["input": ["locationId": cafe, "photoIds": [ids[1]]]])
    call(.synup, "remove photo", body: ["input": ["locationId": cafe, "photoIds": [ids[0]]]])
    call(.synup, "remove photo", body: ["input": ["locationId": cafe, "photoIds": [ids[1]]]])
    let closure: JSONValue = [
      "name": "Holiday", "startDate": "2026-01-01", "startTime": "00:00:00", "endDate": "2026-01-09",
      "locationId": cafe,
    ]
    call(.synup, "close location", body: ["input": closure])
    var late = closure.objectValue ?? JSONObject()
    late["endDate"] = "2025-01-01"
    call(.synup, "close location", body: ["input": .object(late)])
    call(.synup, "get location", query: [("ids", "[\(cafe.compactText)]")])
    for name in ["list photo", "add photo", "get photo-request", "star photo", "remove photo", "close location"] {
      #expect(seen.contains("synup \(name) 200"), "\(name) never answered 200")
    }
  }
}
