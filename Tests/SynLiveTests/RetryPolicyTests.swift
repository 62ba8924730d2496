import SynHTTP
import Testing

@testable import SynLive

@Suite struct RetryPolicyTests {
  func delay(_ method: String, _ path: String, status: Int, headers: [(String, String)] = [], attempt: Int = 0)
    -> Int?
  {
    let request = HTTPRequest(method: method, path: path, headers: HTTPHeaders(headers))
    let response = HTTPResponse(status: status, headers: HTTPHeaders(headers.filter { $0.0 == "Retry-After" }))
    // Synposter's 500 is documented safe to retry; the runtime, which knows each request's API, says so.
    return RetryPolicy.delay(
      after: .success(response), of: request, attempt: attempt, initialMilliseconds: 100,
      serverErrorIsRetrySafe: path.hasPrefix("/v1/"))
  }

  func transportDelay(_ error: TransportError, _ request: HTTPRequest) -> Int? {
    RetryPolicy.delay(
      after: .failure(error), of: request, attempt: 0, initialMilliseconds: 100, serverErrorIsRetrySafe: false)
  }

  @Test func safeMethodsBackOffExponentially() {
    #expect(delay("GET", "/v1/profiles", status: 503) == 100)
    #expect(delay("GET", "/v1/profiles", status: 503, attempt: 1) == 200)
    #expect(delay("DELETE", "/api/v4/folders/1", status: 502, attempt: 3) == 800)
  }

  @Test func successAndClientErrorsAreFinal() {
    #expect(delay("GET", "/v1/profiles", status: 200) == nil)
    #expect(delay("GET", "/v1/profiles", status: 404) == nil)
  }

  @Test func unsafePostIsNotRetried() {
    #expect(delay("POST", "/v1/profiles", status: 503) == nil)
    #expect(delay("POST", "/api/v4/users", status: 500) == nil)
    #expect(delay("PATCH", "/v1/profiles/x", status: 429) == nil)
  }

  @Test func idempotencyKeyAndSynpostersDocumented500AreSafe() {
    #expect(delay("POST", "/v1/posts", status: 503, headers: [("Idempotency-Key", "k")]) == 100)
    #expect(delay("POST", "/v1/profiles", status: 500) == 100)
  }

  @Test func retryAfterIsHonouredAndCapped() {
    #expect(delay("GET", "/v1/usage", status: 429, headers: [("Retry-After", "2")]) == 2000)
    #expect(delay("GET", "/v1/usage", status: 429, headers: [("Retry-After", "3600")]) == 30_000)
  }

  @Test func transportErrors() {
    let post = HTTPRequest(method: "POST", path: "/v1/profiles")
    let get = HTTPRequest(method: "GET", path: "/v1/profiles")
    let timeout = TransportError(host: "h", cause: "no response within 5 ms")
    let refused = TransportError(host: "h", cause: "Connection refused")
    #expect(transportDelay(timeout, post) == nil)
    #expect(transportDelay(timeout, get) == 100)
    #expect(transportDelay(refused, post) == 100)
  }
}
