import SynLanguage

/// The `$variables` of a script that nothing can bind: no `let`, `as`, `for`
/// or `repeat` anywhere in it, no `--var`. Conservative, so it never refuses a
/// script that could run: where a statement binds a name does not matter, and
/// a script that includes another file is not checked (the file may bind anything).
enum UnboundVariables {
  static func diagnostics(in script: Script, defined: Set<String>) -> [Diagnostic] {
    // One walk (a script may have 100,000 statements): what is bound, and which statements read variables.
    var bound = defined.union(["env", "last"])
    var readers: [(statement: Statement, references: [VariableReference])] = []
    for statement in StatementWalk(lists: [script.prelude] + script.cases.map(\.body)) {
      if case .include = statement.kind { return [] }
      if let name = statement.boundVariable { bound.insert(name) }
      let references = statement.variableReferences
      if !references.isEmpty { readers.append((statement, references)) }
    }
    var diagnostics: [Diagnostic] = []
    for (statement, references) in readers {
      var reported: Set<String> = []
      for reference in references where !bound.contains(reference.name) {
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
