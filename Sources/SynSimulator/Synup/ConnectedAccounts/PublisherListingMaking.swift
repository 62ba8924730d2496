/// The publisher listings an approved connect flow brings (synup-sections.md
/// G6): a mirror of each live location, and unclaimed listings that match nothing.
extension SynupAccount {
  /// A listing mirroring `location`: its name and address, its phone as
  /// `(AAA) BBB-CCCC`, and G1's live link.
  mutating func mirrorListing(of location: SynupLocation, on publisher: SynupPublisher)
    -> SynupConnectedAccount.PublisherListing
  {
    let fields = location.fields
    return SynupConnectedAccount.PublisherListing(
      id: mintUUID("publisher-listing"), name: fields.name, street: fields.street, city: fields.city,
      stateIso: fields.stateIso, postalCode: fields.postalCode, countryIso: fields.countryIso,
      phone: Self.displayPhone(fields.phone),
      liveLink: liveLink(on: publisher, name: fields.name, key: String(location.number)),
      mirroredLocationNumber: location.number)
  }

  /// `Unclaimed listing k`, with no address or phone to match a location by.
  mutating func unclaimedListing(_ k: Int, on publisher: SynupPublisher) -> SynupConnectedAccount.PublisherListing {
    let id = mintUUID("publisher-listing")
    let name = "Unclaimed listing \(k)"
    return SynupConnectedAccount.PublisherListing(
      id: id, name: name, street: "", city: "", stateIso: "", postalCode: "", countryIso: "", phone: "",
      liveLink: liveLink(on: publisher, name: name, key: id.text), mirroredLocationNumber: nil)
  }

  /// G1's live links, keyed by the location's number for a mirror (so a
  /// connected listing shows the link its location would), else by the listing's uuid.
  private func liveLink(on publisher: SynupPublisher, name: String, key: String) -> String {
    switch publisher {
    case .google: dataSeed.googleLiveLink(key: key)
    case .facebook: "https://www.facebook.com/\(ListingSlug(name).text)-\(key)"
    }
  }

  /// `(312) 527-0491` for 10 digits; other phones as stored.
  static func displayPhone(_ digits: String) -> String {
    guard digits.count == 10 else { return digits }
    let characters = Array(digits)
    return "(\(String(characters[0..<3]))) \(String(characters[3..<6]))-\(String(characters[6...]))"
  }
}
