extension Statement {
  /// The statements of a block: the body of `repeat`, `for` and `finally`; empty for any other statement.
  public var body: [Statement] {
    switch kind {
    case .repeat(_, let body), .forEach(_, _, let body), .finally(let body): body
    default: []
    }
  }
}

/// Every statement of a list and of the blocks in it, depth first in source
/// order: a block statement comes just before the statements of its body.
/// This is the order in which each statement first runs.
///
/// What reads statements without running them walks them this way, so that
/// none is missed however deep it is nested. The walk keeps its own stack.
public struct StatementWalk: Sequence, IteratorProtocol {
  /// The statements still to visit at each level, outermost first.
  private var pending: [ArraySlice<Statement>]

  public init(_ statements: [Statement]) {
    pending = [statements[...]]
  }

  /// The walk of each list in turn, without joining them into one (a
  /// script's statements are not copied to be read).
  public init(lists: [[Statement]]) {
    pending = lists.reversed().map { $0[...] }
  }

  public mutating func next() -> Statement? {
    while let level = pending.last {
      guard let statement = level.first else {
        pending.removeLast()
        continue
      }
      pending[pending.count - 1] = level.dropFirst()
      let body = statement.body
      if !body.isEmpty { pending.append(body[...]) }
      return statement
    }
    return nil
  }
}
