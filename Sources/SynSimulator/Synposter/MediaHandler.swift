import SynHTTP
import SynJSON

/// `POST /v1/media` (spec 1.5) and the upload URL it hands out.
extension TenantState {
  static let filenameLengths = 1...255

  /// POST /v1/media `{filename, mimeType}`: 201 `{id, uploadUrl, publicUrl, expiresAt}`.
  mutating func createMedia(_ request: HTTPRequest) throws(APIError) -> HTTPResponse {
    let fields = RequestFields(try RequestBody.object(request.body))
    let filename = try fields.required(
      "filename", fields.string("filename", maximumLength: TenantState.filenameLengths.upperBound))
    guard !filename.unicodeScalars.contains(where: { $0 == "/" || $0 == "\\" || $0 == "\0" }) else {
      throw .validation(field: "filename", "filename must not contain /, \\ or NUL")
    }
    let mimeType = try fields.required("mimeType", fields.string("mimeType"))
    guard TenantState.isUploadableMimeType(mimeType) else {
      throw .validation(field: "mimeType", "mimeType must be image/* or video/*, such as image/png")
    }
    let file = MediaFile(
      id: newID(), filename: filename, mimeType: mimeType, uploadToken: newToken(),
      expiresAt: now.adding(seconds: MediaFile.uploadLifetimeSeconds), upload: nil)
    media.insert(file)
    return .json(201, file.json(urls: MockURLs(for: request), tenantNumber: number))
  }

  /// PUT /mock/uploads/{token} (no key): stores the bytes until `expiresAt`,
  /// with the Content-Type announced; answers 200 with no body, as storage services do.
  mutating func receiveUpload(_ token: Substring, _ request: HTTPRequest) throws(APIError) -> HTTPResponse {
    guard var file = media.file(uploadToken: String(token)), now < file.expiresAt else {
      throw .notFound("No upload is pending at this URL, or it has expired")
    }
    let contentType = request.headers["Content-Type"]?.prefix { $0 != ";" }.lowercased()
    guard contentType == file.mimeType.lowercased() else {
      throw .validation(field: "Content-Type", "Content-Type must be \(file.mimeType), as announced")
    }
    file.upload = MediaFile.Upload(
      byteCount: request.body.count, format: MediaFormat(sniffing: request.body), bytes: request.body)
    media.replace(file)
    return HTTPResponse(status: 200)
  }

  /// GET /mock/media/{token}/{filename} (no key): the uploaded bytes with the
  /// announced Content-Type; 404 before the upload, or once the tenant was
  /// saved and loaded (the bytes are not saved).
  func servePublicMedia(_ token: Substring, _ filename: Substring) throws(APIError) -> HTTPResponse {
    guard let id = MockURLs.mediaID(inToken: token), let file = media[id],
      (PercentEncoding.decode(filename) ?? String(filename)) == file.filename, let bytes = file.upload?.bytes
    else {
      throw .notFound("No uploaded file at this URL")
    }
    return HTTPResponse(status: 200, headers: HTTPHeaders([("Content-Type", file.mimeType)]), body: bytes)
  }

  /// `image/<subtype>` or `video/<subtype>`.
  private static func isUploadableMimeType(_ text: String) -> Bool {
    let parts = text.lowercased().split(separator: "/", omittingEmptySubsequences: false)
    return parts.count == 2 && ["image", "video"].contains(parts[0]) && !parts[1].isEmpty
      && parts[1].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }
  }
}
