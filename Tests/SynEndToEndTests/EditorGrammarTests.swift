import Foundation
import Testing

/// The TextMate grammar of `editors/` (issue 19, item 3), run by a real
/// TextMate engine: `Tests/Grammar/check_grammar.py` tokenizes every example
/// and the annotated `Tests/Grammar/fixture.syn` with textmate-grammar-python,
/// which `scripts/setup-test-tools` installs. A missing engine fails the test.
@Suite struct EditorGrammarTests {
  static let editors = SynBinary.packageRoot.appendingPathComponent("editors")

  static func object(_ file: String) throws -> [String: Any] {
    let data = try Data(contentsOf: editors.appendingPathComponent(file))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  @Test func theGrammarNamesItsScopeAndFileType() throws {
    let grammar = try Self.object("syn.tmLanguage.json")
    #expect(grammar["scopeName"] as? String == "source.syn")
    #expect(grammar["fileTypes"] as? [String] == ["syn"])
  }

  /// `editors/` is also a VS Code (and JetBrains TextMate bundle) extension folder.
  @Test func theExtensionManifestPointsAtTheGrammar() throws {
    let contributes = try #require(try Self.object("package.json")["contributes"] as? [String: Any])
    let grammars = try #require(contributes["grammars"] as? [[String: String]])
    #expect(grammars == [["language": "syn", "scopeName": "source.syn", "path": "./syn.tmLanguage.json"]])
    let languages = try #require(contributes["languages"] as? [[String: Any]])
    #expect(languages.first?["extensions"] as? [String] == [".syn"])
    let configuration = try #require(languages.first?["configuration"] as? String)
    #expect(FileManager.default.fileExists(atPath: Self.editors.appendingPathComponent(configuration).path))
  }

  @Test func aTextMateEngineScopesEveryExampleAndTheFixture() throws {
    let result = try SynBinary.tool("python3", ["Tests/Grammar/check_grammar.py"])
    // check_grammar.py exits 2 when it cannot import the engine.
    #expect(
      result.exitCode != 2, "the TextMate engine is missing: run scripts/setup-test-tools\n\(result.stderr)")
    #expect(result.exitCode == 0, "\(result.stderr)")
  }
}
