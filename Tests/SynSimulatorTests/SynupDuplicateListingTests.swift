import SynJSON
import Testing

@testable import SynSimulator

/// Duplicate listings (synup-sections.md 4.6, G2, 7 #22): found once a
/// listing first syncs, marked DUPLICATE (still listed) or NOT_DUPLICATE (hidden).
@Suite struct SynupDuplicateListingTests {
  static let seed = 42

  /// The `dup` sites where location `number` has a duplicate, in table order.
  static func duplicateSites(of number: Int) -> [Int] {
    [6, 48, 75, 162, 314].filter { DataSeed(seed).hash("dup", String(number), String($0)) % 3 == 0 }
  }

  /// The first location number with a duplicate.
  static let numberWithDuplicates = (1...50).first { !duplicateSites(of: $0).isEmpty }!

  /// A seeded tenant with locations 1…`count`, its clock three days on: every listing but Bing synced.
  static func synced(locations count: Int = numberWithDuplicates) throws -> (SynupClient, [String]) {
    let synup = try SynupClient()
    try synup.control("/_sim/seed", #"{"seed":\#(seed)}"#)
    let ids = try synup.createLocations(count)
    try synup.advanceClock("+3d")
    return (synup, ids)
  }

  @Test func noDuplicateShowsBeforeTheListingFirstSyncs() throws {
    let synup = try SynupClient()
    try synup.control("/_sim/seed", #"{"seed":\#(Self.seed)}"#)
    let ids = try synup.createLocations(Self.numberWithDuplicates)
    let reply = synup.get("/locations/\(ids.last!)/listings/duplicates")
    #expect(try synup.data(reply, "duplicateListingsForLocation") == [])
  }

  @Test func aLocationsDuplicatesFollowG2() throws {
    let (synup, ids) = try Self.synced()
    let number = Self.numberWithDuplicates
    let groups = try synup.data(
      synup.get("/locations/\(ids.last!)/listings/duplicates"), "duplicateListingsForLocation")
    let sites = Self.duplicateSites(of: number)
    #expect(groups.arrayValue?.count == sites.count)
    let site = sites[0]
    let group = try #require(groups[0])
    let siteRow = try #require(DirectorySite.all.first { $0.id == site })
    #expect(group["siteId"] == .string(RelayID(.site, site).text))
    #expect(group["siteName"] == .string(siteRow.name))
    #expect(group["primaryListingUrl"] == .string("https://www.\(siteRow.url)/biz/store-\(number)-\(number)"))
    let item = try #require(group["duplicateListings"]?[0])
    let itemNumber = 500_000_000 + number * 1000 + site
    let seed = DataSeed(Self.seed)
    let nameValid = seed.hash("dupname", String(number), String(site)) % 2 == 0
    let addressHash = seed.hash("dupaddr", String(number), String(site))
    let phoneValid = seed.hash("dupphone", String(number), String(site)) % 3 != 0
    let expected: JSONValue = [
      "addressValid": .bool(addressHash % 2 == 0), "city": "San Francisco",
      "street": .string(addressHash % 2 == 0 ? "1 Main St" : "1 Main St Ste \(1 + addressHash % 99)"), "state": "CA",
      "postalCode": "94105", "phone": phoneValid ? "4155551239" : nil, "phoneValid": .bool(phoneValid),
      "name": .string(nameValid ? "Store \(number)" : "Store \(number) Inc"), "nameValid": .bool(nameValid),
      "duplicateProcessingState": "POTENTIAL", "liveLink": .string("https://www.\(siteRow.url)/listing/\(itemNumber)"),
      "id": .string(RelayID(.listingItem, itemNumber).text), "countryCode": "US",
    ]
    #expect(item.compactText == expected.compactText)
  }

  @Test func markingIsTheExampleAndEitherMarkReversesTheOther() throws {
    let (synup, ids) = try Self.synced()
    let location = ids.last!
    let path = "/locations/\(location)/listings/duplicates"
    let item = try #require(
      try synup.data(synup.get(path), "duplicateListingsForLocation")[0]?["duplicateListings"]?[0]?["id"])
    let input = #"{"locationId":"\#(location)","listingItemIds":[\#(item.compactText)]}"#
    let marked = synup.post("/locations/listings/mark-as-duplicate", input: input)
    #expect(
      marked.text
        == #"{"data":{"markAsDuplicate":{"clientMutationId":null,"errors":null,"success":true,"warnings":null}}}"#)
    let afterMark = try synup.data(synup.get(path), "duplicateListingsForLocation")
    #expect(afterMark[0]?["duplicateListings"]?[0]?["duplicateProcessingState"] == "DUPLICATE")
    let unmarked = synup.post("/locations/listings/mark-as-not-duplicate", input: input)
    #expect(
      unmarked.text
        == #"{"data":{"markAsNotDuplicate":{"clientMutationId":null,"errors":null,"success":true,"warnings":null}}}"#)
    let afterUnmark = try synup.data(synup.get(path), "duplicateListingsForLocation")
    #expect(afterUnmark.arrayValue?.count == Self.duplicateSites(of: Self.numberWithDuplicates).count - 1)
    let rollup = try synup.data(synup.get("/locations/listings/duplicates"), "duplicateListingsRollup")
    #expect(
      rollup["records"]?.arrayValue?.contains {
        $0["id"] == .string(String(RelayID(item.stringValue!, as: .listingItem)!.number))
      } == false)
    _ = synup.post("/locations/listings/mark-as-duplicate", input: input)
    #expect(try synup.data(synup.get(path), "duplicateListingsForLocation") == afterMark)
  }

