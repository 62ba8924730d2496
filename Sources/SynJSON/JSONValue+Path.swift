extension JSONValue {
  /// The value at `path`, or `nil` when it is missing: a key that is absent,
  /// an index out of range, or a step into a value of the wrong type (`.a`
  /// on an array, `[0]` on a string). A present `null` is `.null`, not `nil`.
  ///
  /// A `[*]` step on an array gives the array of what the rest of the path
  /// finds in each element, in order: elements where it finds nothing are
  /// left out (`.data[*].name` over `[{"name": "a"}, {}]` is `["a"]`), and
  /// a later `[*]` flattens into the same array (`.a[*].b[*]` lists every
  /// `b` element of every `a` element). `[*]` on anything else is missing.
  public func value(at path: JSONPath) -> JSONValue? {
    value(at: path.steps[...])
  }

  private func value(at steps: ArraySlice<JSONPath.Step>) -> JSONValue? {
    var current = self
    for offset in steps.indices {
      switch (steps[offset], current) {
      case (.key(let key), .object(let object)):
        guard let member = object[key] else { return nil }
        current = member
      case (.index(let index), .array(let elements)):
        let position = index < 0 ? elements.count + index : index
        guard elements.indices.contains(position) else { return nil }
        current = elements[position]
      case (.wildcard, .array(let elements)):
        let rest = steps[(offset + 1)...]
        guard rest.contains(.wildcard) else { return .array(elements.compactMap { $0.value(at: rest) }) }
        return .array(elements.flatMap { $0.value(at: rest)?.arrayValue ?? [] })
      default:
        return nil
      }
    }
    return current
  }

  /// Sets the value at `path`, building whatever is needed on the way, as
  /// HTTPie's nested items do (`metadata.tier=pro` turns `{}` into
  /// `{"metadata": {"tier": "pro"}}`). It never fails:
  ///
  /// - a key step into a missing value, or into a value that is not an
  ///   object, puts an empty object there first;
  /// - an index step into a missing value, or into a value that is not an
  ///   array, puts an empty array there first;
  /// - an index beyond the end pads the array with `null` up to it (`[3]` on
  ///   `[]` gives `[null, null, null, value]`); a negative index before the
  ///   start pads at the front, so the index names the new element;
  /// - a `[*]` step sets the rest of the path in every element of the array
  ///   there; into a value that is not an array, it puts an empty array.
  ///
  /// The root path replaces the whole value. Use `setValueStrictly(_:at:)`
  /// to get an error instead of replacing or padding.
  public mutating func setValue(_ newValue: JSONValue, at path: JSONPath) {
    self = Self.settingLeniently(newValue, in: self, path: path, depth: 0)
  }

  /// Sets the value at `path`, creating only what is missing: an object for
  /// a missing key step, an array for a missing index step. An index may name
  /// an existing element (negative counts from the end) or the position just
  /// past the last one, which appends. A `[*]` step sets the rest of the
  /// path in every element of the array there.
  ///
  /// - Throws: `JSONPathError` when a step meets a value of another type
  ///   (`cannot set '.a.b': '.a' is a string, not an object`; `null` counts
  ///   as a value, it is not replaced) or an index is out of range. The
  ///   value is left unchanged then.
  public mutating func setValueStrictly(_ newValue: JSONValue, at path: JSONPath) throws(JSONPathError) {
    self = try Self.setting(newValue, in: self, path: path, depth: 0)
  }

  /// `current` with `newValue` stored at the steps of `path` from `depth` on,
  /// replacing and padding as `setValue(_:at:)` describes.
  private static func settingLeniently(
    _ newValue: JSONValue, in current: JSONValue?, path: JSONPath, depth: Int
  ) -> JSONValue {
    guard depth < path.steps.count else { return newValue }
    switch path.steps[depth] {
    case .key(let key):
      var object = current?.objectValue ?? JSONObject()
      object[key] = settingLeniently(newValue, in: object[key], path: path, depth: depth + 1)
      return .object(object)
    case .index(let index):
      var elements = current?.arrayValue ?? []
      var position = index < 0 ? elements.count + index : index
      var existing: JSONValue? = nil
      if position < 0 {
        elements.insert(contentsOf: repeatElement(JSONValue.null, count: -position), at: 0)
        position = 0
      } else if position >= elements.count {
        elements.append(contentsOf: repeatElement(JSONValue.null, count: position - elements.count + 1))
      } else {
        existing = elements[position]
      }
      elements[position] = settingLeniently(newValue, in: existing, path: path, depth: depth + 1)
      return .array(elements)
    case .wildcard:
      let elements = current?.arrayValue ?? []
      return .array(elements.map { settingLeniently(newValue, in: $0, path: path, depth: depth + 1) })
    }
  }

  /// `current` with `newValue` stored at the steps of `path` from `depth` on;
  /// `current` is `nil` when missing.
  private static func setting(
    _ newValue: JSONValue, in current: JSONValue?, path: JSONPath, depth: Int
  ) throws(JSONPathError) -> JSONValue {
    guard depth < path.steps.count else { return newValue }
    switch path.steps[depth] {
    case .key(let key):
      var object: JSONObject
      switch current {
      case nil: object = JSONObject()
      case .object(let existing)?: object = existing
      case let other?: throw mismatch(path, depth: depth, found: other, expected: "an object")
      }
      object[key] = try setting(newValue, in: object[key], path: path, depth: depth + 1)
      return .object(object)
    case .index(let index):
      var elements: [JSONValue]
      switch current {
      case nil: elements = []
      case .array(let existing)?: elements = existing
      case let other?: throw mismatch(path, depth: depth, found: other, expected: "an array")
      }
      let position = index < 0 ? elements.count + index : index
      guard position >= 0, position <= elements.count else {
        let parent = JSONPath(steps: Array(path.steps[..<depth]))
        throw JSONPathError(
          message: "cannot set '\(path)': index \(index) is out of range for '\(parent)' (\(elements.count) elements)")
      }
      if position == elements.count {
        elements.append(try setting(newValue, in: nil, path: path, depth: depth + 1))
      } else {
        elements[position] = try setting(newValue, in: elements[position], path: path, depth: depth + 1)
      }
      return .array(elements)
    case .wildcard:
      guard case .array(var elements)? = current else {
        guard let current else { return .array([]) }
        throw mismatch(path, depth: depth, found: current, expected: "an array")
      }
      for position in elements.indices {
        elements[position] = try setting(newValue, in: elements[position], path: path, depth: depth + 1)
      }
      return .array(elements)
    }
  }

  private static func mismatch(_ path: JSONPath, depth: Int, found: JSONValue, expected: String) -> JSONPathError {
    let parent = JSONPath(steps: Array(path.steps[..<depth]))
    let article = found.typeName == "array" || found.typeName == "object" ? "an" : "a"
    let foundText = found.isNull ? "null" : "\(article) \(found.typeName)"
    return JSONPathError(message: "cannot set '\(path)': '\(parent)' is \(foundText), not \(expected)")
  }
}
