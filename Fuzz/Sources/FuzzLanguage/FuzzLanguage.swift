import FuzzSupport
import SynJSON
import SynLanguage
import SynREPL

/// Feeds the input, as script text, to everything that reads what a user
/// types: the script parser, the prompt's statement parser, the continuation
/// check and Tab completion. Checks that diagnostics point at real positions
/// and that completion keeps its contract (every candidate extends the word,
/// and the word ends the text).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLanguage(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
  checkDiagnostics(parseScript(text, file: "fuzz.syn").diagnostics)
  checkDiagnostics(parseStatements(text, file: "<stdin>").diagnostics)
  _ = needsContinuation(text)
  checkFormatting(text)
  let completion = completions(for: text, context: completionContext)
  // A `\` line continuation inside a string is dropped from the word, so
  // only text without one must end with the word literally.
  require(
    text.hasSuffix(completion.word) || text.contains("\\"),
    "completion word \(completion.word.debugDescription) does not end the text")
  for candidate in completion.candidates {
    require(
      candidate.text.hasPrefix(completion.word),
      "candidate \(candidate.text.debugDescription) does not extend \(completion.word.debugDescription)")
  }
  return 0
}

/// `syn fmt` turns a script that parses into one that still parses, and
/// formatting that again changes nothing.
private func checkFormatting(_ text: String) {
  guard let formatted = try? ScriptFormatter.format(text) else { return }
  let again = parseScript(formatted, file: "fuzz.syn")
  require(again.diagnostics.isEmpty, "the formatted script does not parse: \(again.diagnostics.map(\.message))")
  require((try? ScriptFormatter.format(formatted)) == formatted, "formatting the formatted script changed it")
}

private func checkDiagnostics(_ diagnostics: [Diagnostic]) {
  for diagnostic in diagnostics {
    require(
      diagnostic.location.line >= 1 && diagnostic.location.column >= 1, "diagnostic at \(diagnostic.location)")
    require(!diagnostic.sourceLine.contains("\n"), "diagnostic source line spans lines")
    _ = diagnostic.rendered
  }
}

/// A session with something to complete: variables with nested values, a
/// last response, environment names and a few files.
private let completionContext: CompletionContext = {
  let alice: JSONValue = ["id": "p-1", "name": "Alice", "metadata": ["tier": "pro", "tags": ["a", "b"]]]
  return CompletionContext(
    variables: ["alice": alice, "ids": ["x", "y"], "n": 3],
    lastBody: ["data": [alice], "nextCursor": .null],
    lastExchange: ["status": 200, "headers": ["content-type": "application/json"], "body": alice, "ms": 1],
    lastHeaderNames: ["content-type", "x-request-id"],
    environmentNames: ["HOME", "SYNPOSTER_API_KEY"],
    files: FixedFiles())
}()

/// A small directory tree for file-name completion.
private struct FixedFiles: FileListing {
  func entries(in directory: String) -> [FileEntry] {
    switch directory {
    case "", ".", "./": [FileEntry("shared", isDirectory: true), FileEntry("login.syn"), FileEntry("users.csv")]
    case "shared", "shared/": [FileEntry("setup.syn")]
    default: []
    }
  }
}
