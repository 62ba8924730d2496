/// JSON equality, as `expect ... ==` needs it: numbers by value (`1 == 1.0`),
/// strings scalar by scalar, arrays element by element in order, objects by
/// their key sets and values whatever the key order.
extension JSONValue: Equatable {
  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): true
    case (.bool(let left), .bool(let right)): left == right
    case (.number(let left), .number(let right)): left == right
    case (.string(let left), .string(let right)): left.hasSameScalars(as: right)
    case (.array(let left), .array(let right)): left.elementsEqual(right)
    case (.object(let left), .object(let right)): left == right
    default: false
    }
  }
}

/// Objects are equal when they have the same keys with equal values; key order is ignored.
extension JSONObject: Equatable {
  public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
    guard lhs.count == rhs.count else { return false }
    if lhs.count <= linearScanLimit {
      for (position, member) in lhs.members.enumerated() {
        // Same key at the same position is the common case: skip the search.
        if position < rhs.members.count, rhs.members[position].key.hasSameScalars(as: member.key) {
          guard rhs.members[position].value == member.value else { return false }
        } else {
          guard let other = rhs[member.key], other == member.value else { return false }
        }
      }
      return true
    }
    var positions: [ExactKey: Int] = [:]
    positions.reserveCapacity(rhs.count)
    for (position, member) in rhs.members.enumerated() {
      positions[ExactKey(member.key)] = position
    }
    for member in lhs.members {
      guard let position = positions[ExactKey(member.key)], rhs.members[position].value == member.value else {
        return false
      }
    }
    return true
  }
}

/// Hashing agrees with JSON equality: `1` and `1.0` hash alike, and so do
/// objects that differ only in key order.
extension JSONValue: Hashable {
  public func hash(into hasher: inout Hasher) {
    switch self {
    case .null:
      hasher.combine(0)
    case .bool(let value):
      hasher.combine(1)
      hasher.combine(value)
    case .number(let number):
      hasher.combine(2)
      hasher.combine(number)
    case .string(let text):
      hasher.combine(3)
      text.hashScalars(into: &hasher)
    case .array(let elements):
      hasher.combine(4)
      hasher.combine(elements.count)
      for element in elements { hasher.combine(element) }
    case .object(let object):
      hasher.combine(5)
      hasher.combine(object)
    }
  }
}

extension JSONObject: Hashable {
  public func hash(into hasher: inout Hasher) {
    // Order-independent: a commutative sum of per-member hashes.
    var sum = 0
    for member in members {
      var memberHasher = Hasher()
      member.key.hashScalars(into: &memberHasher)
      memberHasher.combine(member.value)
      sum &+= memberHasher.finalize()
    }
    hasher.combine(count)
    hasher.combine(sum)
  }
}
