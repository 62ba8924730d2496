import SynLanguage

/// `mock save FILE` and `mock load FILE`: the session's tenant to and from a
/// file, relative to the script as `include` is. The control plane does the
/// encoding and checking (`GET`/`PUT /_sim/tenant-state`), so both work in
/// process and against `syn serve` alike; the file is written atomically.
extension Interpreter {
  /// The file name as written, for messages.
  func fileName(_ file: Value, in statement: Statement) throws(Interruption) -> String {
    text(of: try require(file, in: statement))
  }

  /// The bytes of a file `mock save` wrote (checked by the simulator, not here).
  func readTenantState(from file: Value, in statement: Statement) throws(Interruption) -> [UInt8] {
    let name = try fileName(file, in: statement)
    let bytes: [UInt8]?
    do {
      bytes = try ScriptFiles.bytes(at: absolutePath(name, from: statement))
    } catch {
      throw .runtimeError(.runtime(at: statement, "cannot load \"\(name)\": \(error.message)"))
    }
    guard let bytes else {
      throw .runtimeError(.runtime(at: statement, "cannot load \"\(name)\": there is no such file"))
    }
    return bytes
  }

  func writeTenantState(_ bytes: [UInt8], to file: Value, in statement: Statement) throws(Interruption) {
    let name = try fileName(file, in: statement)
    do {
      try ScriptFiles.writeAtomically(bytes, to: absolutePath(name, from: statement))
    } catch {
      throw .runtimeError(.runtime(at: statement, "cannot save \"\(name)\": \(error.message)"))
    }
  }
}
