import SynHTTP
import SynJSON

/// The connected-account reads of synup-sections.md 4.7.
extension SynupAccount {
  /// GET /connected-accounts: newest first, filtered by `publisher` and `status`, a page of them.
  func listConnectedAccounts(_ query: SynupQueryParameters) throws(SynupFailure) -> JSONValue {
    let page = try SynupPageNumber(query, maximum: 100)
    var accounts = Array(connectedAccounts.all.reversed())
    if let filter = query.string("publisher") {
      guard let publisher = SynupPublisher(filter: filter) else { throw .badRequest("Invalid value for publisher") }
      accounts.removeAll { $0.publisher != publisher }
    }
    switch query.string("status") {
    case nil, "Connected": break
    // Connection issues are not simulated (section 7 #28).
    case "ConnectionIssue": accounts = []
    default: throw .badRequest("Invalid value for status")
    }
    return page.answer(accounts.map(json(of:)))
  }

  /// GET /connected-accounts/{id}/details.
  func connectedAccountDetails(_ id: Substring) throws(SynupFailure) -> JSONValue {
    ["details": json(of: try connectedAccount(String(id)))]
  }

  /// GET /connected-accounts/{id}/folders: a Google account's one folder, `[]` for Facebook.
  func googleFolders(_ id: Substring, _ query: SynupQueryParameters) throws(SynupFailure) -> JSONValue {
    let account = try connectedAccount(String(id))
    guard account.publisher == .google else { return [] }
    let name = "Ungrouped"
    if let wanted = query.string("folderName"), wanted.lowercased() != name.lowercased() { return [] }
    return [
      [
        "name": .string(name), "locationCount": .int(account.listings.count),
        "folderId": .string(account.googleFolderID(dataSeed)),
      ]
    ]
  }

  /// GET /connected-accounts/{id}/connection-suggestions: pending suggestions in location order.
  func connectionSuggestions(_ id: Substring, _ query: SynupQueryParameters) throws(SynupFailure) -> JSONValue {
    let page = try SynupPageNumber(query, maximum: 100)
    let account = try connectedAccount(String(id))
    let suggestions = account.suggestions.enumerated().sorted {
      ($0.element.locationNumber, $0.offset) < ($1.element.locationNumber, $1.offset)
    }
    return page.answer(suggestions.compactMap { json(of: $0.element, in: account) })
  }

  /// POST /connected-accounts/connected-account-listings (bare body): every
  /// listing of the account in creation order, filtered by `locationInfo`.
  func connectedAccountListings(_ body: SynupBareBody) throws(SynupFailure) -> JSONValue {
    let account = try connectedAccount(body.text("connectedAccountId") ?? "")
    let paging = ["page", "perPage"].compactMap { name in body.text(name).map { QueryItem(name: name, value: $0) } }
    let page = try SynupPageNumber(SynupQueryParameters(paging), maximum: 500)
    var listings = account.listings
    if let wanted = body.text("locationInfo")?.lowercased(), !wanted.isEmpty {
      listings.removeAll { listing in
        ![listing.name, listing.address, listing.postalCode, listing.city, listing.phone].contains {
          $0.lowercased().contains(wanted)
        }
      }
    }
    return page.answer(listings.map { Self.json(of: $0, on: account.publisher) })
  }
}
