import SynJSON

/// What a Synup route does.
enum SynupEndpoint: Sendable {
  /// An operation of the catalog, answering under its GraphQL field.
  case operation(SynupHandler, field: String)
  /// A route of a table-of-contents section not simulated yet: 501.
  case notSimulated

  /// The GraphQL field the answer sits under, named in error bodies too.
  var field: String? {
    switch self {
    case .operation(_, let field): field
    case .notSimulated: nil
    }
  }
}

/// How the simulator answers a Synup operation. Reads answer `data.<field>`;
/// payload mutations answer `{…, success, errors, <entity>}`; bulk mutations
/// answer a value of their own shape, one result per id.
enum SynupHandler: Sendable {
  /// A read of the query's parameters; `path` holds the route's `{…}` segments.
  case query(
    @Sendable (SynupAccount, SynupQueryParameters, _ path: [Substring], SynupReadContext) throws(SynupFailure)
      -> JSONValue)
  /// A read answering several members of `data` at once (the docs' field and
  /// the SDK's, synup-sections.md 7 #2); a failure names the operation's field.
  case multiMemberQuery(
    @Sendable (SynupAccount, SynupQueryParameters, _ path: [Substring], SynupReadContext) throws(SynupFailure)
      -> JSONObject)
  /// A mutation answering a payload; rule violations are an outcome, not a failure.
  case payloadMutation(
    SynupInputType, PayloadShape,
    @Sendable (inout SynupAccount, SynupInput, _ now: Timestamp) throws(SynupFailure) -> PayloadOutcome)
  /// A mutation answering one result per id, or a value of its own shape.
  case bulkMutation(
    SynupInputType, @Sendable (inout SynupAccount, SynupInput, _ now: Timestamp) throws(SynupFailure) -> JSONValue)
  /// A write whose fields are the body's bare object (synup-sections.md 2.1),
  /// answering a value of its own shape; `path` holds the route's `{…}` segments.
  case bareMutation(
    @Sendable (inout SynupAccount, SynupBareBody, _ path: [Substring], _ now: Timestamp) throws(SynupFailure)
      -> JSONValue)
  /// A wrapped mutation whose answer links back to the simulator (a connect
  /// link): it knows where the request came, and answers the object under `data` itself.
  case linkMutation(
    SynupInputType, @Sendable (inout SynupAccount, SynupInput, SynupLinkContext) throws(SynupFailure) -> JSONValue)
}

/// What a connect link is made of beside the account: the origin the request
/// came to (its URL leads back there), the tenant that must recognise the
/// link's token without a key, and the clock.
struct SynupLinkContext: Sendable {
  let origin: String
  let tenantNumber: Int
  let now: Timestamp
}

/// What a read knows beside the account (whose `dataSeed` derives synthetic values): the tenant's clock.
struct SynupReadContext: Sendable {
  let now: Timestamp
}

/// The payloads' members, in the evidenced order.
extension PayloadShape {
  static let user = PayloadShape(members: [.success, .errors, .entity("user")], errorsOnSuccess: [])
  static let userAndFolder = PayloadShape(
    members: [.success, .succeeded("assignFolder"), .part("user"), .part("folder"), .errors], errorsOnSuccess: [])
  static let location = PayloadShape(
    members: [.clientMutationId, .errors, .entity("location"), .success, .warnings], errorsOnSuccess: nil)
  static let folder = PayloadShape(
    members: [.clientMutationId, .errors, .entity("folder"), .success], errorsOnSuccess: nil)
  static let folderOfMovedLocations = PayloadShape(
    members: [.errors, .entity("folder"), .success], errorsOnSuccess: nil)
  static let locationsBackToRoot = PayloadShape(
    members: [.clientMutationId, .errors, .entity("locations"), .success], errorsOnSuccess: nil)
  static let deletedFolder = PayloadShape(members: [.errors, .success], errorsOnSuccess: nil)
  static let tag = PayloadShape(members: [.clientMutationId, .errors, .success, .entity("tag")], errorsOnSuccess: [])
}
