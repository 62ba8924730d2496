// Location photos: synup-sections.md 4.1.

extension SynupOperationID {
  var photoOperation: Operation {
    let id = OperationID.synup(self)
    typealias Fields = SynupSectionFields
    let input = Operation.BodyStyle.wrapped("input")
    let photoIds = Field(
      "photoIds", .array(.string), constraints: "base64 MediaFile:N ids", doc: "The photos to act on.")
    switch self {
    case .listPhotos:
      return Operation(
        id, "list", "photo", method: "GET", path: "/api/v4/locations/{locationId}/photos",
        doc: "A location's live photos, newest first; answers data.mediaFilesOfLocation.")
    case .addPhotos:
      return Operation(
        id, "add", "photo", method: "POST", path: "/api/v4/locations/photos", body: input,
        fields: [
          Fields.locationId,
          Field(
            "photos", .array(.object), required: true,
            constraints: "1 or more {photo: URL, type: LOGO|COVER|ADDITIONAL, starred?}; .jpg/.jpeg/.png",
            doc: "The photos to upload; more than 30 are processed in the background."),
        ],
        doc: "Upload photos to a location; answers data.addLocationPhotos {success, errors, photos, request}.")
    case .getPhotoRequest:
      return Operation(
        id, "get", "photo-request", method: "GET", path: "/api/v4/locations/photos/requests/{requestId}",
        doc: "The status of a bulk photo upload; answers data.getLocationPhotosUploadStatus and "
          + "data.bulkImageProcessingStatus.")
    case .starPhotos:
      var required = photoIds
      required.doc = "The ADDITIONAL photos to star or unstar (or mediaIds)."
      return Operation(
        id, "star", "photo", method: "POST", path: "/api/v4/locations/photos/star", body: input,
        fields: [
          Fields.locationId, required,
          Field("mediaIds", .array(.string), constraints: "base64 MediaFile:N ids", doc: "The SDK's photoIds."),
          Field("starred", .boolean, required: true, doc: "Star (true) or unstar (false); at most 4 starred."),
        ],
        positionalFields: ["locationId", "photoIds"],
        doc: "Star or unstar a location's photos; answers data.starUnstarLocationPhotos {success, error, photos}.")
    case .removePhotos:
      var required = photoIds
      required.isRequired = true
      required.doc = "The photos to remove (not the logo or cover)."
      return Operation(
        id, "remove", "photo", method: "POST", path: "/api/v4/locations/photos/remove", body: input,
        fields: [Fields.locationId, required], positionalFields: ["locationId", "photoIds"],
        doc: "Remove a location's photos; answers data.removeLocationPhotos {success, errors, photos}.")
    default:
      preconditionFailure("\(self) is not a photo operation")
    }
  }
}

extension SynupOperationID {
  /// The SDK's member for the bulk photo status, answered beside the docs' `getLocationPhotosUploadStatus`
  /// with the same value (synup-sections.md 7 #2).
  public static let photoRequestSDKField = "bulkImageProcessingStatus"
}
