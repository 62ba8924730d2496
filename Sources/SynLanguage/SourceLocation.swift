/// A position in a script: 1-based line and column, the column counted in
/// Unicode scalars (what an editor's column shows for most text).
public struct SourceLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:col`, the prefix of every diagnostic.
  public var description: String { "\(file):\(line):\(column)" }
}
