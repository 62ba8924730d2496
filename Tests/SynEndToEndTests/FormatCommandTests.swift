import Foundation
import Testing

/// `syn fmt`: exit codes, `--check`, standard input, rewriting in place.
@Suite struct FormatCommandTests {
  static let messy = "repeat 2 {\nprint   $i\n}\n"
  static let tidy = "repeat 2 {\n  print $i\n}\n"

  @Test func checkListsTheFilesThatWouldChangeAndWritesNothing() throws {
    let directory = try SynBinary.temporaryDirectory(with: [
      "messy.syn": FormatCommandTests.messy, "tidy.syn": FormatCommandTests.tidy,
    ])
    let result = try SynBinary.run(["fmt", "--check", "messy.syn", "tidy.syn"], in: directory)
    #expect(result.exitCode == 1)
    #expect(result.stdout == "messy.syn\n")
    #expect(try contents(of: "messy.syn", in: directory) == FormatCommandTests.messy)

    let clean = try SynBinary.run(["fmt", "--check", "tidy.syn"], in: directory)
    #expect(clean.exitCode == 0)
    #expect(clean.stdout.isEmpty)
  }

  @Test func rewritesChangedFilesInPlaceAndLeavesTheOthersUntouched() throws {
    let directory = try SynBinary.temporaryDirectory(with: [
      "messy.syn": FormatCommandTests.messy, "tidy.syn": FormatCommandTests.tidy,
    ])
    let tidyURL = directory.appendingPathComponent("tidy.syn")
    let past = Date(timeIntervalSince1970: 1_000_000_000)
    try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: tidyURL.path)

    let result = try SynBinary.run(["fmt", "."], in: directory)
    #expect(result.exitCode == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(try contents(of: "messy.syn", in: directory) == FormatCommandTests.tidy)
    let modified = try FileManager.default.attributesOfItem(atPath: tidyURL.path)[.modificationDate] as? Date
    #expect(modified == past, "an unchanged file was written")
    #expect(try SynBinary.run(["fmt", "--check", "."], in: directory).exitCode == 0)
  }

  @Test func dashReadsStandardInputAndWritesStandardOutput() throws {
    let result = try SynBinary.run(["fmt", "-"], input: "let  x = {\"a\":1}\n\n\nshow   # done\n")
    #expect(result.exitCode == 0, "stderr: \(result.stderr)")
    #expect(result.stdout == "let x = {\"a\": 1}\n\nshow  # done\n")

    let check = try SynBinary.run(["fmt", "--check", "-"], input: "show\n")
    #expect(check.exitCode == 0)
    #expect(check.stdout.isEmpty)
  }

  @Test func aFileThatDoesNotParseIsReportedAndLeftAlone() throws {
    let broken = "show\ncreate profile name=\"open\n"
    let directory = try SynBinary.temporaryDirectory(with: [
      "broken.syn": broken, "messy.syn": FormatCommandTests.messy,
    ])
    let result = try SynBinary.run(["fmt", "broken.syn", "messy.syn"], in: directory)
    #expect(result.exitCode == 2)
    #expect(result.stderr.contains("broken.syn:2:21: error: unterminated string"), "stderr: \(result.stderr)")
    #expect(try contents(of: "broken.syn", in: directory) == broken)
    // The other files are still formatted.
    #expect(try contents(of: "messy.syn", in: directory) == FormatCommandTests.tidy)

    let fromInput = try SynBinary.run(["fmt", "-"], input: broken)
    #expect(fromInput.exitCode == 2)
    #expect(fromInput.stdout.isEmpty)
    #expect(fromInput.stderr.contains("<stdin>:2:21: error:"))
  }

  @Test func theExamplesAreInTheCanonicalLayout() throws {
    let result = try SynBinary.run(["fmt", "--check", "examples"])
    #expect(result.exitCode == 0, "would change: \(result.stdout)\(result.stderr)")
  }

  @Test func helpDescribesTheCommand() throws {
    let result = try SynBinary.run(["help", "fmt"])
    #expect(result.exitCode == 0)
    #expect(result.stdout.contains("--check"))
    #expect(result.stdout.contains("canonical"))
  }

  @Test func aMissingFileIsAUsageError() throws {
    let result = try SynBinary.run(["fmt", "no-such-file.syn"])
    #expect(result.exitCode == 1)
    #expect(result.stderr.contains("no-such-file.syn: error: no such file"))
  }

  private func contents(of name: String, in directory: URL) throws -> String {
    try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
  }
}
