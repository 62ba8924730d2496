import SynJSON

/// The location object every location route prints: the core keys of spec 3,
/// with empty arrays for the parts the simulator does not model (decision 16),
/// its photos, and `temporarilyClosed` forced on by an automation's closure (synup-sections.md 5.5).
extension SynupAccount {
  func json(_ location: SynupLocation, at now: Timestamp) -> JSONValue {
    let fields = location.fields
    let status = location.status(at: now)
    let subCategory = SubCategory.named(fields.subCategory)
    let (latitude, longitude) = LocationGeo.coordinates(postalCode: fields.postalCode)
    func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    func time(_ value: Timestamp?) -> JSONValue { value.map { .string($0.synupMilliseconds) } ?? .null }
    let identity: [(String, JSONValue)] = [
      ("id", .string(location.id.text)), ("databaseId", .int(location.number)), ("uid", .string(location.uid.text)),
      ("accountId", .int(SynupAccount.number)),
    ]
    let address: [(String, JSONValue)] = [
      ("name", .string(fields.name)), ("storeId", text(fields.storeId)), ("street", .string(fields.street)),
      ("street1", fields.detail("street1")), ("city", .string(fields.city)), ("stateIso", .string(fields.stateIso)),
      ("stateName", text(Countries.states[fields.countryIso]?[fields.stateIso])),
      ("postalCode", .string(fields.postalCode)), ("countryIso", .string(fields.countryIso)),
      ("phone", .string(fields.phone)), ("additionalPhones", fields.detail("additionalPhones")),
      ("googleAdsPhone", fields.detail("googleAdsPhone")), ("ownerEmail", fields.detail("ownerEmail")),
      ("ownerName", fields.detail("ownerName")), ("description", .string(fields.description)),
      ("tagline", fields.detail("tagline")),
    ]
    let links = LocationDetail.all.filter { $0.name.hasSuffix("Url") }.map { ($0.name, fields.detail($0.name)) }
    let business: [(String, JSONValue)] = [
      ("paymentMethods", .array(fields.paymentMethods.map(JSONValue.string))),
      ("yearOfIncorporation", fields.detail("yearOfIncorporation")), ("hideAddress", fields.detail("hideAddress")),
      ("temporarilyClosed", flows.isClosed(location.number, at: now) ? true : fields.detail("temporarilyClosed")),
      ("businessHours", .array(fields.businessHours.map(\.json))),
      ("categoryId", subCategory.map { .int($0.categoryId) } ?? .null),
      ("subCategoryId", .string(RelayID(.subCategory, fields.subCategory).text)),
      ("subCategoryName", text(subCategory?.name)),
      (
        "subCategory",
        [
          "databaseId": .int(fields.subCategory), "id": .string(RelayID(.subCategory, fields.subCategory).text),
          "name": text(subCategory?.name), "primary": true,
        ]
      ),
      ("additionalCategoryIds", .array(fields.additionalCategoryIds.map(JSONValue.int))),
      (
        "additionalCategoryNames",
        .array(fields.additionalCategoryIds.compactMap { SubCategory.named($0) }.map { .string($0.name) })
      ),
    ]
    let organisation: [(String, JSONValue)] = [
      ("tags", .array(([TagRules.everyLocation] + fields.tags).map(JSONValue.string))),
      ("folderId", .string(location.folderId.text)), ("folderName", text(folders.folder(location.folderId)?.name)),
      ("archived", .bool(status == .archived)), ("archivedAt", time(status == .archived ? location.archivedAt : nil)),
      ("archivalScheduledAt", time(location.archivalScheduledAt)), ("cancellationScheduledAt", .null),
      ("approved", "APPROVED"), ("latitude", latitude), ("longitude", longitude), ("package", "PREMIUM"),
      ("planId", 1), ("planName", "Premium"), ("createdDate", .string(location.createdAt.synupLongDate)),
      ("updatedAt", .string(location.updatedAt.synupMilliseconds)),
      ("lastUpdatedDate", .string(location.updatedAt.synupLongDate)),
    ]
    let unmodelled: [(String, JSONValue)] =
      [("customAttributes", []), ("locationPhotos", locationPhotosJSON(location)), ("videos", fields.detail("videos"))]
      + ["moreHours", "serviceItems", "publisherAttributes"].map { ($0, []) }
      + [("placeActionLinks", fields.detail("placeActionLinks"))]
    let members = identity + address + links + business + organisation + unmodelled
    return .object(JSONObject(members.map { JSONObject.Member(key: $0.0, value: $0.1) }))
  }
}

/// Deterministic stand-in coordinates, derived from the postal code (decision 16).
enum LocationGeo {
  /// Latitude in [-60, 60) and longitude in [-180, 180), six decimals, from an FNV-1a hash.
  static func coordinates(postalCode: String) -> (latitude: JSONValue, longitude: JSONValue) {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in postalCode.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
    }
    let latitude = Int(hash % 120_000_000) - 60_000_000
    let longitude = Int(hash / 120_000_000 % 360_000_000) - 180_000_000
    return (degrees(microdegrees: latitude), degrees(microdegrees: longitude))
  }

  /// `-12.345678` as an exact JSON number.
  private static func degrees(microdegrees: Int) -> JSONValue {
    let magnitude = abs(microdegrees)
    let fraction = String(magnitude % 1_000_000)
    let text =
      (microdegrees < 0 ? "-" : "") + "\(magnitude / 1_000_000)."
      + String(repeating: "0", count: 6 - fraction.count) + fraction
    return JSONNumber(text: text).map(JSONValue.number) ?? .null
  }
}
