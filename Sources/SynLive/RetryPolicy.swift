import Foundation
import SynHTTP
import SynJSON

/// When a failed request is sent again, and after how long.
///
/// Retried: 429, 500, 502, 503, 504 and transport errors, but only where a
/// retry cannot apply a change twice: GET, HEAD, OPTIONS, PUT and DELETE, any
/// request carrying an `Idempotency-Key`, and a 500 of an API that documents
/// it as safe to retry (Synposter's `internal_error`: the simulator fails
/// before any state change; the sender says so in `RequestOptions`). A POST
/// or PATCH without a key is never retried after a 502/503/504, a Synup 500
/// or a timeout. A request that never left (refused, or no connection made)
/// is always retried.
///
/// A 429 that is a rate limit (code `rate_limited`, or any 429 with
/// `Retry-After`) refused the request before it did anything: it is retried
/// whatever the method, after `Retry-After`. A quota 429 (`post_limit_reached`)
/// stays so until the plan changes: it is never retried.
enum RetryPolicy {
  static let retriedStatuses: Set<Int> = [429, 500, 502, 503, 504]
  static let idempotentMethods: Set<String> = ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]
  /// The longest wait syn accepts from `Retry-After`, in milliseconds.
  static let maximumDelayMilliseconds = 30_000

  /// The wait before the next attempt, or nil when `outcome` is final.
  static func delay(
    after outcome: Result<HTTPResponse, TransportError>, of request: HTTPRequest, attempt: Int,
    initialMilliseconds: Int, serverErrorIsRetrySafe: Bool
  ) -> Int? {
    let backoff = min(maximumDelayMilliseconds, initialMilliseconds << min(attempt, 16))
    switch outcome {
    case .failure(let error):
      if error.stage == .connecting || error.cause.lowercased().contains("refused") { return backoff }
      return isSafe(request) ? backoff : nil
    case .success(let response):
      guard retriedStatuses.contains(response.status) else { return nil }
      let waited = retryAfter(response).map { min($0, maximumDelayMilliseconds) } ?? backoff
      if response.status == 429 {
        switch TooManyRequests(response) {
        case .quota: return nil
        case .rateLimit: return waited
        case .unknown: break
        }
      }
      guard isSafe(request) || (response.status == 500 && serverErrorIsRetrySafe) else { return nil }
      return waited
    }
  }

  static func isSafe(_ request: HTTPRequest) -> Bool {
    idempotentMethods.contains(request.method.uppercased()) || request.headers["Idempotency-Key"] != nil
  }

  /// `Retry-After` in seconds, or as an HTTP date, in milliseconds.
  static func retryAfter(_ response: HTTPResponse) -> Int? {
    guard let value = response.headers["Retry-After"]?.trimmingCharacters(in: .whitespaces) else { return nil }
    if let seconds = Int(value), seconds >= 0 { return seconds * 1000 }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
    guard let date = formatter.date(from: value) else { return nil }
    return max(0, Int(date.timeIntervalSinceNow * 1000))
  }
}

/// What kind of "too many" a 429 says.
enum TooManyRequests: Equatable {
  /// Too many requests for now: code `rate_limited`, or a `Retry-After` to wait.
  case rateLimit
  /// A plan's allowance used up (`post_limit_reached`): no wait makes it pass.
  case quota
  /// Neither said: retried as any other failed answer.
  case unknown

  static let quotaCodes: Set<String> = ["post_limit_reached"]

  init(_ response: HTTPResponse) {
    let code = (try? JSONValue(parsing: response.body))?["error"]?.stringValue
    if let code, TooManyRequests.quotaCodes.contains(code) {
      self = .quota
    } else if code == "rate_limited" || response.headers["Retry-After"] != nil {
      self = .rateLimit
    } else {
      self = .unknown
    }
  }
}
