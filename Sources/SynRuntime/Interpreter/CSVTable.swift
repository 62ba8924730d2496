import SynJSON

/// A CSV file (RFC 4180) read as rows keyed by its header row, for
/// `for row in csv "users.csv"`.
///
/// Written here rather than taken from a package: the format is a page long,
/// and syn needs only this reading of it (quoted fields with `""` escapes and
/// line breaks, CRLF or LF, every value a string).
struct CSVTable {
  struct ParseError: Error {
    var message: String
  }

  var rows: [JSONObject]

  init(parsing text: String) throws(ParseError) {
    let records = try CSVTable.records(in: text)
    guard let header = records.first else {
      rows = []
      return
    }
    var seen: Set<String> = []
    for name in header where !seen.insert(name).inserted {
      throw ParseError(message: "line 1: the header names \"\(name)\" twice")
    }
    rows = try records.dropFirst().enumerated().map { (offset, record) throws(ParseError) in
      guard record.count == header.count else {
        throw ParseError(message: "row \(offset + 2) has \(record.count) fields, the header has \(header.count)")
      }
      return JSONObject(zip(header, record).map { JSONObject.Member(key: $0, value: .string($1)) })
    }
  }

  /// The records of `text`: fields split on commas and line ends, quotes honoured; blank lines skipped.
  private static func records(in text: String) throws(ParseError) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var inQuotes = false
    var fieldWasQuoted = false
    var line = 1
    var scalars = text.unicodeScalars.makeIterator()
    var pending = scalars.next()
    func endRecord() {
      record.append(field)
      if !(record.count == 1 && record[0].isEmpty && !fieldWasQuoted) {
        records.append(record)
      }
      record = []
      field = ""
      fieldWasQuoted = false
    }
    while let scalar = pending {
      pending = scalars.next()
      if inQuotes {
        if scalar == "\"" {
          if pending == "\"" {
            field.unicodeScalars.append("\"")
            pending = scalars.next()
          } else {
            inQuotes = false
          }
        } else {
          if scalar == "\n" { line += 1 }
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"" where field.isEmpty && !fieldWasQuoted:
        inQuotes = true
        fieldWasQuoted = true
      case ",":
        record.append(field)
        field = ""
        fieldWasQuoted = false
      case "\r" where pending == "\n":
        continue
      case "\n", "\r":
        endRecord()
        line += 1
      default:
        field.unicodeScalars.append(scalar)
      }
    }
    guard !inQuotes else { throw ParseError(message: "line \(line): a quoted field is not closed") }
    if !field.isEmpty || !record.isEmpty || fieldWasQuoted {
      endRecord()
    }
    return records
  }
}
