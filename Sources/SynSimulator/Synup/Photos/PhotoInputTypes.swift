/// The input types of the photo mutations (synup-sections.md 4.1). Star takes
/// `photoIds` or the SDK's `mediaIds`, so neither is non-null in its type.
extension SynupInputTypes {
  static let photoKind = SynupInputValueType.enumeration(
    "LocationPhotoType", SynupPhoto.Kind.allCases.map(\.rawValue))

  static let addLocationPhotos = SynupInputType.mutation(
    "AddLocationPhotosInput",
    [
      .required("locationId", .id),
      .required(
        "photos",
        .list(
          .object(
            SynupInputType(
              "LocationPhotoInput",
              [.required("photo", .string), .required("type", photoKind), .optional("starred", .boolean)])))),
    ])

  static let starLocationPhotos = SynupInputType.mutation(
    "StarUnstarLocationPhotosInput",
    [
      .required("locationId", .id), .optional("photoIds", .list(.id)), .optional("mediaIds", .list(.id)),
      .required("starred", .boolean),
    ])

  static let removeLocationPhotos = SynupInputType.mutation(
    "RemoveLocationPhotosInput", [.required("locationId", .id), .required("photoIds", .list(.id))])
}
