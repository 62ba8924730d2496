import SynJSON

/// A duplicate of a location's listing on a site (G2), as the duplicate routes print it.
struct ListingDuplicate: Sendable {
  let site: DirectorySite
  /// 500000000 + L×1000 + site: `ListingItem:N`, or the bare `id` of the rollup.
  let number: Int
  let name: String
  let nameValid: Bool
  let street: String
  let addressValid: Bool
  let phone: String?
  let phoneValid: Bool
  let mark: SynupListingState.DuplicateMark?

  var processingState: String { mark?.rawValue ?? "POTENTIAL" }
  var liveLink: String { "https://www.\(site.url)/listing/\(number)" }

  static func number(location: Int, site: Int) -> Int {
    500_000_000 + location * 1000 + site
  }
}

extension SynupAccount {
  /// Every duplicate of `location` that exists at `now`, marked or not, in site table order.
  func duplicates(of location: SynupLocation, at now: Timestamp) -> [ListingDuplicate] {
    let number = String(location.number)
    let fields = location.fields
    return DirectorySite.supporting(fields.countryIso).compactMap { site in
      let siteID = String(site.id)
      let key = SynupListingState.SiteKey(locationNumber: location.number, siteID: site.id)
      guard site.mayCarryDuplicates, dataSeed.hash("dup", number, siteID) % 3 == 0,
        let synced = listingState.firstSyncedAt[key], synced <= now
      else { return nil }
      let itemNumber = ListingDuplicate.number(location: location.number, site: site.id)
      let nameValid = dataSeed.hash("dupname", number, siteID) % 2 == 0
      let addressHash = dataSeed.hash("dupaddr", number, siteID)
      let addressValid = addressHash % 2 == 0
      let phoneValid = dataSeed.hash("dupphone", number, siteID) % 3 != 0
      return ListingDuplicate(
        site: site, number: itemNumber, name: nameValid ? fields.name : fields.name + " Inc", nameValid: nameValid,
        street: addressValid ? fields.street : fields.street + " Ste \(1 + addressHash % 99)",
        addressValid: addressValid, phone: phoneValid ? fields.phone : nil, phoneValid: phoneValid,
        mark: listingState.duplicateMarks[itemNumber])
    }
  }

  /// The duplicates the read routes list: those not marked NOT_DUPLICATE (7 #22).
  private func listedDuplicates(of location: SynupLocation, at now: Timestamp) -> [ListingDuplicate] {
    duplicates(of: location, at: now).filter { $0.mark != .notDuplicate }
  }

  /// → `duplicateListingsForLocation`: one group per site with a duplicate.
  func duplicateListings(of locationID: Substring, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    let location = try location(inPath: locationID, startingWork: true, at: now)
    let fields = location.fields
    return .array(
      listedDuplicates(of: location, at: now).map { duplicate in
        let item: JSONValue = [
          "addressValid": .bool(duplicate.addressValid), "city": .string(fields.city),
          "street": .string(duplicate.street), "state": .string(fields.stateIso),
          "postalCode": .string(fields.postalCode), "phone": duplicate.phone.map(JSONValue.string) ?? .null,
          "phoneValid": .bool(duplicate.phoneValid), "name": .string(duplicate.name),
          "nameValid": .bool(duplicate.nameValid), "duplicateProcessingState": .string(duplicate.processingState),
          "liveLink": .string(duplicate.liveLink), "id": .string(RelayID(.listingItem, duplicate.number).text),
          "countryCode": .string(fields.countryIso),
        ]
        return [
          "primaryListingUrl": primaryListingURL(of: location, on: duplicate.site, at: now),
          "siteId": .string(duplicate.site.relayID.text), "siteName": .string(duplicate.site.name),
          "siteUrl": .string(duplicate.site.url), "duplicateListings": [item],
        ]
      })
  }

  /// → `duplicateListingsRollup`: every active location's duplicates, newest
  /// location first, 50 a page; `tag` keeps the locations with that tag.
  func duplicateRollup(_ query: SynupQueryParameters, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    let page = try SynupPageNumber(query, perPage: nil, defaultSize: 50, maximum: 50)
    let tag = query.string("tag")
    let chosen = locations.all.reversed().filter { location in
      location.status(at: now) != .archived && (tag.map(location.fields.tags.contains) ?? true)
    }
    let records = chosen.flatMap { location in
      let fields = location.fields
      return listedDuplicates(of: location, at: now).map { duplicate -> JSONValue in
        [
          "addressValid": .bool(duplicate.addressValid), "categoryValid": nil, "city": .string(fields.city),
          "countryCode": nil, "duplicateProcessingState": .string(duplicate.processingState),
          "id": .string(String(duplicate.number)), "liveLink": .string(duplicate.liveLink),
          "locationId": .string(String(location.number)), "name": .string(duplicate.name),
          "nameValid": .bool(duplicate.nameValid),
          "originalLiveLink": primaryListingURL(of: location, on: duplicate.site, at: now),
          "phone": duplicate.phone.map(JSONValue.string) ?? .null, "phoneValid": .bool(duplicate.phoneValid),
          "postalCode": .string(fields.postalCode), "siteName": .string(duplicate.site.name),
          "siteUrl": .string(duplicate.site.url), "state": .string(fields.stateIso),
          "street": .string(duplicate.street),
        ]
      }
    }
    return page.answer(records)
  }

  /// The location's own live link on the site, or null while not SYNCED.
  private func primaryListingURL(of location: SynupLocation, on site: DirectorySite, at now: Timestamp) -> JSONValue {
    listingView(of: location, on: site, at: now).listingUrl.map(JSONValue.string) ?? .null
  }

  /// → `markAsDuplicate` · `markAsNotDuplicate`: every item is checked before any is marked.
  mutating func mark(_ mark: SynupListingState.DuplicateMark, _ input: SynupInput, at now: Timestamp)
    throws(SynupFailure) -> JSONValue
  {
    let location: SynupLocation
    do {
      location = try self.location(named: input.string("locationId") ?? "", startingWork: true, at: now)
    } catch SynupFailure.resolver("SY90002: Invalid Id") {
      // These two routes' evidenced spelling glues the code to the text (2.4).
      throw .resolver("SY90002:Invalid Id")
    }
    let known = Set(duplicates(of: location, at: now).map(\.number))
    let numbers = (input.strings("listingItemIds") ?? []).map { RelayID($0, as: .listingItem)?.number }
    guard numbers.allSatisfy({ $0.map(known.contains) ?? false }) else {
      throw .resolver("SY00002:Listing item ID not found")
    }
    for number in numbers.compactMap(\.self) {
      listingState.duplicateMarks[number] = mark
    }
    return ["clientMutationId": input.clientMutationId, "errors": nil, "success": true, "warnings": nil]
  }
}
