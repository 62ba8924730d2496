import FuzzSupport
import SynJSON

/// Parses the input as a JSON document both ways (bytes and String) and as a
/// prefix, and checks what must hold for any input: errors point inside it,
/// both entry points agree, and what parses prints back to text that parses
/// to the same value (compact and pretty).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
  let parsed = Result { () throws(JSONParseError) in try JSONValue(parsing: bytes) }
  if let text = String(validating: bytes, as: UTF8.self) {
    let fromText = Result { () throws(JSONParseError) in try JSONValue(parsing: text) }
    require(fromText.compact == parsed.compact, "String and byte parsing disagree")
  }
  switch parsed {
  case .success(let value):
    let compact = value.compactText
    require(reparsed(compact) == compact, "compact printing does not round-trip")
    require(reparsed(value.prettyText()) == compact, "pretty printing does not round-trip")
    let prefix = try? JSONValue.parsePrefix(of: bytes, from: 0)
    require(prefix?.value.compactText == compact, "prefix parsing disagrees with document parsing")
  case .failure(let error):
    require(error.offset >= 0 && error.offset <= count, "error offset \(error.offset) outside the input")
    require(error.line >= 1 && error.column >= 1, "error position \(error) is not 1-based")
  }
  return 0
}

/// The compact text of `text` parsed again, or nil when it no longer parses.
private func reparsed(_ text: String) -> String? {
  (try? JSONValue(parsing: text))?.compactText
}

extension Result where Success == JSONValue {
  /// The compact text on success, the error's description on failure.
  fileprivate var compact: String {
    switch self {
    case .success(let value): value.compactText
    case .failure(let error): "\(error)"
    }
  }
}
