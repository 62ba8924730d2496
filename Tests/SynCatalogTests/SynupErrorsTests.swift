import Foundation
import Testing

@testable import SynCatalog

/// The SY codes `:help VERB NOUN` lists for Synup agree with the simulator's
/// sources: no code it spells is missing from every operation, and no listed
/// code is one it never answers.
@Suite struct SynupErrorsTests {
  static let simulatorSources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appending(path: "Sources/SynSimulator")

  /// Every `"SYnnnnn` string literal of the simulator's sources (comments do not count).
  static func simulatorCodes() throws -> Set<String> {
    let files = try #require(FileManager.default.enumerator(at: simulatorSources, includingPropertiesForKeys: nil))
    var codes: Set<String> = []
    for case let file as URL in files where file.pathExtension == "swift" {
      let text = try String(contentsOf: file, encoding: .utf8)
      codes.formUnion(text.matches(of: /"(SY[0-9]{5})/).map { String($0.output.1) })
    }
    return codes
  }

  /// The SY codes of every operation (`syn serve`'s payload_too_large is no code of the API's).
  static var documentedCodes: Set<String> {
    Set(Catalog.synup.operations.flatMap { Catalog.synup.documentedErrors(of: $0).map(\.code) })
      .filter { $0.hasPrefix("SY") }
  }

  @Test func everyCodeTheSimulatorSpellsIsDocumentedByAnOperation() throws {
    let spelled = try Self.simulatorCodes()
    #expect(spelled.count > 60, "the scan found the simulator's codes (\(spelled.count))")
    #expect(spelled.subtracting(Self.documentedCodes).sorted() == [])
  }

  @Test func everyDocumentedCodeIsOneTheSimulatorSpells() throws {
    #expect(Self.documentedCodes.subtracting(try Self.simulatorCodes()).sorted() == [])
  }

  @Test func everyOwnCodeComesAt200AndSaysWhereItSits() {
    for id in SynupOperationID.allCases {
      for error in id.operation.errors {
        #expect(error.status == 200, "\(id): \(error.code)")
        #expect(error.code.wholeMatch(of: /SY[0-9]{5}/) != nil, "\(id): \(error.code)")
        let place = error.place ?? ""
        #expect(
          place == "top-level errors" || place.hasPrefix("in data.\(id.graphQLField)."),
          "\(id): \(error.code) \(place)")
      }
    }
  }

  @Test func anOperationListsItsCodesOnceAndThenTheSharedOnes() throws {
    let catalog = Catalog.synup
    let createLocation = try #require(catalog.operation(verb: "create", noun: "location"))
    let errors = catalog.documentedErrors(of: createLocation)
    #expect(errors.first?.code == "SY10001", "the operation's own, in the simulator's order")
    #expect(errors.contains(DocumentedError(200, "SY10011", "street is blank", place: "in data.createLocation.errors")))
    #expect(errors.suffix(3).map(\.code) == ["SY90005", "payload_too_large", "SY90006"])
    #expect(Set(errors.map(\.code)).count == errors.count, "each code once")
    let listRoles = try #require(catalog.operation(verb: "list", noun: "role"))
    #expect(catalog.documentedErrors(of: listRoles).map(\.code) == ["SY90005", "SY90006"])
  }
}
