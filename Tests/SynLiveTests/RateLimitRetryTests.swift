import SynHTTP
import Testing

@testable import SynLive

/// A 429 is retried by what it says: a rate limit for every method, a used-up quota never.
@Suite struct RateLimitRetryTests {
  func delay(_ method: String, status: Int = 429, body: String = "", retryAfter: String? = nil) -> Int? {
    let response = HTTPResponse(
      status: status, headers: HTTPHeaders(retryAfter.map { [("Retry-After", $0)] } ?? []), body: Array(body.utf8))
    return RetryPolicy.delay(
      after: .success(response), of: HTTPRequest(method: method, path: "/v1/posts"), attempt: 0,
      initialMilliseconds: 100, serverErrorIsRetrySafe: false)
  }

  @Test func aRateLimitIsRetriedForEveryMethodAfterRetryAfter() {
    let limited = #"{"error":"rate_limited","retryAfter":2}"#
    #expect(delay("POST", body: limited, retryAfter: "2") == 2000)
    #expect(delay("PATCH", body: limited, retryAfter: "2") == 2000)
    #expect(delay("GET", body: limited, retryAfter: "2") == 2000)
    // Told by its code alone, it backs off as usual.
    #expect(delay("POST", body: limited) == 100)
    // Any 429 with Retry-After is a rate limit, whatever its body.
    #expect(delay("POST", retryAfter: "1") == 1000)
  }

  @Test func aUsedUpQuotaIsNeverRetried() {
    let quota = #"{"error":"post_limit_reached","used":20,"limit":20,"plan":"free"}"#
    #expect(delay("POST", body: quota) == nil)
    #expect(delay("GET", body: quota) == nil)
    #expect(delay("POST", body: quota, retryAfter: "1") == nil)
  }

  @Test func aBare429IsRetriedOnlyWhereAnyFailureIs() {
    #expect(delay("GET") == 100)
    #expect(delay("POST") == nil)
  }
}
