import SynLanguage

/// The `$variables` of a script that nothing can bind: no `let`, `as`, `for`
/// or `repeat` anywhere in it, no `--var`. Conservative, so it never refuses a
/// script that could run: where a statement binds a name does not matter, and
/// a script that includes another file is not checked (the file may bind anything).
enum UnboundVariables {
  static func diagnostics(in script: Script, defined: Set<String>) -> [Diagnostic] {
    // Walked twice rather than copied into one list: a script may have 100,000 statements.
    let statements = { StatementWalk(lists: [script.prelude] + script.cases.map(\.body)) }
    if statements().contains(where: { if case .include = $0.kind { true } else { false } }) { return [] }
    let bound = defined.union(statements().lazy.compactMap(\.boundVariable)).union(["env", "last"])
    var diagnostics: [Diagnostic] = []
    for statement in statements() {
      var reported: Set<String> = []
      for reference in statement.variableReferences where !bound.contains(reference.name) {
        guard reported.insert(reference.name).inserted else { continue }
        diagnostics.append(
          Diagnostic(
            at: location(of: reference.name, in: statement),
            "undefined variable '$\(reference.name)': nothing in this script binds it (let, as, for, --var)"
              + Suggestions.didYouMean(reference.name, among: bound.sorted()),
            sourceLine: statement.sourceLine))
      }
    }
    return diagnostics
  }

  /// Where `$name` (or `${name`) is first written on the statement's line; the statement's start otherwise.
  private static func location(of name: String, in statement: Statement) -> SourceLocation {
    let line = Array(statement.sourceLine)
    for (index, character) in line.enumerated() where character == "$" {
      var start = index + 1
      if start < line.count, line[start] == "{" { start += 1 }
      let end = start + name.count
      guard end <= line.count, String(line[start..<end]) == name else { continue }
      if end < line.count, line[end].isLetter || line[end].isNumber || line[end] == "_" { continue }
      var location = statement.location
      location.column = index + 1
      return location
    }
    return statement.location
  }
}
