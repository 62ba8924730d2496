/// An error the API documents for an operation: the HTTP status it comes with,
/// the API's code (Synposter's `error`, Synup's `SYnnnnn`) and what it means.
/// `:help VERB NOUN` lists them; Synposter's statuses feed `/openapi.json`.
public struct DocumentedError: Sendable, Hashable {
  public var status: Int
  public var code: String
  public var meaning: String
  /// Where in the answer the code sits, when the status does not say: Synup
  /// answers its errors at 200, in the top-level `errors` (`top-level errors`)
  /// or in the mutation's payload (`in data.createLocation.errors`). Nil for Synposter.
  public var place: String?

  public init(_ status: Int, _ code: String, _ meaning: String, place: String? = nil) {
    self.status = status
    self.code = code
    self.meaning = meaning
    self.place = place
  }
}

extension Catalog {
  /// Every error `operation` may answer: its own, then those any route of the API may answer
  /// (a bad key, the rate limit, a body too large, a server failure), ordered by status.
  public func documentedErrors(of operation: Operation) -> [DocumentedError] {
    var shared = sharedErrors
    if operation.body != .none { shared.append(.payloadTooLarge) }
    var seen: Set<DocumentedError> = []
    let all = (operation.errors + shared).filter { seen.insert($0).inserted }
    // A stable sort: within a status, the operation's order (spec order) stays.
    return all.enumerated().sorted { ($0.element.status, $0.offset) < ($1.element.status, $1.offset) }.map(\.element)
  }

  /// The errors any route of the API may answer.
  var sharedErrors: [DocumentedError] {
    switch api {
    case .synposter: [.unauthorized, .rateLimited, .internalError]
    case .synup: [.synupInvalidToken, .synupInternal]
    }
  }
}

extension DocumentedError {
  /// `syn serve` refuses a body over its limit before the API reads it (docs/serving.md).
  static let payloadTooLarge = DocumentedError(413, "payload_too_large", "the request body is over the size limit")
}
