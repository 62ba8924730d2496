import SynHTTP
import SynJSON
import Testing

@testable import SynSimulator

@Suite struct RateLimitTests {
  @Test func offByDefault() throws {
    let client = try TestClient()
    let reply = client.send("GET", "/v1/usage")
    #expect(reply.headers["X-RateLimit-Limit"] == nil)
  }

  @Test func limitsRequestsPerMinuteOfTheTenantClock() throws {
    let client = try TestClient()
    #expect(try client.control("/_sim/ratelimit", #"{"limit":2}"#).compactText == #"{"limit":2}"#)
    try client.control("/_sim/clock", #"{"set":"2026-01-01T00:00:45Z"}"#)
    let first = client.send("GET", "/v1/usage")
    #expect(first.headers["X-RateLimit-Limit"] == "2")
    #expect(first.headers["X-RateLimit-Remaining"] == "1")
    #expect(first.headers["X-RateLimit-Reset"] == "1767225660")
    #expect(client.send("GET", "/v1/profiles").headers["X-RateLimit-Remaining"] == "0")
    let limited = client.send("GET", "/v1/usage")
    #expect(limited.status == 429)
    #expect(
      limited.text == #"{"error":"rate_limited","message":"Too many requests: retry after 15 s","retryAfter":15}"#)
    #expect(limited.headers["Retry-After"] == "15")
    #expect(limited.headers["X-RateLimit-Remaining"] == "0")
    try client.control("/_sim/clock", #"{"advance":"15s"}"#)
    #expect(client.send("GET", "/v1/usage").status == 200)
    try client.control("/_sim/ratelimit", #"{"limit":null}"#)
    #expect(client.send("GET", "/v1/usage").headers["X-RateLimit-Limit"] == nil)
  }

  @Test func limitMustBeGiven() throws {
    let reply = try TestClient().send("POST", "/_sim/ratelimit", body: "{}")
    #expect(reply.status == 400)
    #expect(reply.text == #"{"error":"validation_error","message":"limit is required","field":"limit"}"#)
  }
}
