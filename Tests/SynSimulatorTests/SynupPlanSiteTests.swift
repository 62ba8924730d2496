import SynJSON
import Testing

@testable import SynSimulator

/// `GET /plan-sites` (synup-sections.md 4.2 and Appendix A.1): every
/// directory site in table order, Thumbtack and Yelp as the evidence gives them.
@Suite struct SynupPlanSiteTests {
  @Test func listsEverySiteInTableOrder() throws {
    let synup = try SynupClient()
    let sites = try #require(try synup.data(synup.get("/plan-sites"), "planSites").arrayValue)
    #expect(sites.map { $0["id"] } == [1, 2, 3, 4, 5, 6, 224, 48, 75, 162, 314])
    #expect(
      sites.map { $0["name"]?.stringValue } == [
        "Google", "Yelp", "Facebook", "Bing", "Apple Maps", "Foursquare", "Thumbtack", "Hotfrog", "Judys Book",
        "OpenDi.us", "Infobel",
      ])
    #expect(
      sites.map { $0["url"]?.stringValue } == [
        "google.com", "yelp.com", "facebook.com", "bing.com", "apple.com", "foursquare.com", "thumbtack.com",
        "hotfrog.com", "judysbook.com", "opendi.us", "infobel.com",
      ])
  }

  @Test func thumbtackAndYelpAreTheEvidencedItems() throws {
    let synup = try SynupClient()
    let reply = synup.get("/plan-sites")
    #expect(
      reply.text.contains(
        #"{"hideAddressSupportedCountries":[],"id":224,"name":"Thumbtack","supportedCountries":["US"],"#
          + #""url":"thumbtack.com"}"#))
    // The evidenced Yelp lists, restricted to the simulator's five countries in their evidenced order.
    #expect(
      reply.text.contains(
        #"{"hideAddressSupportedCountries":["US","CA","AU","GB"],"id":2,"name":"Yelp","#
          + #""supportedCountries":["US","CA","AU","GB"],"url":"yelp.com"}"#))
  }

  @Test func countriesAreTheSimulatorsFive() throws {
    let synup = try SynupClient()
    let sites = try #require(try synup.data(synup.get("/plan-sites"), "planSites").arrayValue)
    let five: JSONValue = ["US", "CA", "GB", "AU", "IN"]
    let google = try #require(sites.first)
    #expect(google["supportedCountries"] == five)
    #expect(google["hideAddressSupportedCountries"] == five)
    let foursquare = try #require(sites.first { $0["id"] == 6 })
    #expect(foursquare["supportedCountries"] == five)
    #expect(foursquare["hideAddressSupportedCountries"] == [])
    let usOnly = sites.filter { $0["id"] == 75 || $0["id"] == 162 }
    #expect(usOnly.map { $0["supportedCountries"] } == [["US"], ["US"]])
  }

  @Test func theAnswerIsTheSameForEveryTenant() throws {
    let simulator = Simulator()
    let first = try SynupClient(simulator: simulator)
    let second = try SynupClient(simulator: simulator)
    try second.control("/_sim/seed", #"{"seed":99}"#)
    #expect(first.get("/plan-sites").text == second.get("/plan-sites").text)
  }

  @Test func aBadKeyIs401WithTheField() throws {
    let reply = try SynupClient().get("/plan-sites", key: "wrong")
    #expect(reply.status == 401)
    #expect(reply.text == #"{"data":{"planSites":null},"errors":[{"message":"SY90005:Invalid token"}]}"#)
  }
}
