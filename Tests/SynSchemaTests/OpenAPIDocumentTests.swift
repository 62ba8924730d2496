import Foundation
import SynCatalog
import SynJSON
import SynSchema
import Testing

/// `/openapi.json` is OpenAPI 3.1 in shape, complete, and self-consistent.
@Suite struct OpenAPIDocumentTests {
  let document = OpenAPIDocument.document()

  var operations: [(path: String, method: String, operation: JSONValue)] {
    (document["paths"]?.objectValue ?? JSONObject()).flatMap { item in
      (item.value.objectValue ?? JSONObject()).map { (item.key, $0.key, $0.value) }
    }
  }

  @Test func hasTheTopLevelShapeOfOpenAPI31() throws {
    #expect(document["openapi"]?.stringValue == "3.1.0")
    #expect(document["info"]?["title"]?.stringValue?.isEmpty == false)
    #expect(document["info"]?["version"]?.stringValue?.isEmpty == false)
    let schemes = try #require(document["components"]?["securitySchemes"]?.objectValue)
    #expect(schemes.keys.sorted() == ["synposter", "synup"])
    #expect(document["paths"]?["/v1/profiles/{id}"]?["get"]?["operationId"]?.stringValue == "synposter_get_profile")
    #expect(document["paths"]?["/v1/profiles"]?["get"]?["security"] == [["synposter": []]])
    #expect(document["paths"]?["/api/v4/roles"]?["get"]?["security"] == [["synup": []]])
    // Health needs no key (spec 1.7): no security requirement is one of the choices.
    #expect(document["paths"]?["/v1/health"]?["get"]?["security"] == [[:], ["synposter": []]])
  }

  @Test func everyCatalogOperationIsDocumentedWithItsAnswers() {
    let methods: Set<String> = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]
    var total = 0
    for catalog in Catalog.all {
      for operation in catalog.operations {
        total += 1
        let entry = document["paths"]?[operation.path]?[operation.method.lowercased()]
        let responses = entry?["responses"]?.objectValue ?? JSONObject()
        #expect(responses[String(operation.successStatus)] != nil, "\(operation.name): no success response")
        #expect(responses.count >= 3, "\(operation.name): errors not documented")
        for response in responses {
          #expect(Int(response.key) != nil, "\(operation.name): \(response.key) is not a status")
          #expect(response.value["description"]?.stringValue != nil)
        }
      }
    }
    #expect(operations.count == total)
    #expect(operations.allSatisfy { methods.contains($0.method) })
    let ids = operations.compactMap { $0.operation["operationId"]?.stringValue }
    #expect(Set(ids).count == total, "operationIds are missing or repeated")
  }

  @Test func theResponseTablesNameOnlyCatalogOperations() {
    let synposter = Set(Catalog.synposter.operations.map(\.name))
    let synup = Set(Catalog.synup.operations.map(\.name))
    // The response tables are exhaustive switches over these ids.
    #expect(Set(SynposterOperationID.allCases.map(\.operation.name)) == synposter)
    #expect(Set(SynupOperationID.allCases.map(\.operation.name)) == synup)
  }

  @Test func pathPlaceholdersAreDeclaredParameters() {
    for (path, method, operation) in operations {
      let declared = Set(
        (operation["parameters"]?.arrayValue ?? []).filter { $0["in"]?.stringValue == "path" }
          .compactMap { $0["name"]?.stringValue })
      let placeholders = Set(
        path.split(separator: "/").filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) })
      #expect(declared == placeholders, "\(method) \(path)")
    }
  }

  @Test func everyReferenceResolvesAndOnlyKnownKeywordsAreUsed() throws {
    let components = try #require(document["components"]?["schemas"]?.objectValue)
    var schemas = components.map { ("components.\($0.key)", $0.value) }
    for (path, method, operation) in operations {
      let place = "\(method) \(path)"
      for parameter in operation["parameters"]?.arrayValue ?? [] {
        schemas.append(("\(place) parameter", parameter["schema"] ?? .null))
      }
      if let body = operation["requestBody"]?["content"]?["application/json"]?["schema"] {
        schemas.append(("\(place) body", body))
      }
      for response in operation["responses"]?.objectValue ?? JSONObject() {
        if let content = response.value["content"] {
          schemas.append(("\(place) \(response.key)", content["application/json"]?["schema"] ?? .null))
        }
      }
    }
    var problems: [String] = []
    func visit(_ schema: JSONValue, at path: String) {
      guard let object = schema.objectValue else { return problems.append("\(path): not a schema") }
      for member in object {
        switch member.key {
        case "properties":
          for property in member.value.objectValue ?? JSONObject() {
            visit(property.value, at: "\(path).\(property.key)")
          }
        case "items": visit(member.value, at: "\(path)[]")
        case "additionalProperties": if member.value.boolValue == nil { visit(member.value, at: "\(path).*") }
        case "anyOf": for option in member.value.arrayValue ?? [] { visit(option, at: "\(path)|") }
        case "$ref":
          let name = member.value.stringValue?.replacingOccurrences(of: "#/components/schemas/", with: "") ?? ""
          if components[name] == nil { problems.append("\(path): \(member.value.compactText) does not resolve") }
        default:
          if !SchemaValidator.keywords.contains(member.key) { problems.append("\(path): unchecked \(member.key)") }
        }
      }
    }
    for (path, schema) in schemas { visit(schema, at: path) }
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
  }

  @Test func theServedBytesAreTheDocument() throws {
    #expect(try JSONValue(parsing: OpenAPIDocument.bytes()) == document)
  }
}
