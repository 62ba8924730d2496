import Testing

/// `expect body conforms` (language.md 4.1): only on the body, only in the positive form.
@Suite struct ConformsTests {
  @Test func parsesOnTheBody() {
    #expect(dumpOne("expect body conforms") == "expect body conforms")
    #expect(dumpOne("expect body conforms  # the declared schema") == "expect body conforms")
  }

  @Test(arguments: [
    (
      "expect body not conforms",
      "1:17: 'expect body not conforms' is not supported: it would pass on any broken body; "
        + "check the field you expect to differ instead"
    ),
    (
      "expect .data conforms",
      "1:14: 'conforms' checks the whole body against its declared schema: write 'expect body conforms'"
    ),
    (
      "expect status conforms",
      "1:15: 'conforms' checks the whole body against its declared schema: write 'expect body conforms'"
    ),
    ("expect body conforms x", "1:22: unexpected 'x'; expected the end of the statement"),
  ])
  func isRejectedElsewhere(source: String, message: String) {
    #expect(errors(source) == [message])
  }
}
