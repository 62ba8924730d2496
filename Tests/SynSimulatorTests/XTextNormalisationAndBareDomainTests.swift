import SynJSON
import Testing

@testable import SynSimulator

/// X weighs NFC-normalised text, and a URL is what twitter-text's extractor
/// finds by default, bare domains included (spec 1.4, "Text length rule for X").
@Suite struct XTextNormalisationAndBareDomainTests {
  @Test(arguments: [
    ("e\u{301}", 1),
    ("cafe\u{301}", 4),
    ("\u{212B}", 1),
    ("\u{1100}\u{1161}", 2),
    (String(repeating: "e\u{301}", count: 280), 280),
  ])
  func textIsWeighedAfterNFCNormalisation(text: String, length: Int) {
    #expect(XTextLength.weightedLength(of: text) == length)
  }

  @Test(arguments: [
    ("example.com/path", 23),
    ("synposter.io", 23),
    ("EXAMPLE.COM", 23),
    ("visit synposter.io today", 35),
    ("www.example.co.uk/a/very/long/path/that/goes/on?and=on", 23),
    ("example.com:8080/x", 23),
    ("x-example.com", 23),
    ("end at example.com.", 31),
    ("(see example.org)", 29),
    ("日本example.com", 27),
    ("a.io b.dev", 47),
  ])
  func bareDomainsWithAKnownTopLevelDomainWeighTwentyThree(text: String, length: Int) {
    #expect(XTextLength.weightedLength(of: text) == length)
  }

  @Test(arguments: [
    ("node.js", 7),
    ("example.zzz", 11),
    ("http://example.zzz", 18),
    ("user@example.com", 16),
    ("#example.com", 12),
    ("$example.com", 12),
    ("/example.com", 12),
    ("1.5", 3),
  ])
  func otherDottedWordsAreText(text: String, length: Int) {
    #expect(XTextLength.weightedLength(of: text) == length)
  }

  @Test(arguments: [
    ("e\u{301} 😀 synposter.io", 28),
    ("Go to example.com/path 👍🏽 now", 36),
    ("  cafe\u{301} 🇫🇷 https://example.com example.org/x ", 55),
  ])
  func urlsEmojiAndNormalisationTogether(text: String, length: Int) {
    #expect(XTextLength.weightedLength(of: text) == length)
  }

  @Test func aPostIsMeasuredByTheseRules() throws {
    let client = try TestClient()
    let account = try client.connectAccount()
    let composed = String(repeating: "e\u{301}", count: 280)
    #expect(client.post(client.postBody(to: [account], text: composed)).status == 201)
    let reply = client.post(client.postBody(to: [account], text: String(repeating: "a", count: 260) + " a.io"))
    #expect(reply.status == 400)
    #expect(try reply.json()["length"] == 284)
  }
}
