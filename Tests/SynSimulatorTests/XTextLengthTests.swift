import Testing

@testable import SynSimulator

/// X's weighted length: twitter-text config v3 (spec 1.4).
@Suite struct XTextLengthTests {
  @Test(arguments: [
    ("", 0),
    ("hello", 5),
    ("  hello \n", 5),
    (String(repeating: "a", count: 280), 280),
    ("日本語", 6),
    ("한국어", 6),
    ("\u{10FF}", 1),
    ("\u{1100}", 2),
    ("\u{200B}\u{200D}", 2),
    ("\u{200E}", 2),
    ("\u{2010}\u{201F}", 2),
    ("\u{2020}", 2),
    ("\u{2032}\u{2037}", 2),
    ("\u{2038}", 2),
    ("é", 1),
    ("e\u{301}", 1),
  ])
  func codePointsWeighByRange(text: String, length: Int) {
    #expect(XTextLength.weightedLength(of: text) == length)
  }

  @Test(arguments: [
    ("😀", 2),
    ("👍🏽", 2),
    ("👩‍👩‍👧‍👦", 2),
    ("🇫🇷", 2),
    ("1️⃣", 2),
    ("❤️", 2),
    ("a😀b", 4),
    ("1", 1),
    ("©", 1),
  ])
  func emojiWeighTwoWhateverTheirCodePoints(text: String, length: Int) {
    #expect(XTextLength.weightedLength(of: text) == length)
  }

  static let urls: [(String, Int)] = [
    ("https://example.com", 23),
    ("http://t.co", 23),
    ("HTTPS://EXAMPLE.COM/A", 23),
    ("https://example.com/" + String(repeating: "x", count: 300), 23),
    ("see https://example.com/a?b=c#d now", 31),
    ("https://a.com https://b.org", 47),
    ("go to https://example.com.", 30),
    ("(https://example.com)", 25),
    ("https://en.wikipedia.org/wiki/Swift_(language)", 23),
    ("https://example.com/日本", 23),
    ("http://localhost", 16),
    ("xhttps://example.com", 20),
    ("example.com", 23),
  ]

  @Test(arguments: urls)
  func urlsWeighTwentyThree(text: String, length: Int) {
    #expect(XTextLength.weightedLength(of: text) == length)
  }

  @Test func trimmingKeepsInnerWhitespace() {
    #expect(XTextLength.trimmingWhitespace("\t a  b \n") == "a  b")
    #expect(XTextLength.trimmingWhitespace("   ") == "")
  }
}
