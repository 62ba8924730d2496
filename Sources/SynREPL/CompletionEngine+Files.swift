import Foundation

/// File names after `include`, `:load` and `:save`.
extension CompletionEngine {
  /// `word` is a path typed so far, possibly opened with a quote
  /// (`include "shared/lo`): directories end in `/` and are typed on; a file
  /// ends the word, closing the quote if there is one.
  func completeFile(_ word: String) -> Completion {
    var typed = word
    var quote = ""
    if let first = typed.first, first == "\"" || first == "'" {
      quote = String(first)
      typed.removeFirst()
    }
    let directory: String
    let partial: String
    if let slash = typed.lastIndex(of: "/") {
      directory = String(typed[...slash])
      partial = String(typed[typed.index(after: slash)...])
    } else {
      directory = ""
      partial = typed
    }
    let showHidden = partial.hasPrefix(".")
    let entries = context.files.entries(in: directory)
      .filter { showHidden || !$0.name.hasPrefix(".") }
      .sorted { $0.name < $1.name }
    let candidates = entries.map { entry in
      entry.isDirectory
        ? Candidate(quote + directory + entry.name + "/", terminator: "", display: entry.name + "/")
        : Candidate(quote + directory + entry.name, terminator: quote + " ", display: entry.name)
    }
    return matching(word, candidates)
  }
}

/// The real file system, relative to a base directory (the current one by
/// default; a script's own for the language server); `~/` is the home directory.
public struct LocalFiles: FileListing {
  /// Where relative paths start; `nil` for the current directory.
  public var base: String?

  public init(relativeTo base: String? = nil) {
    self.base = base
  }

  public func entries(in directory: String) -> [FileEntry] {
    var path = directory.isEmpty ? "." : directory
    if path == "~" || path.hasPrefix("~/") {
      path = NSHomeDirectory() + path.dropFirst()
    } else if let base, !path.hasPrefix("/") {
      path = (base as NSString).appendingPathComponent(path)
    }
    let manager = FileManager.default
    guard let names = try? manager.contentsOfDirectory(atPath: path) else { return [] }
    return names.map { name in
      var isDirectory: ObjCBool = false
      _ = manager.fileExists(atPath: (path as NSString).appendingPathComponent(name), isDirectory: &isDirectory)
      return FileEntry(name, isDirectory: isDirectory.boolValue)
    }
  }
}
