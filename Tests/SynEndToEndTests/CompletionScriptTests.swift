import Foundation
import Testing

/// The bash completion script `syn --generate-completion-script bash` prints,
/// sourced into bash and asked what it offers, as a user's shell would.
@Suite struct CompletionScriptTests {
  /// The candidates bash offers for the command line `words`, the last being the word under the cursor.
  private func candidates(_ words: [String], in directory: URL) throws -> [String] {
    let script = try SynBinary.run(["--generate-completion-script", "bash"])
    #expect(script.exitCode == 0, "\(script.stderr)")
    let scriptFile = directory.appendingPathComponent("syn.bash")
    try script.stdout.write(to: scriptFile, atomically: true, encoding: .utf8)
    let quoted = words.map { "'\($0)'" }.joined(separator: " ")
    let probe = """
      source \(scriptFile.path)
      COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
      _syn syn "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
      printf '%s\\n' "${COMPREPLY[@]}"
      """
    let result = try SynBinary.tool("bash", ["-c", probe], in: directory)
    #expect(result.exitCode == 0, "\(result.stderr)")
    return result.stdout.split(separator: "\n").map(String.init)
  }

  private func scratchDirectory() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("syn-completion-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
  }

  @Test func backendValuesComplete() throws {
    let directory = try scratchDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(try Set(candidates(["syn", "run", "--backend", ""], in: directory)) == ["mock", "live", "replay"])
  }

  @Test func reportKindsComplete() throws {
    let directory = try scratchDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(
      try Set(candidates(["syn", "test", "--report", ""], in: directory)) == ["junit=", "tap=", "json=", "html="])
  }

  @Test func scriptArgumentsCompleteSynFilesOnly() throws {
    let directory = try scratchDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    for name in ["smoke.syn", "notes.txt"] {
      try "".write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    for command in ["run", "check", "test"] {
      let offered = try candidates(["syn", command, ""], in: directory)
      #expect(offered.contains("smoke.syn"), "syn \(command) offered \(offered)")
      #expect(!offered.contains("notes.txt"), "syn \(command) offered \(offered)")
    }
  }

  @Test func commandsComplete() throws {
    let directory = try scratchDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let offered = try Set(candidates(["syn", ""], in: directory))
    #expect(offered.isSuperset(of: ["run", "test", "check", "serve"]), "offered \(offered)")
  }
}
