public import Foundation
public import SynHTTP

/// One exchange as a recording keeps it (a HAR entry): the request, its
/// answer (or why none came), when and how long, and what sent it.
public struct RecordedExchange: Sendable {
  /// The HAR page it belongs to (`pageref`); nil outside any case.
  public var page: String?
  public var startedAt: Date
  public var milliseconds: Double
  /// Where the request went: `https://api.synposter.com`, a `--base-url`.
  public var origin: String
  public var request: HTTPRequest
  /// The answer; nil when none came (then `failure` says why).
  public var response: HTTPResponse?
  public var failure: String?
  /// The source text of the statement that sent it (`_statement`); nil for the session's own requests.
  public var statement: String?
  /// `file:line` of that statement (`_source`).
  public var source: String?

  public init(
    page: String? = nil, startedAt: Date, milliseconds: Double, origin: String, request: HTTPRequest,
    response: HTTPResponse?, failure: String? = nil, statement: String? = nil, source: String? = nil
  ) {
    self.page = page
    self.startedAt = startedAt
    self.milliseconds = milliseconds
    self.origin = origin
    self.request = request
    self.response = response
    self.failure = failure
    self.statement = statement
    self.source = source
  }

  /// `POST /v1/profiles?limit=2`: how messages name the request.
  public var requestLine: String {
    "\(request.method) \(request.path)\(QueryItem.queryString(request.query))"
  }
}
