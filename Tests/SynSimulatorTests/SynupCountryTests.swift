import SynJSON
import Testing

@testable import SynSimulator

/// `GET /countries` (synup-sections.md 4.2): the country table locations are
/// validated against, with Relay ids numbered in the documented order.
@Suite struct SynupCountryTests {
  @Test func listsTheFiveCountriesInOrderWithTheirFlags() throws {
    let synup = try SynupClient()
    let countries = try #require(try synup.data(synup.get("/countries"), "supportedCountries").arrayValue)
    #expect(countries.map { $0["iso"]?.stringValue } == ["US", "CA", "GB", "AU", "IN"])
    #expect(countries.map { $0["databaseId"] } == [1, 2, 3, 4, 5])
    #expect(
      countries.map { $0["name"]?.stringValue } == ["United States", "Canada", "United Kingdom", "Australia", "India"])
    let us = try #require(countries.first)
    #expect(us["id"] == "Q291bnRyeTox")
    #expect(
      us.objectValue?.keys.map { $0 } == [
        "databaseId", "id", "iso", "name", "states", "hasCity", "stateRequired", "hasPostalCode",
      ])
    let flags = ["hasCity", "stateRequired", "hasPostalCode"]
    #expect(countries.allSatisfy { country in flags.allSatisfy { country[$0] == true } })
  }

  @Test func statesAreSortedByCodeAndNumberedAcrossCountries() throws {
    let synup = try SynupClient()
    let countries = try #require(try synup.data(synup.get("/countries"), "supportedCountries").arrayValue)
    let us = try #require(countries.first?["states"]?.arrayValue)
    #expect(us.first == ["countryId": 1, "id": "U3RhdGU6MQ==", "iso": "AK", "name": "Alaska"])
    #expect(us.count == 51)
    let codes = us.compactMap { $0["iso"]?.stringValue }
    #expect(codes == codes.sorted())
    let canada = try #require(countries.dropFirst().first?["states"]?.arrayValue)
    // State:52, the first state after the United States' 51.
    #expect(canada.first == ["countryId": 2, "id": "U3RhdGU6NTI=", "iso": "AB", "name": "Alberta"])
    let all = countries.flatMap { $0["states"]?.arrayValue ?? [] }
    #expect(Set(all.compactMap { $0["id"]?.stringValue }).count == all.count)
  }

  @Test func aBadKeyIs401WithTheField() throws {
    let synup = try SynupClient()
    let reply = synup.get("/countries", key: "wrong")
    #expect(reply.status == 401)
    #expect(reply.text == #"{"data":{"supportedCountries":null},"errors":[{"message":"SY90005:Invalid token"}]}"#)
  }
}
