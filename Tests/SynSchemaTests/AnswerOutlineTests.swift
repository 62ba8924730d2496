import SynCatalog
import SynJSON
import Testing

@testable import SynSchema

/// The outline of a success answer that `:help VERB NOUN` prints, read from the declared schemas.
@Suite struct AnswerOutlineTests {
  @Test func aSynposterAnswerIsItsComponentWithItsMembers() throws {
    let outline = AnswerOutline(successOf: try #require(Catalog.synposter.operation(verb: "create", noun: "profile")))
    #expect(outline.status == 201 && outline.location.isEmpty && outline.type == "Profile")
    #expect(outline.members.map(\.name) == ["id", "name", "externalId", "metadata", "createdAt", "updatedAt"])
    #expect(outline.members.first { $0.name == "id" }?.type == "string (uuid)")
    #expect(outline.members.first { $0.name == "externalId" }?.type == "string or null")
  }

  @Test func aListNamesItsElementsAndANoContentAnswerHasNoBody() throws {
    let list = AnswerOutline(successOf: try #require(Catalog.synposter.operation(verb: "list", noun: "posts")))
    #expect(list.members.first { $0.name == "data" }?.type == "Post[]")
    let delete = AnswerOutline(successOf: try #require(Catalog.synposter.operation(verb: "delete", noun: "profile")))
    #expect(delete.status == 204 && delete.type == "no body" && delete.members.isEmpty)
  }

  @Test func aSynupAnswerSitsUnderItsFieldInData() throws {
    let outline = AnswerOutline(successOf: try #require(Catalog.synup.operation(verb: "create", noun: "location")))
    #expect(outline.location == "data.createLocation")
    #expect(outline.members.map(\.name).contains("location"))
    #expect(outline.members.first { $0.name == "location" }?.type == "Location or null")
    let list = AnswerOutline(successOf: try #require(Catalog.synup.operation(verb: "list", noun: "locations")))
    #expect(list.type == "LocationConnection" && list.members.map(\.name) == ["edges", "pageInfo"])
  }

  @Test func typeNamesSpellEnumsConstantsAndAlternatives() {
    #expect(AnswerOutline.typeName(of: ["type": "string", "enum": ["a", "b"]]) == "one of: a, b")
    #expect(AnswerOutline.typeName(of: ["const": "ok"]) == "\"ok\"")
    #expect(AnswerOutline.typeName(of: ["type": ["integer", "null"]]) == "integer or null")
    #expect(AnswerOutline.typeName(of: [:]) == "any")
    #expect(AnswerOutline.typeName(of: ["type": "array", "items": ["type": "array", "items": [:]]]) == "any[][]")
  }
}
