import SynJSON

/// The directory sites listings go to (synup-sections.md Appendix A.1), in
/// table order. Their countries are drawn from the simulator's five; Yelp's
/// and Thumbtack's are the evidenced ones, restricted to those five.
struct DirectorySite: Sendable {
  /// The plain integer id of plan-sites and webhooks (`Site:N` in listings).
  let id: Int
  let name: String
  let url: String
  let supportedCountries: [String]
  /// Where the site shows a service-area business without its address.
  let hideAddressSupportedCountries: [String]

  private static let everyCountry = Countries.names.map(\.iso)

  static let all: [DirectorySite] = [
    DirectorySite(id: 1, name: "Google", url: "google.com", everywhereHidingAddress: true),
    DirectorySite(
      id: 2, name: "Yelp", url: "yelp.com", supportedCountries: ["US", "CA", "AU", "GB"],
      hideAddressSupportedCountries: ["US", "CA", "AU", "GB"]),
    DirectorySite(id: 3, name: "Facebook", url: "facebook.com", everywhereHidingAddress: true),
    DirectorySite(id: 4, name: "Bing", url: "bing.com", everywhereHidingAddress: true),
    DirectorySite(id: 5, name: "Apple Maps", url: "apple.com", everywhereHidingAddress: true),
    DirectorySite(id: 6, name: "Foursquare", url: "foursquare.com", everywhereHidingAddress: false),
    DirectorySite(
      id: 224, name: "Thumbtack", url: "thumbtack.com", supportedCountries: ["US"], hideAddressSupportedCountries: []),
    DirectorySite(id: 48, name: "Hotfrog", url: "hotfrog.com", everywhereHidingAddress: false),
    DirectorySite(
      id: 75, name: "Judys Book", url: "judysbook.com", supportedCountries: ["US"], hideAddressSupportedCountries: []),
    DirectorySite(
      id: 162, name: "OpenDi.us", url: "opendi.us", supportedCountries: ["US"], hideAddressSupportedCountries: []),
    DirectorySite(id: 314, name: "Infobel", url: "infobel.com", everywhereHidingAddress: false),
  ]

  /// A site of all five countries, hiding the address in all of them or in none.
  private init(id: Int, name: String, url: String, everywhereHidingAddress: Bool) {
    self.init(
      id: id, name: name, url: url, supportedCountries: DirectorySite.everyCountry,
      hideAddressSupportedCountries: everywhereHidingAddress ? DirectorySite.everyCountry : [])
  }

  private init(
    id: Int, name: String, url: String, supportedCountries: [String], hideAddressSupportedCountries: [String]
  ) {
    self.id = id
    self.name = name
    self.url = url
    self.supportedCountries = supportedCountries
    self.hideAddressSupportedCountries = hideAddressSupportedCountries
  }

  /// An item of `GET /plan-sites`, in the evidenced key order.
  var planSiteJSON: JSONValue {
    [
      "hideAddressSupportedCountries": .array(hideAddressSupportedCountries.map(JSONValue.string)),
      "id": .int(id), "name": .string(name),
      "supportedCountries": .array(supportedCountries.map(JSONValue.string)), "url": .string(url),
    ]
  }
}
