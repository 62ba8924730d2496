/// Where each line of a source starts, so that byte offsets can be turned
/// into the 1-based line and column of a `SourceLocation`.
struct LineTable {
  /// The byte offset of each line's first byte. The first line starts after a
  /// UTF-8 byte order mark, if the text has one.
  let starts: [Int]
  /// The number of bytes in the text.
  let count: Int

  init(_ bytes: [UInt8], firstLineStart: Int) {
    var starts = [firstLineStart]
    for offset in firstLineStart..<bytes.count where bytes[offset] == Byte.newline {
      starts.append(offset + 1)
    }
    self.starts = starts
    self.count = bytes.count
  }

  /// The 0-based index of the line holding `offset` (an offset at or after
  /// the end of the text belongs to the last line).
  func lineIndex(of offset: Int) -> Int {
    var low = 0
    var high = starts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if starts[middle] <= offset {
        low = middle
      } else {
        high = middle - 1
      }
    }
    return low
  }

  /// Whether `offset` lies on line `index` (the end of the text lies on the last line).
  func contains(_ offset: Int, inLine index: Int) -> Bool {
    starts[index] <= offset && (index + 1 == starts.count || offset < starts[index + 1])
  }

  /// The offset just past the last byte of line `index`, before its newline.
  func end(ofLine index: Int) -> Int {
    index + 1 < starts.count ? starts[index + 1] - 1 : count
  }
}

/// Remembers the last column computed, so that asking for the locations of
/// the tokens of a long line, left to right, costs one pass over the line
/// rather than one per token.
struct ColumnCache {
  var line = -1
  var offset = 0
  var column = 1
}
