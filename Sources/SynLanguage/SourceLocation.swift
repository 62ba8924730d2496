import Synchronization

/// A position in a script: 1-based line and column, the column counted in
/// Unicode scalars (what an editor's column shows for most text).
///
/// Every word, item and statement of a parsed script carries one, so it is
/// kept small: the file is a number into `FileNames` (a location is 12 bytes,
/// not 32, and copying one retains nothing), line and column 32-bit.
public struct SourceLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
  private var fileNumber: FileNames.Number
  private var storedLine: Int32
  private var storedColumn: Int32

  public init(file: String, line: Int, column: Int) {
    self.init(fileNumber: FileNames.number(of: file), line: line, column: column)
  }

  /// A location in a file already numbered: the parser numbers its file once.
  init(fileNumber: FileNames.Number, line: Int, column: Int) {
    self.fileNumber = fileNumber
    storedLine = Int32(clamping: line)
    storedColumn = Int32(clamping: column)
  }

  public var file: String {
    get { FileNames.name(of: fileNumber) }
    set { fileNumber = FileNames.number(of: newValue) }
  }

  public var line: Int {
    get { Int(storedLine) }
    set { storedLine = Int32(clamping: newValue) }
  }

  public var column: Int {
    get { Int(storedColumn) }
    set { storedColumn = Int32(clamping: newValue) }
  }

  /// `file:line:col`, the prefix of every diagnostic.
  public var description: String { "\(file):\(line):\(column)" }
}

/// The names of the files locations point into, each numbered once for the
/// life of the process. The table only grows: a run names a handful of files,
/// the language server one per document it was shown.
enum FileNames {
  typealias Number = UInt32

  private struct Table {
    var names: [String] = []
    var numbers: [String: Number] = [:]
  }

  private static let table = Mutex(Table())

  static func number(of name: String) -> Number {
    table.withLock { table in
      if let number = table.numbers[name] { return number }
      let number = Number(table.names.count)
      table.names.append(name)
      table.numbers[name] = number
      return number
    }
  }

  static func name(of number: Number) -> String {
    table.withLock { $0.names[Int(number)] }
  }
}
