extension JSONValue {
  /// Every value in this one that holds no other (a scalar, `{}` or `[]`),
  /// with its path, in document order.
  ///
  /// Iterative, like the parser: a deeply nested body does not overflow the stack.
  public var leaves: [(path: JSONPath, value: JSONValue)] {
    var found: [(path: JSONPath, value: JSONValue)] = []
    var pending: [(path: JSONPath, value: JSONValue)] = [(.root, self)]
    while let next = pending.popLast() {
      let path = next.path
      switch next.value {
      case .object(let object) where !object.isEmpty:
        pending += object.reversed().map { (path.appending(.key($0.key)), $0.value) }
      case .array(let elements) where !elements.isEmpty:
        pending += elements.indices.reversed().map { (path.appending(.index($0)), elements[$0]) }
      default:
        found.append(next)
      }
    }
    return found
  }
}
