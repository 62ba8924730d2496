extension Script {
  /// The cases as they run (spec section 8): each `test` case with the
  /// prelude before its statements or, in a file without `test` lines, the
  /// whole file as one case named after it.
  public var runnableCases: [TestCase] {
    guard !cases.isEmpty else {
      return [TestCase(name: caseName, location: SourceLocation(file: file, line: 1, column: 1), body: prelude)]
    }
    return cases.map { TestCase(name: $0.name, location: $0.location, body: prelude + $0.body) }
  }

  /// The file's name without its directory and `.syn`.
  private var caseName: String {
    let base = file.split(separator: "/").last.map(String.init) ?? file
    return base.hasSuffix(".syn") ? String(base.dropLast(4)) : base
  }
}

extension TestCase {
  /// The case's statements in the order they run: `finally` blocks last.
  public var runOrder: RunOrder {
    RunOrder(body)
  }
}

/// The top-level statements of a case in the order they run: every statement
/// but the `finally` blocks, then the bodies of the `finally` blocks, which
/// run however the others ended.
public struct RunOrder: Sendable {
  /// The statements that are not `finally` blocks, in source order.
  public var statements: [Statement] = []
  /// The bodies of the `finally` blocks, in source order.
  public var cleanups: [[Statement]] = []

  /// Every list in the order it runs, for a `StatementWalk` that reads the case without joining it.
  public var lists: [[Statement]] { [statements] + cleanups }

  public init(_ body: [Statement]) {
    // Most cases have no `finally`: their body is shared, not copied.
    guard body.contains(where: { if case .finally = $0.kind { true } else { false } }) else {
      statements = body
      return
    }
    for statement in body {
      if case .finally(let cleanup) = statement.kind {
        cleanups.append(cleanup)
      } else {
        statements.append(statement)
      }
    }
  }
}
