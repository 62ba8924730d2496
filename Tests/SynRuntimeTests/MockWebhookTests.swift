import Testing

/// `mock webhook` and `mock deliveries` from a script (synup-sections.md 5.6, 6.4).
@Suite struct MockWebhookTests {
  @Test func registersAndAnswersTheRegistration() async throws {
    let harness = try await Harness.start()
    let stop = await harness.run(
      """
      mock webhook url=https://example.com/hook secret="whsec_test" retries=2
      expect .url == "https://example.com/hook"
      expect .signed == true
      expect .retries == 2
      expect .verified == null
      mock webhook url=null
      expect .url == null
      expect .signed == false
      """)
    #expect(stop == nil)
    #expect(harness.lastRequestBody == #"{"url":null}"#)
  }

  @Test func readsTheOutboxWithItsFiltersAsAQuery() async throws {
    let harness = try await Harness.start()
    let stop = await harness.run(
      """
      mock deliveries event=listing.submission after=3
      expect status 200
      expect .deliveries count == 0
      """)
    #expect(stop == nil)
    #expect(harness.lastQuery == ["event=listing.submission", "after=3"])
  }

  @Test func aBadItemIsARuntimeError() async throws {
    let harness = try await Harness.start()
    let stop = await harness.run("mock webhook retries=11")
    #expect(stop?.runtimeMessage?.hasPrefix("mock webhook failed: the simulator answered 400:") == true)
  }
}
