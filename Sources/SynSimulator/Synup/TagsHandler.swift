import SynJSON

/// The tag routes (spec 4): tags are made when first added, `all` is on
/// every location, and a location has at most 10 tags besides it.
extension SynupAccount {
  /// GET /tags → `listAllTags`.
  func listTags() -> JSONValue {
    .array(tags.all.map(\.json))
  }

  /// POST /locations/tags → `addTag`: adding a tag the location has (or
  /// `all`) succeeds and changes nothing.
  mutating func addTag(_ input: SynupInput, at now: Timestamp) throws(SynupFailure) -> PayloadOutcome {
    let (idText, name) = (input.string("locationId") ?? "", input.string("tag") ?? "")
    guard var location = locations.location(try SynupIDs.relayID(idText, as: .location)) else {
      return .rejected([.locationDoesNotExist(key: "locationId", value: idText)])
    }
    if let error = TagRules.check(name) { return .rejected([error]) }
    if name != TagRules.everyLocation && !location.fields.tags.contains(name) {
      guard location.fields.tags.count < TagRules.maximumPerLocation else { return .rejected([TagRules.tooMany]) }
      location.fields.tags.append(name)
      location.updatedAt = now
      locations.replace(location)
    }
    return .success(tag(named: name).json)
  }

  /// The tag called `name`, made when the account has none yet.
  mutating func tag(named name: String) -> SynupTag {
    if let existing = tags.tag(named: name) { return existing }
    let tag = SynupTag(id: nextUUID(), name: name)
    tags.insert(tag)
    return tag
  }

  /// POST /locations/tags/remove → `removeTag`: succeeds whether or not the
  /// location had the tag, which stays in the account; `all` is never
  /// removed. `tag` is null when the account has no tag of that name.
  mutating func removeTag(_ input: SynupInput, at now: Timestamp) throws(SynupFailure) -> PayloadOutcome {
    let (idText, name) = (input.string("locationId") ?? "", input.string("tag") ?? "")
    guard var location = locations.location(try SynupIDs.relayID(idText, as: .location)) else {
      return .rejected([.locationDoesNotExist(key: "locationId", value: idText)])
    }
    if location.fields.tags.contains(name) {
      location.fields.tags.removeAll { $0 == name }
      location.updatedAt = now
      locations.replace(location)
    }
    return .success(tags.tag(named: name)?.json ?? .null)
  }
}
