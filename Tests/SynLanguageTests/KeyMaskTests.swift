import Testing

@testable import SynHTTP

/// `KeyMask.masking` lets text that cannot hold a key through without a regex;
/// these pin that the shortcut never lets a key through.
@Suite struct KeyMaskTests {
  @Test func textWithoutAKeyIsUnchanged() {
    let statement = #"get profile $p.id expect status 200 name="Ana""#
    #expect(!KeyMask.mayHoldKey(statement))
    #expect(KeyMask.masking(statement) == statement)
  }

  @Test func aSynposterKeyIsMaskedWhereverItStands() {
    #expect(KeyMask.masking("key sk_live_abc123, done") == "key sk_live_******, done")
    #expect(KeyMask.masking("sk_test_Q9") == "sk_test_**")
  }

  @Test func keyHeaderItemsAreMaskedInAnyCase() {
    #expect(KeyMask.masking("get usage X-API-KEY:secret1") == "get usage X-API-KEY:*******")
    #expect(KeyMask.masking(#"AUTHORIZATION: "API abc""#) == #"AUTHORIZATION: *********"#)
    #expect(KeyMask.masking("authorization:xyz") == "authorization:***")
  }

  /// Unicode case folding could match `(?i)` where ASCII lowercasing sees nothing
  /// (the Kelvin sign folds to k): such text goes to the regexes.
  @Test func textBeyondASCIIIsLeftToTheRegexes() {
    #expect(KeyMask.mayHoldKey("x-api-\u{212A}ey:secret"))
    #expect(KeyMask.mayHoldKey("name=\"Zoë\""))
  }
}