  @Test func markErrorsUseTheEvidencedSpelling() throws {
    let (synup, ids) = try Self.synced()
    let location = ids.last!
    let item = try #require(
      try synup.data(synup.get("/locations/\(location)/listings/duplicates"), "duplicateListingsForLocation")[0]?[
        "duplicateListings"]?[0]?["id"]?.stringValue)
    let badLocation = synup.post(
      "/locations/listings/mark-as-duplicate", input: #"{"locationId":"bad","listingItemIds":["\#(item)"]}"#)
    #expect(badLocation.text == #"{"data":{"markAsDuplicate":null},"errors":[{"message":"SY90002:Invalid Id"}]}"#)
    // The location's own listing is no duplicate item; nothing is marked when one item is wrong.
    let own = RelayID(.listingItem, Self.numberWithDuplicates * 1000 + 6).text
    let mixed = synup.post(
      "/locations/listings/mark-as-not-duplicate",
      input: #"{"locationId":"\#(location)","listingItemIds":["\#(item)","\#(own)"]}"#)
    #expect(
      mixed.text == #"{"data":{"markAsNotDuplicate":null},"errors":[{"message":"SY00002:Listing item ID not found"}]}"#)
    let groups = try synup.data(synup.get("/locations/\(location)/listings/duplicates"), "duplicateListingsForLocation")
    #expect(groups[0]?["duplicateListings"]?[0]?["duplicateProcessingState"] == "POTENTIAL")
    let otherLocation = synup.post(
      "/locations/listings/mark-as-duplicate", input: #"{"locationId":"\#(ids[0])","listingItemIds":["\#(item)"]}"#)
    #expect(otherLocation.text.contains("SY00002:Listing item ID not found"))
    _ = synup.post("/locations/archive", input: #"{"locationIds":["\#(location)"]}"#)
    try synup.setClock("2026-02-01T00:00:00Z")
    let archived = synup.post(
      "/locations/listings/mark-as-duplicate", input: #"{"locationId":"\#(location)","listingItemIds":["\#(item)"]}"#)
    #expect(
      archived.text
        == #"{"data":{"markAsDuplicate":null},"errors":[{"message":"SY00008: Location is in archived state"}]}"#)
  }

  @Test func theRollupPagesFiftyRecordsNewestLocationFirst() throws {
    let count = 45
    let (synup, _) = try Self.synced(locations: count)
    let expected = (1...count).reversed().flatMap { number in Self.duplicateSites(of: number).map { (number, $0) } }
    #expect(expected.count > 50)
    let first = try synup.data(synup.get("/locations/listings/duplicates"), "duplicateListingsRollup")
    let totalPages = (expected.count + 49) / 50
    #expect(
      first["pageInfo"]?.compactText
        == #"{"hasNextPage":true,"hasPreviousPage":false,"totalPages":\#(totalPages),"totalRecords":\#(expected.count)}"#
    )
    let second = try synup.data(synup.get("/locations/listings/duplicates", [("page", "2")]), "duplicateListingsRollup")
    #expect(second["pageInfo"]?["hasPreviousPage"] == true)
    let records = (first["records"]?.arrayValue ?? []) + (second["records"]?.arrayValue ?? [])
    #expect(records.count == expected.count)
    #expect(records.map { $0["locationId"]?.stringValue } == expected.map { String($0.0) })
    #expect(records.map { $0["id"]?.stringValue } == expected.map { String(500_000_000 + $0.0 * 1000 + $0.1) })
    let keys = first["records"]?[0]?.objectValue?.members.map(\.key)
    #expect(
      keys == [
        "addressValid", "categoryValid", "city", "countryCode", "duplicateProcessingState", "id", "liveLink",
        "locationId", "name", "nameValid", "originalLiveLink", "phone", "phoneValid", "postalCode", "siteName",
        "siteUrl", "state", "street",
      ])
    #expect(first["records"]?[0]?["categoryValid"] == .null)
    #expect(first["records"]?[0]?["countryCode"] == .null)
    let bad = synup.get("/locations/listings/duplicates", [("page", "x")])
    #expect(bad.status == 400)
  }

  @Test func theRollupKeepsTheLocationsOfATag() throws {
    let synup = try SynupClient()
    try synup.control("/_sim/seed", #"{"seed":\#(Self.seed)}"#)
    let number = Self.numberWithDuplicates
    for index in 1...number {
      try synup.createLocation(["name": .string("Store \(index)"), "tags": index == number ? ["vip"] : []])
    }
    try synup.advanceClock("+3d")
    let tagged = try synup.data(
      synup.get("/locations/listings/duplicates", [("tag", "vip")]), "duplicateListingsRollup")
    #expect(tagged["records"]?.arrayValue?.allSatisfy { $0["locationId"] == .string(String(number)) } == true)
    #expect(tagged["pageInfo"]?["totalRecords"] == .int(Self.duplicateSites(of: number).count))
    let none = try synup.data(
      synup.get("/locations/listings/duplicates", [("tag", "nobody")]), "duplicateListingsRollup")
    #expect(
      none.compactText
        == #"{"pageInfo":{"hasNextPage":false,"hasPreviousPage":false,"totalPages":0,"totalRecords":0},"records":[]}"#)
  }
}
