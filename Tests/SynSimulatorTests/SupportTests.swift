import SynHTTP
import Testing

@testable import SynSimulator

/// The small building blocks under the Synposter simulator.
@Suite struct SupportTests {
  private static func hex(_ bytes: [UInt8]) -> String {
    bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
  }

  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
  ])
  func sha256MatchesTheFIPSVectors(message: String, digest: String) {
    #expect(Self.hex(SHA256.digest(Array(message.utf8))) == digest)
  }

  @Test func sha256OfAMillionAs() {
    #expect(
      Self.hex(SHA256.digest([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test func pkceS256MatchesRFC7636AppendixB() {
    let verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    #expect(Base64.url.encode(SHA256.digest(Array(verifier.utf8))) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
  }

  @Test(arguments: [
    ("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"), ("foob", "Zm9vYg"), ("\u{FB}\u{FF}", "w7vDvw"),
  ])
  func base64URLIsUnpadded(text: String, encoded: String) {
    #expect(Base64.url.encode(Array(text.utf8)) == encoded)
  }

  @Test func base64URLUsesTheURLAlphabet() {
    #expect(Base64.url.encode([0xFB, 0xFF]) == "-_8")
    #expect(Base64.url.decode("-_8") == [0xFB, 0xFF])
    #expect(Base64.url.decode("+/8") == nil)
  }

  @Test(arguments: [
    ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy"),
  ])
  func base64StandardIsPaddedAndRoundTrips(text: String, encoded: String) {
    #expect(Base64.standard.encode(Array(text.utf8)) == encoded)
    #expect(Base64.standard.decode(encoded) == Array(text.utf8))
  }

  @Test func base64DecodesOnlyCanonicalText() {
    for text in ["Zh==", "Zg", "Zg=", "Z===", "Zg==Zg==", "Z-8=", "Zm9v\n"] {
      #expect(Base64.standard.decode(text) == nil, "\(text)")
    }
    #expect(Base64.url.decode("Zg==") == nil)
  }

  @Test func percentEncodingKeepsOnlyUnreservedCharacters() {
    #expect(PercentEncoding.encode("a-b_c.d~e f/g?h&i=é") == "a-b_c.d~e%20f%2Fg%3Fh%26i%3D%C3%A9")
    #expect(PercentEncoding.query([("a", "1 2"), ("b", "x&y")]) == "a=1%202&b=x%26y")
  }

  @Test func percentDecodingReadsEscapesOfEitherCaseAndKeepsPlus() {
    #expect(PercentEncoding.decode("VXNlcjox%3d%3D") == "VXNlcjox==")
    #expect(PercentEncoding.decode("a+b%2Fc%C3%A9") == "a+b/cé")
    for malformed: Substring in ["%", "%3", "%G1", "%FF"] {
      #expect(PercentEncoding.decode(malformed) == nil, "\(malformed)")
    }
  }

  @Test func minHeapPopsInOrder() {
    var heap = MinHeap<Int>()
    for value in [5, 3, 9, 1, 7, 3, 8, 2] { heap.insert(value) }
    var popped: [Int] = []
    while let value = heap.popFirst() { popped.append(value) }
    #expect(popped == [1, 2, 3, 3, 5, 7, 8, 9])
    #expect(heap.first == nil)
  }

  @Test(arguments: [("t1_abc", 1), ("t42_", 42), ("t7_x_y", 7)])
  func tenantTokensNameTheirTenant(token: String, number: Int) {
    #expect(TenantToken.tenantNumber(of: token) == number)
    #expect(TenantToken.make(tenantNumber: number, secret: "s").hasPrefix("t\(number)_"))
  }

  @Test(arguments: ["", "t", "t_", "x1_abc", "t1abc", "t-1_", "t1234567890123456789_x"])
  func malformedTenantTokensNameNoTenant(token: String) {
    #expect(TenantToken.tenantNumber(of: token) == nil)
  }

  @Test func secretsAreThirtyTwoHexDigitsFromTheSeed() {
    var first = IDGenerator(seed: 3)
    var second = IDGenerator(seed: 3)
    let secret = first.secret()
    #expect(secret.count == 32)
    #expect(secret.allSatisfy { $0.isHexDigit && !$0.isUppercase })
    #expect(second.secret() == secret)
  }
}
