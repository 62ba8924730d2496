/// The input types of the listing mutations (synup-sections.md 4.6).
extension SynupInputTypes {
  static func duplicateMark(_ name: String) -> SynupInputType {
    .mutation(name, [.required("locationId", .id), .required("listingItemIds", .list(.id))])
  }
}
