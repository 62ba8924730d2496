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

  /// The byte search that stands before the regexes and `replacing` finds the
  /// names in any case, and a known key wherever it stands.
  @Test func theShortcutFindsKeyNamesInAnyCaseAndKnownKeysAnywhere() {
    #expect(KeyMask.mayHoldKey("SK_"))
    #expect(KeyMask.mayHoldKey("send GET /v1/usage X-Api-Key:abc"))
    #expect(KeyMask.mayHoldKey("AuthoriZation"))
    #expect(!KeyMask.mayHoldKey("sk-live x-api key"))
    #expect(KeyMask.masking("get profile 9f3kQ2 of 9f3kQ2", hiding: ["", "9f3kQ2"]) == "get profile **** of ****")
    #expect(KeyMask.masking("get profile 9f3kQ", hiding: ["9f3kQ2"]) == "get profile 9f3kQ")
  }
}
