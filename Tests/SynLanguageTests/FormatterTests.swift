import Foundation
import SynLanguage
import Testing

/// `syn fmt` (docs/language.md, "Formatting"): golden files for every
/// statement form, idempotence, and the promise that formatting never
/// changes what a script does.
@Suite struct FormatterTests {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let fixtures = packageRoot.appendingPathComponent("Tests/SynLanguageTests/Fixtures/fmt")

  /// The golden pairs: `NAME.input.syn` formats to `NAME.expected.syn`.
  static let goldenNames = files(in: fixtures, endingWith: ".input.syn").map {
    String($0.lastPathComponent.dropLast(".input.syn".count))
  }

  /// Every script of examples/.
  static let examples = files(in: packageRoot.appendingPathComponent("examples"), endingWith: ".syn")

  /// The parser fuzz corpus; the files that do not parse are left out by the property itself.
  static let corpus = files(in: packageRoot.appendingPathComponent("Fuzz/Corpus/language"), endingWith: "")

  static func files(in folder: URL, endingWith suffix: String) -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.sorted().map {
      folder.appendingPathComponent($0)
    }
  }

  @Test func everyFolderHasFiles() {
    #expect(FormatterTests.goldenNames.count >= 8)
    #expect(FormatterTests.examples.count >= 10)
    #expect(FormatterTests.corpus.count >= 40)
  }

  @Test(arguments: goldenNames)
  func golden(name: String) throws {
    let input = try String(
      contentsOf: FormatterTests.fixtures.appendingPathComponent("\(name).input.syn"), encoding: .utf8)
    let expected = try String(
      contentsOf: FormatterTests.fixtures.appendingPathComponent("\(name).expected.syn"), encoding: .utf8)
    let formatted = try ScriptFormatter.format(input)
    #expect(formatted == expected)
    #expect(try ScriptFormatter.format(expected) == expected, "the expected layout is not a fixed point")
    try expectSameStatements(input, formatted)
  }

  @Test(arguments: examples)
  func examplesAreIdempotentAndKeepTheirStatements(file: URL) throws {
    let source = try String(contentsOf: file, encoding: .utf8)
    let once = try ScriptFormatter.format(source, file: file.lastPathComponent)
    #expect(try ScriptFormatter.format(once) == once)
    try expectSameStatements(source, once)
  }

  @Test func theFuzzCorpusKeepsItsStatements() throws {
    var formattedFiles = 0
    for file in FormatterTests.corpus {
      guard let data = try? Data(contentsOf: file) else { continue }
      let source = String(decoding: data, as: UTF8.self)
      guard parseScript(source, file: "corpus").diagnostics.isEmpty else {
        #expect(throws: ScriptFormatFailure.self) { try ScriptFormatter.format(source) }
        continue
      }
      let once = try ScriptFormatter.format(source)
      #expect(try ScriptFormatter.format(once) == once, "\(file.lastPathComponent) is not idempotent")
      try expectSameStatements(source, once, name: file.lastPathComponent)
      formattedFiles += 1
    }
    #expect(formattedFiles >= 20, "only \(formattedFiles) corpus files parse")
  }

  @Test func aScriptThatDoesNotParseIsNotFormatted() {
    let source = "create profile name=\"open\nshow\nexpect .a == {\"b\": 1\n"
    do {
      _ = try ScriptFormatter.format(source, file: "broken.syn")
      Issue.record("a script with errors was formatted")
    } catch {
      #expect(error.diagnostics.map { "\($0.location)" }.first == "broken.syn:1:21")
      #expect(error.diagnostics.count == 2)
    }
  }

  @Test func layoutDetails() throws {
    // An empty script stays empty; a missing final line break is added; CRLF and tabs are normalised.
    #expect(try ScriptFormatter.format("") == "")
    #expect(try ScriptFormatter.format("\n\n  \n") == "")
    #expect(try ScriptFormatter.format("show") == "show\n")
    #expect(try ScriptFormatter.format("show\r\nget\tusage\r\n") == "show\nget usage\n")
    // A quoted string continued with `\` keeps the next line as it is: it is part of the string.
    #expect(try ScriptFormatter.format("print \"a\\\n   b\"\n") == "print \"a\\\n   b\"\n")
    // A quoted value keeps its quotes: a bare word would be typed by its field.
    #expect(try ScriptFormatter.format("create profile externalId=\"42\"\n") == "create profile externalId=\"42\"\n")
    // Quotes stay where the text is not a plain word.
    #expect(try ScriptFormatter.format("test \"42\"\nexpect error \"a b\"\n") == "test \"42\"\nexpect error \"a b\"\n")
  }

  /// Fails unless `original` and `formatted` parse to the same prelude and
  /// test cases, statement by statement, positions aside.
  private func expectSameStatements(
    _ original: String, _ formatted: String, name: String = "script",
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let before = parseScript(original, file: name)
    let after = parseScript(formatted, file: name)
    #expect(after.diagnostics.isEmpty, "\(after.diagnostics.map(\.rendered))", sourceLocation: sourceLocation)
    #expect(outline(after.script) == outline(before.script), "\(name)", sourceLocation: sourceLocation)
  }

  /// The script's statements without their positions (see `dump`).
  private func outline(_ script: Script) -> [String] {
    script.prelude.map { dump($0.kind) }
      + script.cases.flatMap { ["test \(quoted($0.name))"] + $0.body.map { dump($0.kind) } }
  }
}
