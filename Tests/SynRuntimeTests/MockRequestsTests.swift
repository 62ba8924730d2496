import Testing

/// `mock requests` from a script: the tenant's request journal (docs/live.md).
@Suite struct MockRequestsTests {
  @Test func answersTheJournalSoExpectationsReadWhatWasSent() async throws {
    let harness = try await Harness.start()
    let stop = await harness.run(
      """
      create profile name=Alice Idempotency-Key:order-1
      get profile $last.body.id
      mock requests
      expect status 200
      expect .requests count == 2
      expect .requests[0].method == "POST"
      expect .requests[0].body.name == "Alice"
      expect .requests[0].headers.idempotency-key exists
      expect .requests[0].headers.idempotency-key == "order-1"
      expect .requests[0].headers.x-api-key == "sk_live_****"
      expect .requests[1].headers.idempotency-key not exists
      expect .requests[1].status == 200
      """)
    #expect(stop == nil, "\(String(describing: stop))")
  }

  @Test func itsItemsFilterAsTheRoutesQuery() async throws {
    let harness = try await Harness.start()
    let stop = await harness.run(
      """
      create profile name=Alice
      get profile $last.body.id
      list profiles
      mock requests method=GET path="/v1/profiles/{id}"
      expect .requests count == 1
      expect .requests[0].seq == 2
      mock requests method=POST limit=1
      expect .requests count == 1
      mock requests since=3
      expect .requests count == 0
      """)
    #expect(stop == nil, "\(String(describing: stop))")
    #expect(harness.lastQuery == ["since=3"])
  }

  @Test func aBadItemIsARuntimeErrorSayingWhatWasWrong() async throws {
    let harness = try await Harness.start()
    let stop = await harness.run("mock requests limit=0")
    #expect(stop?.runtimeMessage?.hasPrefix("mock requests failed: the simulator answered 400: limit must be") == true)
    let typo = await harness.run("mock requests metod=GET")
    #expect(typo?.runtimeMessage?.contains("unknown parameter metod") == true)
  }
}
