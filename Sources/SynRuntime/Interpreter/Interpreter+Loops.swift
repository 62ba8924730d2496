import Foundation
import SynJSON
import SynLanguage

extension Interpreter {
  /// `for NAME in SOURCE { ... }`: the body once per element, with `$NAME`
  /// bound to it and restored afterwards.
  func forEach(_ name: String, in source: LoopSource, body: [Statement], of statement: Statement)
    async throws(Interruption)
  {
    let elements = try elements(of: source, in: statement)
    let saved = session.variables[name]
    defer { session.variables[name] = saved }
    for element in elements {
      guard !Task.isCancelled else { return }
      session.variables[name] = element
      try await run(body)
    }
  }

  private func elements(of source: LoopSource, in statement: Statement) throws(Interruption) -> [JSONValue] {
    switch source {
    case .value(let value):
      let collection = try require(value, in: statement)
      guard let elements = collection.arrayValue else {
        throw .runtimeError(.runtime(at: statement, "for needs an array, got \(collection.typeName)"))
      }
      return elements
    case .csv(let path):
      let (text, file) = try contents(of: path, in: statement)
      do {
        return try CSVTable(parsing: text).rows.map { .object($0) }
      } catch {
        throw .runtimeError(.runtime(at: statement, "\(file): \(error.message)"))
      }
    case .json(let path):
      let (text, file) = try contents(of: path, in: statement)
      let value: JSONValue
      do {
        value = try JSONValue(parsing: text)
      } catch {
        throw .runtimeError(.runtime(at: statement, "\(file):\(error)"))
      }
      guard let elements = value.arrayValue else {
        throw .runtimeError(.runtime(at: statement, "\(file) holds \(value.typeName); for needs a JSON array"))
      }
      return elements
    }
  }

  /// A data file's text; the path is relative to the running script.
  private func contents(of pathValue: Value, in statement: Statement) throws(Interruption) -> (String, String) {
    let relative = text(of: try require(pathValue, in: statement))
    let path = absolutePath(relative, from: statement)
    do {
      return (try ScriptFiles.read(path), relative)
    } catch {
      throw .runtimeError(.runtime(at: statement, "cannot read \"\(relative)\": \(error.message)"))
    }
  }

  /// `relative` against the directory of the file being run (the working directory at the prompt).
  func absolutePath(_ relative: String, from statement: Statement) -> String {
    let including = session.includeStack.last ?? ScriptFiles.absolutePath(statement.location.file)
    let base = URL(fileURLWithPath: including).deletingLastPathComponent()
    let url = relative.hasPrefix("/") ? URL(fileURLWithPath: relative) : base.appendingPathComponent(relative)
    return url.standardizedFileURL.path
  }
}
