import SynJSON

/// `$variables`, `$env.NAME`, and paths into the last response (`.data[0].id`)
/// or into a variable (`$alice.metadata.tier`).
extension CompletionEngine {
  /// Arrays longer than this offer only their first indices.
  static let maxIndices = 20

  /// A value word: `$...` or `.path`; anything else has no candidates.
  func completeValue(_ word: String) -> Completion {
    if word.hasPrefix("$") {
      return completeVariable(word)
    }
    if word.hasPrefix("."), let body = context.lastBody {
      return completePath(word, base: "", in: body)
    }
    return .none
  }

  private func completeVariable(_ word: String) -> Completion {
    let reference = word.dropFirst()
    guard let stepStart = reference.firstIndex(where: { $0 == "." || $0 == "[" }) else {
      var candidates = context.variables.keys.sorted().map { name in
        Candidate("$" + name, terminator: Self.terminator(for: context.variables[name]))
      }
      if context.lastExchange != nil {
        candidates.append(Candidate("$last", terminator: ""))
      }
      candidates.append(Candidate("$env.", terminator: ""))
      return matching(word, candidates)
    }
    let name = String(reference[..<stepStart])
    let base = "$" + name
    if name == "env" {
      let prefix = base + "."
      return matching(word, context.environmentNames.sorted().map { Candidate(prefix + $0) })
    }
    let root = name == "last" ? context.lastExchange : context.variables[name]
    guard let root else { return .none }
    return completePath(word, base: base, in: root)
  }

  /// Completes the path part of `word` (after `base`) against `root`.
  ///
  /// `.da` offers the keys starting with `da`; `.data[` the indices of
  /// `.data`; `.data[0].` the keys of its first element. Identifier keys
  /// follow a dot, others are written `["key"]`.
  func completePath(_ word: String, base: String, in root: JSONValue) -> Completion {
    let rest = String(word.dropFirst(base.count))
    guard let split = Self.lastStep(of: rest) else { return .none }
    let head = String(rest[..<split])
    let separator = rest[split]
    let partial = String(rest[rest.index(after: split)...])
    let path: JSONPath
    if head.isEmpty {
      path = .root
    } else {
      guard let parsed = try? JSONPath(parsing: head.hasPrefix("[") ? "." + head : head) else { return .none }
      path = parsed
    }
    guard let container = root.value(at: path) else { return .none }
    let prefix = base + head
    switch (separator, container) {
    case (".", .object(let object)):
      let candidates = object.members.compactMap { member -> Candidate? in
        guard JSONPath.isIdentifier(member.key) else {
          // `.["key with space"]`: offered only before anything is typed after the dot.
          guard partial.isEmpty else { return nil }
          let quoted = JSONValue.string(member.key).compactText
          return Candidate(
            prefix + (head.isEmpty ? ".[" : "[") + quoted + "]", terminator: Self.terminator(for: member.value),
            display: "[\(quoted)]")
        }
        return Candidate(prefix + "." + member.key, terminator: Self.terminator(for: member.value), display: member.key)
      }
      return matching(word, candidates)
    case ("[", .array(let elements)):
      let candidates = elements.prefix(Self.maxIndices).enumerated().map { index, element in
        Candidate(prefix + "[\(index)]", terminator: Self.terminator(for: element), display: "[\(index)]")
      }
      return matching(word, candidates)
    default:
      return .none
    }
  }

  /// After a container the user goes on typing (`.` or `[`); after a scalar, a blank.
  static func terminator(for value: JSONValue?) -> String {
    switch value {
    case .object, .array: ""
    default: " "
    }
  }

  /// The position of the last `.` or `[` that starts a step, outside quoted keys.
  static func lastStep(of path: String) -> String.Index? {
    var last: String.Index?
    var inString = false
    var escaped = false
    var index = path.startIndex
    while index < path.endIndex {
      let character = path[index]
      if inString {
        if escaped {
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else if character == "\"" {
          inString = false
        }
      } else if character == "\"" {
        inString = true
      } else if character == "." || character == "[" {
        last = index
      }
      index = path.index(after: index)
    }
    return inString ? nil : last
  }
}
