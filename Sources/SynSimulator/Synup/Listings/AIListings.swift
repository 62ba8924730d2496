import SynJSON

/// GET /locations/{locationId}/ai-listings (synup-sections.md 4.6, G8): what
/// six AI assistants answer about the location, and how closely it matches.
extension SynupAccount {
  private static let aiSites: [(url: String, key: String)] = [
    ("openai.com", "chatgpt"), ("gemini.google.com", "gemini"), ("perplexity.ai", "perplexity"),
    ("copilot.microsoft.com", "copilot"), ("intellychat.com", "intellychat"), ("myndmeld.com", "myndmeld"),
  ]
  private static let overallSimilarities = [0, 0.5, 1.0]

  /// → `fetchAiListings`.
  func aiListings(of locationID: Substring, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    let location = try location(inPath: locationID, startingWork: true, at: now)
    let fields = location.fields
    let number = String(location.number)
    let website = fields.details["bizUrl"]?.stringValue ?? ""
    let country = Countries.names.first { $0.iso == fields.countryIso }?.name ?? fields.countryIso
    let response: JSONValue = [
      "name": .string(fields.name),
      "address": .string("\(fields.street), \(fields.city), \(fields.stateIso) \(fields.postalCode), \(country)"),
      "website": .string(website), "phone": .string(AIListingPhone.text(fields.phone, countryIso: fields.countryIso)),
      "__typename": "AiListingsResponse",
    ]
    let prompt =
      "What is the Address, Phone Number, Business Website, Opening Hours of \(fields.name) located in "
      + "\(fields.city) as of today."
    var overallSum = 0.0
    let results = SynupAccount.aiSites.enumerated().map { index, site -> JSONValue in
      let siteIndex = String(index)
      let overall = SynupAccount.overallSimilarities[Int(dataSeed.hash("ai-overall", number, siteIndex) % 3)]
      overallSum += overall
      let address = 0.5 + dataSeed.unit("ai-addr", number, siteIndex) / 2
      let websiteMatches = !website.isEmpty && dataSeed.hash("ai-web", number, siteIndex) % 4 != 0
      let score: JSONValue = [
        "addressSimilarity": .number(JSONNumber((address * 10000).rounded() / 10000)),
        "phoneSimilarity": .int(dataSeed.hash("ai-phone", number, siteIndex) % 4 == 0 ? 0 : 1),
        "overallSimilarity": .number(JSONNumber(overall)), "websiteSimilarity": .int(websiteMatches ? 1 : 0),
        "__typename": "AiListingsScore",
      ]
      let link =
        overall >= 0.5 ? JSONValue.string("https://ai-listing-\(site.key).vercel.app/listing/\(number)") : .null
      return [
        "siteUrl": .string(site.url), "liveLink": link, "aiScore": score, "aiResponse": response,
        "customerPrompt": .string(prompt), "__typename": "AiListingsData",
      ]
    }
    return [
      "aiBusinessAdvice": AIListingAdvice.json(name: fields.name, city: fields.city),
      "aiVisibilityScore": .int(Int((100 * overallSum / Double(results.count)).rounded())),
      "aiSitesResults": .array(results), "__typename": "AiListings",
    ]
  }
}

/// How an AI assistant prints the location's phone (G8).
enum AIListingPhone {
  /// `+1 AAA-BBB-CCCC` for ten digits in the US and Canada, else the stored digits.
  static func text(_ digits: String, countryIso: String) -> String {
    guard ["US", "CA"].contains(countryIso), digits.count == 10 else { return digits }
    let characters = Array(digits)
    return "+1 \(String(characters[0..<3]))-\(String(characters[3..<6]))-\(String(characters[6...]))"
  }
}

/// Appendix A.4's AI advice.
enum AIListingAdvice {
  static let tips = [
    "Keep hours current :: Update holiday and seasonal hours before they change.",
    "Answer every review :: Reply to new reviews within two days.",
    "Add fresh photos :: Post new photos of the storefront and products each month.",
    "Complete your profile :: Fill in services, attributes and a clear description.",
    "Use local keywords :: Mention the neighbourhood and nearby landmarks in your description.",
    "Post updates :: Share offers and news on your profiles every week.",
    "Check your phone number :: Make sure every listing shows the same phone number.",
    "Link your website :: Point every profile to the page for this location.",
    "Ask happy customers :: Invite satisfied customers to leave a review.",
    "Fix duplicates :: Report and remove duplicate listings that split your reviews.",
  ]

  static func json(name: String, city: String) -> JSONValue {
    [
      "footer": .string("Small, steady improvements like these make \(name) easier to find and choose in \(city)."),
      "header": .string("Here are a few ideas to help \(name) stand out to people searching in \(city):"),
      "tips": .array(tips.map(JSONValue.string)), "__typename": "AiBusinessAdvice",
    ]
  }
}
