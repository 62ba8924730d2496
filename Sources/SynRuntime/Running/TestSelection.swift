import Foundation

/// What `syn test` was asked to run: files (directories expanded), each
/// possibly narrowed to the case at a line (`suite.syn:42`).
public struct TestSelection: Sendable, Equatable {
  public var file: String
  /// A line inside one case: only that case runs. A prelude line selects every case.
  public var line: Int?

  public init(file: String, line: Int? = nil) {
    self.file = file
    self.line = line
  }

  /// Expands command-line paths: directories to their `*.syn` files (sorted),
  /// `FILE:LINE` to one case. Each file appears once.
  public static func expand(_ arguments: [String]) throws(ScriptFiles.ReadError) -> [TestSelection] {
    var selections: [TestSelection] = []
    for argument in arguments {
      if !FileManager.default.fileExists(atPath: argument), let colon = argument.lastIndex(of: ":"),
        let line = Int(argument[argument.index(after: colon)...]), line > 0
      {
        selections.append(TestSelection(file: String(argument[..<colon]), line: line))
        guard FileManager.default.fileExists(atPath: String(argument[..<colon])) else {
          throw ScriptFiles.ReadError(message: "\(argument[..<colon]): no such file")
        }
        continue
      }
      selections += try ScriptFiles.collect([argument]).map { TestSelection(file: $0) }
    }
    var seen: Set<String> = []
    return selections.filter { seen.insert($0.file).inserted }
  }
}

/// `--shard K/N`: this machine's share of the files, so that N machines
/// together run every file exactly once. Files are dealt round-robin in
/// sorted order, which every machine computes alike from the same tree.
public struct Shard: Sendable, Equatable {
  public var index: Int
  public var count: Int

  /// Parses `K/N` with 1 <= K <= N.
  public init?(_ text: String) {
    let parts = text.split(separator: "/")
    guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1,
      (1...count).contains(index)
    else { return nil }
    self.index = index
    self.count = count
  }

  public func select(_ selections: [TestSelection]) -> [TestSelection] {
    selections.sorted { $0.file < $1.file }.enumerated().filter { $0.offset % count == index - 1 }.map(\.element)
  }
}
