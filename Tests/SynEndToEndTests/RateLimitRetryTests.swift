import Foundation
import Testing

/// A rate-limited POST is sent again after `Retry-After`, on the live backend.
@Suite(.serialized) struct RateLimitRetryTests {
  @Test func aRateLimitedCreateIsRetriedAfterRetryAfter() throws {
    let server = try ServedSimulator()
    defer { _ = server.stop() }
    let script = """
      set retries 1
      mock fault 429 times 1 on create profile
      create profile name="Alice"
      expect status 201
      """
    let result = try SynBinary.run(["--backend", "live", "--base-url", server.origin], input: script)
    #expect(result.exitCode == 0, "\(result.stderr)")
  }
}
