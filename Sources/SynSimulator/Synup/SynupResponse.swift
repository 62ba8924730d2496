import SynHTTP
import SynJSON

/// The HTTP statuses of Synup's answers (spec 5, decision 1). The docs file
/// resolver, payload and coercion errors under 200, so they answer 200; this
/// is the one switch to flip should the real API prove otherwise.
enum SynupStatus {
  /// Shapes 2, 3 and 4, unless the REST layer itself could not read the request.
  static let error = 200
  /// Shape 2 when the REST layer cannot read a query parameter or the body.
  static let badRequest = 400
}

/// Synup's answers: `{"data":{"<field>":…}}` on success, and the error
/// shapes of spec 2 that are not tied to a mutation payload.
enum SynupResponse {
  /// 200 `{"data":{"<field>": value}}`.
  static func data(_ field: String, _ value: JSONValue) -> HTTPResponse {
    .json(200, ["data": .object(JSONObject([.init(key: field, value: value)]))])
  }

  /// `data(field, value)` for the value `body` makes, or the failure it throws.
  static func answer(_ field: String, _ body: () throws(SynupFailure) -> JSONValue) -> HTTPResponse {
    do {
      return data(field, try body())
    } catch {
      return error.response(field: field)
    }
  }

  /// Shape 2: `{"data":{"<field>":null},"errors":[{"message":…}]}`.
  static func resolverError(status: Int, field: String?, message: String) -> HTTPResponse {
    .json(status, ["data": nullData(field), "errors": [["message": .string(message)]]])
  }

  /// Shape 1, HTTP 401: the live probe's body, `data` naming the route's field.
  static func invalidToken(field: String?) -> HTTPResponse {
    resolverError(status: 401, field: field, message: "SY90005:Invalid token")
  }

  /// An unknown route or method (spec 4 decision: not evidenced).
  static let notFound = HTTPResponse.json(404, ["errors": [["message": "Not Found"]]])

  /// A route of a table-of-contents section the simulator does not cover yet.
  static let notSimulated = HTTPResponse.json(501, ["errors": [["message": "not simulated"]]])

  /// The answer of an injected fault.
  static func simulatedFault(status: Int) -> HTTPResponse {
    let message = status == 500 ? "SY90006:Simulated failure (safe to retry)" : "Simulated \(status) failure"
    return .json(status, ["data": nil, "errors": [["message": .string(message)]]])
  }

  /// `{"<field>": null}`, or `null` when the route has no GraphQL field.
  private static func nullData(_ field: String?) -> JSONValue {
    field.map { .object(JSONObject([.init(key: $0, value: .null)])) } ?? .null
  }
}

/// A Synup request that fails as a whole, in one of the top-level error shapes.
/// Rule violations of a mutation are not failures: they answer a payload with
/// `success: false` (see `PayloadOutcome`).
enum SynupFailure: Error, Sendable {
  /// Shape 2 at 400: the REST layer could not read a query parameter or the body.
  case badRequest(String)
  /// Shape 2: a bad or unknown id, or a missing resource.
  case resolver(String)
  /// Shape 4: `$input` does not fit the mutation's input type; one message per problem, no `data`.
  case coercion([String])

  /// An id that is not the base64 `Type:N` (or UUID) the field takes, or a bad cursor.
  static let invalidId = SynupFailure.resolver("SY90002: Invalid Id")
  /// A well-formed id of a missing grid report, campaign, interaction, response or photo request (synup-sections.md 2.4).
  static let resourceNotFound = SynupFailure.resolver("SY90007: Resource Not Found")

  func response(field: String) -> HTTPResponse {
    switch self {
    case .badRequest(let message):
      SynupResponse.resolverError(status: SynupStatus.badRequest, field: field, message: message)
    case .resolver(let message):
      SynupResponse.resolverError(status: SynupStatus.error, field: field, message: message)
    case .coercion(let messages):
      .json(SynupStatus.error, ["errors": .array(messages.map { ["message": .string($0)] })])
    }
  }
}
