import Foundation
import SynLanguage

extension Interpreter {
  /// `include "FILE"`: runs another file's statements in this session. The
  /// path is relative to the including file; a file that includes itself,
  /// directly or not, is reported with the chain.
  func include(_ pathValue: Value, from statement: Statement) async throws(Interruption) {
    let relative = text(of: try require(pathValue, in: statement))
    let path = absolutePath(relative, from: statement)
    if session.includeStack.contains(path) {
      let cycle = (session.includeStack + [path]).map(ScriptFiles.displayName).joined(separator: " -> ")
      throw .runtimeError(.runtime(at: statement, "include cycle: \(cycle)"))
    }
    let source: String
    do {
      source = try ScriptFiles.read(path)
    } catch {
      throw .runtimeError(.runtime(at: statement, "cannot include \"\(relative)\": \(error.message)"))
    }
    let result = parseScript(source, file: ScriptFiles.displayName(path))
    if !result.diagnostics.isEmpty {
      throw .parseErrors(result.diagnostics)
    }
    guard result.script.cases.isEmpty else {
      throw .runtimeError(
        .runtime(at: statement, "\"\(relative)\" has test cases; an included file holds plain statements only"))
    }
    session.includeStack.append(path)
    defer { session.includeStack.removeLast() }
    try await run(result.script.prelude)
  }
}
