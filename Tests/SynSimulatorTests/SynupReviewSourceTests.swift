import SynJSON
import Testing

@testable import SynSimulator

/// A location's review sources (synup-sections.md 4.10): read, edited all or nothing, by POST and by GET.
@Suite struct SynupReviewSourceTests {
  @Test func aNewLocationHasNineteenSourcesWithoutURLs() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let settings = try synup.data(synup.get("/locations/\(location)/reviews/settings"), "interactionsSetting")
    let sites = try #require(settings["siteSettings"]?.arrayValue)
    #expect(sites.count == 19)
    #expect(sites[0] == ["name": "maps.google.com", "url": nil])
    #expect(sites.allSatisfy { $0["url"] == .null })
  }

  @Test func editingSetsURLsAndAnswersTheEvidencedShape() throws {
    let synup = try SynupClient()
    try synup.control("/_sim/seed", #"{"seed":1}"#)
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let body: JSONValue = [
      "locationId": .string(location),
      "siteUrls": [
        ["name": "yelp.com", "url": "https://www.yelp.com/biz/x"], ["name": "bbb.org", "url": "test.com"],
      ],
    ]
    let edited = try synup.data(synup.postBare("/locations/reviews/settings/edit", body), "editInteractionsSetting")
    #expect(edited["errors"] == .null)
    let setting = try #require(edited["interactionSetting"])
    #expect(setting.objectValue?.map(\.key) == ["positiveInteractionThreshold", "siteSettings", "id"])
    #expect(setting["positiveInteractionThreshold"] == 2)
    #expect(
      setting["siteSettings"]?[2] == ["name": "yelp.com", "url": "https://www.yelp.com/biz/x", "connected": false])
    #expect(setting["siteSettings"]?.arrayValue?.count == 19)
    let read = try synup.data(synup.get("/locations/\(location)/reviews/settings"), "interactionsSetting")
    #expect(read["siteSettings"]?[9] == ["name": "bbb.org", "url": "test.com"])
    // The GET form S2 documents does the same; a null URL removes the source.
    let removal: JSONValue = ["locationId": .string(location), "siteUrls": [["name": "bbb.org", "url": nil]]]
    let viaGet = synup.send("GET", "/locations/reviews/settings/edit", body: removal.compactText)
    #expect(viaGet.status == 200)
    #expect(
      try viaGet.json()["data"]?["editInteractionsSetting"]?["interactionSetting"]?["siteSettings"]?[9]?["url"] == .null
    )
  }

  @Test func anEditIsAllOrNothing() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    let body: JSONValue = [
      "locationId": .string(location),
      "siteUrls": [
        ["name": "yelp.com", "url": "https://www.yelp.com/biz/x"], ["name": "myspace.com", "url": "a.com"],
        ["name": "zillow.com", "url": "no dots"], ["name": "maps.google.com", "url": "https://maps.google.com/x"],
        ["name": "yelp.com", "url": "https://www.yelp.com/biz/y"],
      ],
    ]
    let reply = synup.postBare("/locations/reviews/settings/edit", body)
    let edited = try synup.data(reply, "editInteractionsSetting")
    #expect(edited["interactionSetting"] == .null)
    #expect(edited["errors"]?.arrayValue?.map { $0["code"] } == ["SY50104", "SY50105", "SY50106", "SY50117"])
    #expect(
      edited["errors"]?[0]?.compactText
        == #"{"code":"SY50104","message":"Invalid site name provided","contextInfo":[{"key":"name","value":"myspace.com"}]}"#
    )
    let read = try synup.data(synup.get("/locations/\(location)/reviews/settings"), "interactionsSetting")
    #expect(read["siteSettings"]?[2]?["url"] == .null)
  }

  @Test func connectedGoogleShowsItsPageAndIsConnected() throws {
    let synup = try SynupClient()
    let location = try #require(try synup.createLocation()["id"]?.stringValue)
    try synup.connect(locationNumber: 1, siteID: 1, at: Timestamp.simulationStart)
    let read = try synup.data(synup.get("/locations/\(location)/reviews/settings"), "interactionsSetting")
    #expect(read["siteSettings"]?[0]?["url"]?.stringValue?.hasPrefix("https://maps.google.com/maps?cid=") == true)
    let edited = try synup.data(
      synup.postBare("/locations/reviews/settings/edit", ["locationId": .string(location), "siteUrls": []]),
      "editInteractionsSetting")
    #expect(edited["interactionSetting"]?["siteSettings"]?[0]?["connected"] == true)
    #expect(edited["interactionSetting"]?["siteSettings"]?[1]?["connected"] == false)
  }
}
