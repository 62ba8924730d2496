import SynJSON
import Testing

@testable import SynSimulator

/// Uploading photos in the photo and automation tests (synup-sections.md 4.1).
extension SynupClient {
  /// `POST /locations/photos` of `photos` (`{"photo","type"}` objects) to `location`.
  func uploadPhotos(_ location: String, _ photos: [JSONValue]) -> Reply {
    let input: JSONValue = ["locationId": .string(location), "photos": .array(photos)]
    return post("/locations/photos", input: input.compactText)
  }

  /// Uploads one photo and returns it, as the mutation answers it.
  func uploadPhoto(_ location: String, type: String = "ADDITIONAL", url: String = "https://example.com/a.jpg")
    throws -> JSONValue
  {
    let payload = try data(
      uploadPhotos(location, [["photo": .string(url), "type": .string(type)]]), "addLocationPhotos")
    try #require(payload["success"] == true, "\(payload)")
    return try #require(payload["photos"]?[0])
  }

  /// The ids of `count` new ADDITIONAL photos of `location`, oldest first.
  func uploadAdditionalPhotos(_ location: String, count: Int) throws -> [String] {
    try (1...count).map { _ in try #require(try uploadPhoto(location)["id"]?.stringValue) }
  }

  /// `count` photo items `https://example.com/p<n>.jpg`.
  static func photoItems(_ count: Int, type: String = "ADDITIONAL") -> [JSONValue] {
    (0..<count).map { ["photo": .string("https://example.com/p\($0 + 1).jpg"), "type": .string(type)] }
  }
}
