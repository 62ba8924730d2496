/// A small VT100/xterm screen: enough of the control sequences a line editor
/// sends (cursor moves, erasing, inserting and deleting characters, wrapping
/// at the right margin, scrolling) to know what a user would see. Colors and
/// modes are read and ignored. Each character takes one cell.
final class TerminalScreen {
  let columns: Int
  let rows: Int
  private(set) var cells: [[Character]]
  /// Lines scrolled off the top, oldest first.
  private(set) var scrollback: [String] = []
  private(set) var row = 0
  private(set) var column = 0
  /// xterm's deferred wrap: a character written in the last column leaves
  /// the cursor there until the next character is printed.
  private var wrapPending = false
  private var saved = (row: 0, column: 0)
  private var decoder = UTF8Decoder()
  private var escape: EscapeState = .none

  private enum EscapeState {
    case none
    case escape
    /// `ESC [` and the parameter bytes so far.
    case csi(String)
    /// `ESC ]` until BEL or `ESC \`.
    case osc
    /// `ESC (`, `ESC )` and the like: one more byte to skip.
    case charset
  }

  init(columns: Int, rows: Int) {
    self.columns = columns
    self.rows = rows
    cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
  }

  /// The visible lines, without trailing blanks.
  var lines: [String] {
    cells.map { String($0).trimmingTrailingBlanks() }
  }

  /// The visible screen as text, blank lines at the bottom left out.
  var text: String {
    var visible = lines
    while visible.last?.isEmpty == true { visible.removeLast() }
    return visible.joined(separator: "\n")
  }

  /// Scrollback and screen: everything shown since the start.
  var allText: String {
    (scrollback + [text]).joined(separator: "\n")
  }

  /// The line the cursor is on, up to the cursor at least (a prompt's final blank counts).
  var cursorLine: String {
    let text = lines[row]
    guard text.count < column else { return text }
    return String(cells[row][0..<column])
  }

