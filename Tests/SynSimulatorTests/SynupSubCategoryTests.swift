import SynJSON
import Testing

@testable import SynSimulator

/// The categories marked `primary:false` may only be a location's additional
/// categories (synup-sections.md 4.2).
@Suite struct SynupSubCategoryTests {
  static let additionalOnly = SubCategory.all.filter { !$0.isPrimary }

  @Test func anAdditionalOnlyCategoryIsNoPrimaryCategory() throws {
    let category = try #require(Self.additionalOnly.first)
    let reply = try SynupClient().post(
      "/locations", input: SynupFixtures.location(["subCategoryId": .string(category.id.text)]))
    let errors = try #require(try reply.json()["data"]?["createLocation"]?["errors"]?.arrayValue)
    #expect(errors.map { $0["code"] } == ["SY10025"])
  }

  @Test func anAdditionalOnlyCategoryIsAnAdditionalCategory() throws {
    let numbers = Self.additionalOnly.map { JSONValue.int($0.number) }
    let location = try SynupClient().createLocation(["additionalCategoryIds": .array(numbers)])
    #expect(location["additionalCategoryIds"] == .array(numbers))
  }
}
