import SynJSON
import Testing

@testable import SynSimulator

/// POST /v1/media, the upload URL, and media fetched when posting (spec 1.5, 1.4 media).
@Suite struct MediaTests {
  static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
  static let gif = Array("GIF89a....".utf8)
  static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16]
  static let webp = Array("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8 ".utf8)

  /// Creates a media file and returns its JSON.
  @discardableResult
  private func createMedia(_ client: TestClient, _ filename: String, _ mimeType: String) throws -> JSONValue {
    let reply = client.send(
      "POST", "/v1/media", body: #"{"filename":"\#(filename)","mimeType":"\#(mimeType)"}"#)
    try #require(reply.status == 201, "\(reply.text)")
    return try reply.json()
  }

  /// Uploads `bytes` to the media's uploadUrl.
  private func upload(_ client: TestClient, _ media: JSONValue, _ bytes: [UInt8], as type: String) throws -> Reply {
    try client.open(
      try #require(media["uploadUrl"]?.stringValue), method: "PUT", body: bytes, headers: [("Content-Type", type)])
  }

  /// Posts `media` as `type` and returns the first target's result.
  private func postMedia(_ client: TestClient, _ media: JSONValue, type: String) throws -> JSONValue? {
    let account = try client.connectAccount()
    let url = try #require(media["publicUrl"]?.stringValue)
    return try client.createPost(#"{"accountIds":["\#(account)"],"media":[{"type":"\#(type)","url":"\#(url)"}]}"#)[
      "results"]?[0]
  }

  @Test func createAnswers201WithUploadAndPublicURLs() throws {
    let client = try TestClient()
    let reply = client.send("POST", "/v1/media", body: #"{"filename":"cat photo.png","mimeType":"image/png"}"#)
    #expect(reply.status == 201)
    let json = try reply.json()
    #expect(json.objectValue?.keys == ["id", "uploadUrl", "publicUrl", "expiresAt"])
    let id = try #require(json["id"]?.stringValue)
    #expect(ResourceID(Substring(id)) != nil)
    #expect(json["uploadUrl"]?.stringValue?.hasPrefix("http://localhost/mock/uploads/t1_") == true)
    #expect(json["publicUrl"] == .string("http://localhost/mock/media/t1_\(id)/cat%20photo.png"))
    #expect(json["expiresAt"] == "2026-01-01T01:00:00Z")
  }

  @Test(arguments: [
    (
      #"{"mimeType":"image/png"}"#, #"{"error":"validation_error","message":"filename is required","field":"filename"}"#
    ),
    (
      #"{"filename":"","mimeType":"image/png"}"#,
      #"{"error":"validation_error","message":"filename must be 1 to 255 characters long (got 0)","field":"filename"}"#
    ),
    (
      #"{"filename":"a/b.png","mimeType":"image/png"}"#,
      #"{"error":"validation_error","message":"filename must not contain /, \\ or NUL","field":"filename"}"#
    ),
    (
      #"{"filename":"a\\b.png","mimeType":"image/png"}"#,
      #"{"error":"validation_error","message":"filename must not contain /, \\ or NUL","field":"filename"}"#
    ),
    (
      #"{"filename":"a\u0000b.png","mimeType":"image/png"}"#,
      #"{"error":"validation_error","message":"filename must not contain /, \\ or NUL","field":"filename"}"#
    ),
    (#"{"filename":"a.png"}"#, #"{"error":"validation_error","message":"mimeType is required","field":"mimeType"}"#),
    (
      #"{"filename":"a.txt","mimeType":"text/plain"}"#,
      #"{"error":"validation_error","message":"mimeType must be image/* or video/*, such as image/png","field":"mimeType"}"#
    ),
    (
      #"{"filename":"a.png","mimeType":"image/"}"#,
      #"{"error":"validation_error","message":"mimeType must be image/* or video/*, such as image/png","field":"mimeType"}"#
    ),
    ("{", nil),
  ])
  func createValidatesItsBody(body: String, expected: String?) throws {
    let reply = try TestClient().send("POST", "/v1/media", body: body)
    #expect(reply.status == 400)
    if let expected { #expect(reply.text == expected) } else { #expect(try reply.json()["error"] == "invalid_json") }
  }

  @Test func filenamesUpTo255CharactersAndVideoTypesAreAccepted() throws {
    let client = try TestClient()
    try createMedia(client, String(repeating: "n", count: 255), "video/mp4")
    let long = client.send(
      "POST", "/v1/media", body: #"{"filename":"\#(String(repeating: "n", count: 256))","mimeType":"image/png"}"#)
    #expect(long.status == 400)
  }

  @Test func uploadingNeedsNoKeyAndTheAnnouncedContentType() throws {
    let client = try TestClient()
    let media = try createMedia(client, "cat.png", "image/png")
    let wrong = try upload(client, media, Self.png, as: "image/jpeg")
    #expect(wrong.status == 400)
    #expect(
      wrong.text
        == #"{"error":"validation_error","message":"Content-Type must be image/png, as announced","field":"Content-Type"}"#
    )
    let right = try upload(client, media, Self.png, as: "Image/PNG; charset=binary")
    #expect(right.status == 200)
    #expect(right.body.isEmpty)
  }

  @Test func uploadURLsExpireAfterAnHour() throws {
    let client = try TestClient()
    let media = try createMedia(client, "cat.png", "image/png")
    try client.advanceClock("1h")
    let reply = try upload(client, media, Self.png, as: "image/png")
    #expect(reply.status == 404)
    #expect(reply.text == #"{"error":"not_found","message":"No upload is pending at this URL, or it has expired"}"#)
  }

  @Test(arguments: [
    "http://localhost/mock/uploads/t1_nothing", "http://localhost/mock/uploads/t9_x", "http://localhost/mock/uploads/x",
  ])
  func unknownUploadURLsAre404(url: String) throws {
    let client = try TestClient()
    #expect(try client.open(url, method: "PUT", headers: [("Content-Type", "image/png")]).status == 404)
  }

  @Test(arguments: [
    ("image/png", png, "image"), ("image/jpeg", jpeg, "image"), ("image/webp", webp, "image"),
    ("image/gif", gif, "gif"),
  ])
  func uploadedPicturesPublish(mimeType: String, bytes: [UInt8], type: String) throws {
    let client = try TestClient()
    let media = try createMedia(client, "file", mimeType)
    #expect(try upload(client, media, bytes, as: mimeType).status == 200)
    let result = try postMedia(client, media, type: type)
    #expect(result?["status"] == "published")
    let post = try client.send("GET", "/v1/posts").json()["data"]?[0]
    #expect(post?["media"]?[0]?["url"] == media["publicUrl"])
  }

  @Test func mediaThatWasNeverUploadedFailsTheTarget() throws {
    let client = try TestClient()
    let media = try createMedia(client, "cat.png", "image/png")
    let id = try #require(media["id"]?.stringValue)
    let result = try postMedia(client, media, type: "image")
    #expect(
      result?["error"]?.compactText == #"{"code":"platform_rejected","message":"Media \#(id) was never uploaded"}"#)
    #expect(try client.postsUsed() == 0)
  }

  @Test func bytesThatAreNoPictureFailTheTarget() throws {
    let client = try TestClient()
    let media = try createMedia(client, "cat.png", "image/png")
    _ = try upload(client, media, Array("not a picture".utf8), as: "image/png")
    let id = try #require(media["id"]?.stringValue)
    #expect(
      try postMedia(client, media, type: "image")?["error"]?["message"]
        == .string("Media \(id) is not a PNG, JPEG, WebP or GIF file"))
  }

  @Test func aGifMustBeSentAsGifAndAnImageAsImage() throws {
    let client = try TestClient()
    let gif = try createMedia(client, "a.gif", "image/gif")
    _ = try upload(client, gif, Self.gif, as: "image/gif")
    #expect(
      try postMedia(client, gif, type: "image")?["error"]?["message"]
        == .string("Media \(try #require(gif["id"]?.stringValue)) is a GIF: send it as type gif"))
    let png = try createMedia(client, "a.png", "image/png")
    _ = try upload(client, png, Self.png, as: "image/png")
    let reply = try postMedia(client, png, type: "gif")
    #expect(
      reply?["error"]?["message"]
        == .string("Media \(try #require(png["id"]?.stringValue)) is not a GIF: send it as type image"))
  }

  @Test func imagesAreLimitedTo5MBAndGifsTo15MB() throws {
    let client = try TestClient()
    let limits = [("image/png", Self.png, "image", 5 << 20), ("image/gif", Self.gif, "gif", 15 << 20)]
    for (mimeType, signature, type, limit) in limits {
      let fits = try createMedia(client, "fits", mimeType)
      _ = try upload(client, fits, signature + [UInt8](repeating: 0, count: limit - signature.count), as: mimeType)
      #expect(try postMedia(client, fits, type: type)?["status"] == "published")
      let tooBig = try createMedia(client, "big", mimeType)
      _ = try upload(
        client, tooBig, signature + [UInt8](repeating: 0, count: limit + 1 - signature.count), as: mimeType)
      let id = try #require(tooBig["id"]?.stringValue)
      #expect(
        try postMedia(client, tooBig, type: type)?["error"]?["message"]
          == .string("Media \(id) is \(limit + 1) bytes; X takes \(type)s up to \(limit) bytes"))
    }
  }

  @Test func anotherTenantsPublicURLCannotBeFetched() throws {
    let simulator = Simulator()
    let owner = try TestClient(simulator: simulator)
    let media = try createMedia(owner, "cat.png", "image/png")
    _ = try upload(owner, media, Self.png, as: "image/png")
    let client = try TestClient(simulator: simulator)
    let url = try #require(media["publicUrl"]?.stringValue)
    #expect(
      try postMedia(client, media, type: "image")?["error"]?["message"] == .string("\(url) could not be fetched (404)"))
  }

  @Test func otherHTTPSURLsAreTakenAsValidPictures() throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    let post = try client.createPost(
      #"{"accountIds":["\#(account)"],"text":"look","media":[{"type":"image","url":"https://cdn.example.com/a.jpg"}]}"#)
    #expect(post["status"] == "published")
  }

  @Test func aScheduledPostFetchesItsMediaWhenDue() throws {
    let client = try TestClient()
    let media = try createMedia(client, "cat.png", "image/png")
    let account = try client.connectAccount()
    let url = try #require(media["publicUrl"]?.stringValue)
    let post = try client.createPost(
      #"{"accountIds":["\#(account)"],"media":[{"type":"image","url":"\#(url)"}],"scheduledAt":"2026-01-01T00:30:00Z"}"#
    )
    _ = try upload(client, media, Self.png, as: "image/png")
    try client.advanceClock("1h")
    #expect(
      try client.send("GET", "/v1/posts/\(try #require(post["id"]?.stringValue))").json()["status"] == "published")
  }
}
