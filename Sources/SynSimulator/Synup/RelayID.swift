/// A Relay global id as Synup writes it: base64 of `Type:N`, e.g.
/// `VXNlcjox` for `User:1`. Folders and tags use UUIDs instead.
struct RelayID: Hashable, Sendable {
  /// The GraphQL types whose ids the simulator hands out.
  enum NodeType: String, Sendable {
    case account = "Account"
    case country = "Country"
    case customRole = "CustomRole"
    case listingItem = "ListingItem"
    case keyword = "Keyword"
    case location = "Location"
    case site = "Site"
    case mediaFile = "MediaFile"
    case state = "State"
    case subCategory = "SubCategory"
    case user = "User"
  }

  let type: NodeType
  let number: Int

  init(_ type: NodeType, _ number: Int) {
    self.type = type
    self.number = number
  }

  /// Reads `text` as the id of a `type` node: canonical base64 of
  /// `<type>:<positive integer without leading zeros>`; nil for anything else,
  /// including a bare database id and an id of another type.
  init?(_ text: String, as type: NodeType) {
    guard let bytes = Base64.standard.decode(text) else { return nil }
    let prefix = Array("\(type.rawValue):".utf8)
    let digits = bytes.dropFirst(prefix.count)
    guard bytes.starts(with: prefix), let first = digits.first, first != UInt8(ascii: "0"),
      digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
      let number = Int(String(decoding: digits, as: UTF8.self))
    else { return nil }
    self.init(type, number)
  }

  /// The base64 text.
  var text: String {
    Base64.standard.encode(Array("\(type.rawValue):\(number)".utf8))
  }
}
