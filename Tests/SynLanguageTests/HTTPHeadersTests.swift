import Testing

@testable import SynHTTP

/// Field names compare ignoring ASCII case (RFC 9110 section 5.1), in lookups and removals.
@Suite struct HTTPHeadersTests {
  let headers = HTTPHeaders([("Content-Type", "application/json"), ("X-Api-Key", "one"), ("x-api-key", "two")])

  @Test func aLookupIgnoresCaseAndAnswersTheFirstField() {
    #expect(headers["content-type"] == "application/json")
    #expect(headers["CONTENT-TYPE"] == "application/json")
    #expect(headers["x-API-key"] == "one")
    #expect(headers["Content-Typ"] == nil)
    #expect(headers["Content-Types"] == nil)
  }

  @Test func onlyASCIILettersFold() {
    #expect(HTTPHeaders.isSameName("X-Key_1", "x-kEY_1"))
    // `@` and `[` sit beside `A` and `Z`; they are not letters and do not fold onto `` ` `` and `{`.
    #expect(!HTTPHeaders.isSameName("@[", "`{"))
    #expect(!HTTPHeaders.isSameName("É", "é"))
  }

  @Test func setReplacesEveryFieldOfTheNameWhateverItsCase() {
    var changed = headers
    changed.set("X-API-KEY", "three")
    #expect(changed.fields.map(\.name) == ["Content-Type", "X-API-KEY"])
    #expect(changed["x-api-key"] == "three")
  }
}
