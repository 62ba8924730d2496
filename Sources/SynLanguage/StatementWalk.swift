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
  /// A list being walked, and the position of its next statement.
  private struct Level {
    let statements: [Statement]
    var next = 0
  }

  /// The lists still being walked, outermost first.
  private var pending: [Level]

  public init(_ statements: [Statement]) {
    pending = [Level(statements: statements)]
  }

  /// The walk of each list in turn, without joining them into one (a
  /// script's statements are not copied to be read).
  public init(lists: [[Statement]]) {
    pending = lists.reversed().map { Level(statements: $0) }
  }

  public mutating func next() -> Statement? {
    while let top = pending.indices.last {
      let index = pending[top].next
      guard index < pending[top].statements.count else {
        pending.removeLast()
        continue
      }
      pending[top].next += 1
      let statement = pending[top].statements[index]
      let body = statement.body
      if !body.isEmpty { pending.append(Level(statements: body)) }
      return statement
    }
    return nil
  }
}
