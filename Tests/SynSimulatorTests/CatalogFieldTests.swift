import SynCatalog
import SynJSON
import Testing

@testable import SynSimulator

/// The catalog's fields and the simulator's readers of them are declared
/// apart; these keep them agreeing, so a field the runtime sends is one the
/// simulator reads.
@Suite struct CatalogFieldTests {
  /// Synup's GraphQL input types carry GraphQL's type names for the evidenced
  /// error messages: a catalog field is one the input type accepts, required
  /// alike, of a compatible type.
  @Test(arguments: SynupOperationID.allCases)
  func everyCatalogFieldIsInTheInputType(id: SynupOperationID) throws {
    let operation = id.operation
    // An operation not simulated yet has no reader of its fields to agree with.
    guard let handler = id.handler else { return }
    guard let inputType = handler.inputType else {
      #expect(operation.body == .none, "\(operation.name) sends a body that no input type reads")
      return
    }
    #expect(operation.body == .wrapped("input"))
    for field in operation.fields {
      let declared = try #require(
        inputType.fields.first { $0.name == field.name }, "\(operation.name): \(field.name) not in \(inputType.name)")
      #expect(declared.isRequired == field.isRequired, "\(operation.name): \(field.name) required differently")
      #expect(
        declared.type.accepts(field.type),
        "\(operation.name): \(field.name) is \(field.type), not \(declared.type.name)")
    }
  }

  /// Synposter's handlers read fields by name: each catalog body field, sent
  /// with the wrong JSON type, is refused naming that field.
  @Test(arguments: SynposterOperationID.allCases)
  func everyCatalogBodyFieldIsRead(id: SynposterOperationID) throws {
    let operation = id.operation
    guard operation.body == .json else { return }
    let client = try TestClient()
    let call = try #require(try Self.acceptedCall(of: id, client), "no accepted body for \(operation.name)")
    for field in operation.fields {
      var body = try #require(call.body.objectValue)
      body[field.name] = field.type == .string ? 5 : "x"
      let reply = client.send(operation.method, call.path, body: JSONValue.object(body).compactText)
      #expect(reply.status == 400, "\(operation.name): \(field.name) \(reply.text)")
      #expect(try reply.json()["field"]?.stringValue == field.name, "\(operation.name): \(reply.text)")
    }
  }

  /// Where to send `id` and a body it accepts.
  private static func acceptedCall(of id: SynposterOperationID, _ client: TestClient) throws
    -> (path: String, body: JSONValue)?
  {
    switch id {
    case .createProfile: return ("/v1/profiles", ["name": "P"])
    case .updateProfile:
      let profile = try #require(try client.createProfile()["id"]?.stringValue)
      return ("/v1/profiles/\(profile)", [:])
    case .connectAccount: return ("/v1/connect/twitter", [:])
    case .createPost: return ("/v1/posts", ["accountIds": [.string(try client.connectAccount())], "text": "Hi"])
    case .createMedia: return ("/v1/media", ["filename": "a.png", "mimeType": "image/png"])
    default: return nil
    }
  }
}

extension SynupHandler {
  fileprivate var inputType: SynupInputType? {
    switch self {
    case .query, .bareMutation: nil
    case .payloadMutation(let inputType, _, _), .bulkMutation(let inputType, _): inputType
    }
  }
}

extension SynupInputValueType {
  /// Whether a value the runtime coerces to `type` fits this GraphQL type.
  fileprivate func accepts(_ type: FieldType) -> Bool {
    switch (self, type) {
    case (.string, .string), (.id, .string), (.enumeration, .string), (.int, .integer), (.boolean, .boolean),
      (.object, .object), (.json, _):
      true
    case (.list(let item), .array(let element)): item.accepts(element)
    default: false
    }
  }
}
