import SynJSON

/// Compares two answers to the same request, as `--compare` does for each
/// statement: the status first, then the API error codes, then the bodies
/// field by field. A different status or error code is reported alone: the
/// bodies of two different answers differ everywhere, and saying so again
/// adds nothing. Generated values (ids, clock times, token URLs, keys) are
/// equal when both sides generated the same kind and type of value.
enum AnswerDiffer {
  /// The parts of a response the differ reads.
  struct Answer {
    var status: Int
    /// The body as JSON, or its text as a string; nil when empty.
    var body: JSONValue?

    var errorCodes: [String] { ErrorCodes.codes(in: body) }
  }

  static func differences(between first: Answer, and second: Answer) -> [AnswerDifference] {
    let firstCodes = first.errorCodes
    let secondCodes = second.errorCodes
    if first.status != second.status {
      let shown = { (answer: Answer, codes: [String]) in ([String(answer.status)] + codes).joined(separator: " ") }
      return [AnswerDifference(.status, first: shown(first, firstCodes), second: shown(second, secondCodes))]
    }
    if firstCodes != secondCodes {
      let shown = { (codes: [String]) in codes.isEmpty ? "none" : codes.joined(separator: ", ") }
      return [AnswerDifference(.errorCode, first: shown(firstCodes), second: shown(secondCodes))]
    }
    var found: [AnswerDifference] = []
    compare(first.body, second.body, at: .root, into: &found)
    return found
  }

  /// Walks two values together, noting each place they differ.
  private static func compare(
    _ first: JSONValue?, _ second: JSONValue?, at path: JSONPath, into found: inout [AnswerDifference]
  ) {
    guard let first, let second else {
      if first != nil || second != nil {
        found.append(
          AnswerDifference(.absent, at: path, first: describe(first, at: path), second: describe(second, at: path)))
      }
      return
    }
    if first == second { return }
    if let generated = GeneratedValues.classify(first, at: path),
      generated == GeneratedValues.classify(second, at: path)
    {
      return
    }
    switch (first, second) {
    case (.string(let firstText), .string(let secondText))
    where GeneratedValues.withoutGeneratedParts(firstText) == GeneratedValues.withoutGeneratedParts(secondText):
      return
    case (.object(let firstObject), .object(let secondObject)):
      let keys = firstObject.keys + secondObject.keys.filter { firstObject[$0] == nil }
      for key in keys {
        compare(firstObject[key], secondObject[key], at: path.appending(.key(key)), into: &found)
      }
    case (.array(let firstItems), .array(let secondItems)):
      if firstItems.count != secondItems.count {
        found.append(
          AnswerDifference(.length, at: path, first: items(firstItems.count), second: items(secondItems.count)))
      }
      for index in 0..<min(firstItems.count, secondItems.count) {
        compare(firstItems[index], secondItems[index], at: path.appending(.index(index)), into: &found)
      }
    default:
      let kind: AnswerDifference.Kind = first.typeName == second.typeName ? .literal : .type
      found.append(
        AnswerDifference(kind, at: path, first: describe(first, at: path), second: describe(second, at: path)))
    }
  }

  /// A value as a difference line shows it: compact JSON cut short, `absent`, and a key never.
  private static func describe(_ value: JSONValue?, at path: JSONPath) -> String {
    guard let value else { return "absent" }
    if GeneratedValues.classify(value, at: path)?.kind == .key { return "\"****\"" }
    return Mismatch.describe(value)
  }

  private static func items(_ count: Int) -> String {
    count == 1 ? "1 item" : "\(count) items"
  }
}