  func feed(_ bytes: [UInt8]) {
    for byte in bytes {
      switch escape {
      case .none:
        if byte == 0x1B {
          escape = .escape
        } else if byte < 0x20 || byte == 0x7F {
          control(byte)
        } else if let character = decoder.decode(byte) {
          put(character)
        }
      case .escape:
        escape = .none
        switch byte {
        case UInt8(ascii: "["): escape = .csi("")
        case UInt8(ascii: "]"): escape = .osc
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "#"):
          escape = .charset
        case UInt8(ascii: "7"): saved = (row, column)
        case UInt8(ascii: "8"): (row, column, wrapPending) = (saved.row, saved.column, false)
        case UInt8(ascii: "D"): lineFeed()
        case UInt8(ascii: "E"):
          column = 0
          lineFeed()
        case UInt8(ascii: "M"): reverseLineFeed()
        default: break  // ESC = and ESC >, keypad modes
        }
      case .csi(let parameters):
        if (0x40...0x7E).contains(byte) {
          escape = .none
          controlSequence(parameters, final: Character(Unicode.Scalar(byte)))
        } else {
          escape = .csi(parameters + String(Character(Unicode.Scalar(byte))))
        }
      case .osc:
        if byte == 0x07 { escape = .none }
        if byte == 0x1B { escape = .escape }
      case .charset:
        escape = .none
      }
    }
  }

  private func control(_ byte: UInt8) {
    switch byte {
    case 0x0D:
      column = 0
      wrapPending = false
    case 0x0A, 0x0B, 0x0C:
      lineFeed()
    case 0x08:
      column = max(0, column - 1)
      wrapPending = false
    case 0x09:
      column = min(columns - 1, (column / 8 + 1) * 8)
    default:
      break  // BEL and the rest
    }
  }

  private func put(_ character: Character) {
    if wrapPending {
      column = 0
      lineFeed()
      wrapPending = false
    }
    cells[row][column] = character
    if column == columns - 1 {
      wrapPending = true
    } else {
      column += 1
    }
  }

  private func lineFeed() {
    wrapPending = false
    if row == rows - 1 {
      scrollback.append(String(cells.removeFirst()).trimmingTrailingBlanks())
      cells.append(Array(repeating: " ", count: columns))
    } else {
      row += 1
    }
  }

  private func reverseLineFeed() {
    if row == 0 {
      cells.removeLast()
      cells.insert(Array(repeating: " ", count: columns), at: 0)
    } else {
      row -= 1
    }
  }

  private func controlSequence(_ parameterText: String, final: Character) {
    let isPrivate = parameterText.hasPrefix("?") || parameterText.hasPrefix(">")
    let numbers = parameterText.drop { $0 == "?" || $0 == ">" }.split(separator: ";", omittingEmptySubsequences: false)
      .map { Int($0) ?? 0 }
    func parameter(_ index: Int, default value: Int = 1) -> Int {
      index < numbers.count && numbers[index] != 0 ? numbers[index] : value
    }
    guard !isPrivate else { return }  // modes (cursor keys, bracketed paste...)
    if final != "m" { wrapPending = false }
    switch final {
    case "A": row = max(0, row - parameter(0))
    case "B": row = min(rows - 1, row + parameter(0))
    case "C": column = min(columns - 1, column + parameter(0))
    case "D": column = max(0, column - parameter(0))
    case "E":
      row = min(rows - 1, row + parameter(0))
      column = 0
    case "F":
      row = max(0, row - parameter(0))
      column = 0
    case "G", "`": column = min(columns - 1, parameter(0) - 1)
    case "d": row = min(rows - 1, parameter(0) - 1)
    case "H", "f":
      row = min(rows - 1, parameter(0) - 1)
      column = min(columns - 1, parameter(1) - 1)
    case "K":
      switch numbers.first ?? 0 {
      case 1: clear(row: row, from: 0, to: column + 1)
      case 2: clear(row: row, from: 0, to: columns)
      default: clear(row: row, from: column, to: columns)
      }
    case "J":
      switch numbers.first ?? 0 {
      case 1:
        for line in 0..<row { clear(row: line, from: 0, to: columns) }
        clear(row: row, from: 0, to: column + 1)
      case 2, 3:
        for line in 0..<rows { clear(row: line, from: 0, to: columns) }
      default:
        clear(row: row, from: column, to: columns)
        for line in (row + 1)..<rows { clear(row: line, from: 0, to: columns) }
      }
    case "@":
      let count = min(parameter(0), columns - column)
      cells[row].insert(contentsOf: Array(repeating: " ", count: count), at: column)
      cells[row].removeLast(count)
    case "P":
      let count = min(parameter(0), columns - column)
      cells[row].removeSubrange(column..<(column + count))
      cells[row].append(contentsOf: Array(repeating: " ", count: count))
    case "X":
      clear(row: row, from: column, to: min(columns, column + parameter(0)))
    case "L":
      for _ in 0..<min(parameter(0), rows - row) {
        cells.insert(Array(repeating: " ", count: columns), at: row)
        cells.removeLast()
      }
    case "M":
      for _ in 0..<min(parameter(0), rows - row) {
        cells.remove(at: row)
        cells.append(Array(repeating: " ", count: columns))
      }
    case "s": saved = (row, column)
    case "u": (row, column) = (saved.row, saved.column)
    default:
      break  // m (colors), h/l (modes), r (margins), n (reports)...
    }
  }

  private func clear(row line: Int, from start: Int, to end: Int) {
    guard start < end else { return }
    for index in start..<min(end, columns) {
      cells[line][index] = " "
    }
  }
}

/// Turns a stream of UTF-8 bytes into characters, one byte at a time.
private struct UTF8Decoder {
  private var pending: [UInt8] = []

  mutating func decode(_ byte: UInt8) -> Character? {
    pending.append(byte)
    let expected: Int
    switch pending[0] {
    case 0..<0x80: expected = 1
    case 0xC0..<0xE0: expected = 2
    case 0xE0..<0xF0: expected = 3
    case 0xF0..<0xF8: expected = 4
    default:
      pending.removeAll()
      return "\u{FFFD}"
    }
    guard pending.count >= expected else { return nil }
    defer { pending.removeAll() }
    return String(decoding: pending, as: UTF8.self).first
  }
}

extension String {
  fileprivate func trimmingTrailingBlanks() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
