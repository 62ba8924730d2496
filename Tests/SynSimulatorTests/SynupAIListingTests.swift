import SynJSON
import Testing

@testable import SynSimulator

/// GET /locations/{locationId}/ai-listings (synup-sections.md 4.6, G8, A.4).
@Suite struct SynupAIListingTests {
  @Test func sixAISitesFollowG8() throws {
    let synup = try SynupClient()
    try synup.control("/_sim/seed", #"{"seed":5}"#)
    try synup.createLocation(["bizUrl": "https://bluecafe.example"])
    let answer = try synup.data(synup.get("/locations/TG9jYXRpb246MQ==/ai-listings"), "fetchAiListings")
    let keys = ["chatgpt", "gemini", "perplexity", "copilot", "intellychat", "myndmeld"]
    let results = try #require(answer["aiSitesResults"]?.arrayValue)
    #expect(
      results.map { $0["siteUrl"]?.stringValue }
        == [
          "openai.com", "gemini.google.com", "perplexity.ai", "copilot.microsoft.com", "intellychat.com",
          "myndmeld.com",
        ])
    let seed = DataSeed(5)
    var overallSum = 0.0
    for (index, result) in results.enumerated() {
      let site = String(index)
      let overall = [0, 0.5, 1][Int(seed.hash("ai-overall", "1", site) % 3)]
      overallSum += overall
      let score = try #require(result["aiScore"])
      #expect(score["overallSimilarity"]?.numberValue?.doubleValue == overall)
      #expect(score["phoneSimilarity"] == .int(seed.hash("ai-phone", "1", site) % 4 == 0 ? 0 : 1))
      #expect(score["websiteSimilarity"] == .int(seed.hash("ai-web", "1", site) % 4 == 0 ? 0 : 1))
      let address = 0.5 + Double(seed.hash("ai-addr", "1", site) >> 11) / 0x1p53 / 2
      #expect(score["addressSimilarity"]?.numberValue?.doubleValue == (address * 10000).rounded() / 10000)
      let link: JSONValue = overall >= 0.5 ? .string("https://ai-listing-\(keys[index]).vercel.app/listing/1") : .null
      #expect(result["liveLink"] == link)
      #expect(
        result["aiResponse"]?.compactText
          == #"{"name":"Blue Cafe","address":"1 Main St, San Francisco, CA 94105, United States","#
          + #""website":"https://bluecafe.example","phone":"+1 415-555-1239","__typename":"AiListingsResponse"}"#)
      #expect(
        result["customerPrompt"]
          == "What is the Address, Phone Number, Business Website, Opening Hours of Blue Cafe located in San Francisco as of today."
      )
      #expect(result["__typename"] == "AiListingsData")
    }
    #expect(answer["aiVisibilityScore"] == .int(Int((100 * overallSum / 6).rounded())))
    let advice = try #require(answer["aiBusinessAdvice"])
    #expect(
      advice["header"] == "Here are a few ideas to help Blue Cafe stand out to people searching in San Francisco:")
    #expect(advice["tips"]?.arrayValue?.count == 10)
    #expect(advice["tips"]?[0] == "Keep hours current :: Update holiday and seasonal hours before they change.")
    #expect(answer["__typename"] == "AiListings")
  }

  @Test func withoutAWebsiteNoSiteMatchesIt() throws {
    let synup = try SynupClient()
    try synup.createLocation()
    let answer = try synup.data(synup.get("/locations/TG9jYXRpb246MQ==/ai-listings"), "fetchAiListings")
    #expect(answer["aiSitesResults"]?.arrayValue?.allSatisfy { $0["aiScore"]?["websiteSimilarity"] == 0 } == true)
    #expect(answer["aiSitesResults"]?[0]?["aiResponse"]?["website"] == "")
  }
}
