import Foundation
public import SynLanguage

/// Reading scripts from disk, with the errors users see.
public enum ScriptFiles {
  public struct ReadError: Error, Sendable {
    public var message: String
  }

  /// The largest script syn reads: far above any real script, small enough that a
  /// runaway file is refused instead of exhausting memory.
  public static let maximumSize = 64 * 1024 * 1024

  public static func read(_ path: String) throws(ReadError) -> String {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      var isDirectory: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      throw ReadError(
        message: exists ? (isDirectory.boolValue ? "is a directory" : "permission denied") : "no such file")
    }
    defer { try? handle.close() }
    let data: Data
    do {
      data = try handle.read(upToCount: maximumSize + 1) ?? Data()
    } catch {
      throw ReadError(message: "read failed: \(error.localizedDescription)")
    }
    guard data.count <= maximumSize else {
      throw ReadError(message: "larger than \(maximumSize / 1024 / 1024) MB")
    }
    return String(decoding: data, as: UTF8.self)
  }

  /// The bytes of the file at `path` (`mock load`); nil when there is no such file.
  static func bytes(at path: String) throws(ReadError) -> [UInt8]? {
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    do {
      return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    } catch {
      throw ReadError(message: "cannot read \(path): \(error.localizedDescription)")
    }
  }

  /// Replaces the file at `path` with `bytes` (`mock save`, `syn fmt`): they go to a new
  /// file beside it, renamed over it once complete, so a failed write leaves
  /// the old file as it was, never a half-written one.
  public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(ReadError) {
    do {
      try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw ReadError(message: "cannot write \(path): \(error.localizedDescription)")
    }
  }

  /// Why a script could not be loaded.
  public enum LoadError: Error, Sendable {
    case unreadable(String)
    /// It does not parse.
    case invalid([Diagnostic])
    /// It parses, but `syn check` finds errors (an unknown operation); warnings come along.
    case failsCheck([Diagnostic])
  }

  /// Reads and parses the script at `path`.
  public static func load(_ path: String) throws(LoadError) -> Script {
    let source: String
    do {
      source = try read(path)
    } catch {
      throw .unreadable(error.message)
    }
    let result = parseScript(source, file: path)
    guard result.diagnostics.isEmpty else { throw .invalid(result.diagnostics) }
    return result.script
  }

  /// The script at `path`, with what `syn check` finds in it: loading fails on
  /// errors (an unknown operation, among parse errors), so nothing of a
  /// script with a typo on its last line is sent; warnings come back with it.
  /// `definedVariables` are those `--var` defines.
  public static func loadChecked(_ path: String, definedVariables: Set<String>) throws(LoadError) -> (
    script: Script, warnings: [Diagnostic]
  ) {
    let script = try load(path)
    return (script, try check(script, definedVariables: definedVariables))
  }

  /// The warnings of `syn check` on `script`; its errors, with those warnings, as a load failure.
  public static func check(_ script: Script, definedVariables: Set<String>) throws(LoadError) -> [Diagnostic] {
    let diagnostics = StaticChecker.check(script, definedVariables: definedVariables)
    guard !diagnostics.contains(where: { $0.severity == .error }) else { throw .failsCheck(diagnostics) }
    return diagnostics
  }

  /// `path` made absolute against the working directory, `.` and `..` resolved.
  public static func absolutePath(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
  }

  /// A path as messages show it: relative to the working directory when inside it.
  public static func displayName(_ path: String) -> String {
    let current = FileManager.default.currentDirectoryPath + "/"
    return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
  }

  /// `*.syn` files under each path (directories recursively), sorted, without repeats.
  public static func collect(_ paths: [String]) throws(ReadError) -> [String] {
    var files: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw ReadError(message: "\(path): no such file or directory")
      }
      guard isDirectory.boolValue else {
        files.append(path)
        continue
      }
      let enumerator = FileManager.default.enumerator(atPath: path)
      var found: [String] = []
      while let relative = enumerator?.nextObject() as? String {
        if relative.hasSuffix(".syn") {
          found.append((path as NSString).appendingPathComponent(relative))
        }
      }
      files += found.sorted()
    }
    var seen: Set<String> = []
    return files.filter { seen.insert($0).inserted }
  }
}
