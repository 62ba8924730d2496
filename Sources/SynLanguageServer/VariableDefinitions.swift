import SynLanguage

/// Where a script binds a variable: `let NAME = …`, `… as NAME`, `for NAME in …`.
struct VariableDefinition: Equatable {
  var name: String
  /// 0-based line and scalar columns of the name as written.
  var line: Int
  var start: Int
  var end: Int { start + name.unicodeScalars.count }
}

extension ScriptScan {
  /// Every binding of the script, in source order.
  var variableDefinitions: [VariableDefinition] {
    statements.flatMap { statement -> [VariableDefinition] in
      let words = Array(statement.commandTokens)
      guard let first = words.first, words.count >= 2 else { return [] }
      switch StatementKeyword(rawValue: first.text) {
      case .let?, .for?:
        // `let x=1` is one word: the name ends at `=`.
        let name = words[1].text.prefix { $0 != "=" }
        return name.isEmpty ? [] : [VariableDefinition(name: String(name), line: words[1].line, start: words[1].start)]
      case nil, .send?:
        guard let binding = words.dropFirst(2).firstIndex(where: { $0.kind == .word && $0.text == "as" }),
          binding + 1 < words.count, words[binding + 1].kind == .word
        else { return [] }
        let name = words[binding + 1]
        return [VariableDefinition(name: name.text, line: name.line, start: name.start)]
      default:
        return []
      }
    }
  }

  /// The name of the variable at a 0-based line and scalar column: a `$name`
  /// (or `${name`) written there, or a binding's name.
  func variableName(atLine line: Int, column: Int) -> String? {
    if let definition = variableDefinitions.first(where: {
      $0.line == line && $0.start <= column && column <= $0.end
    }) {
      return definition.name
    }
    guard let token = token(atLine: line, column: column) else { return nil }
    let scalars = Array(token.text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      guard scalars[index] == "$", index == 0 || scalars[index - 1] != "\\" else {
        index += 1
        continue
      }
      var nameStart = index + 1
      if nameStart < scalars.count, scalars[nameStart] == "{" { nameStart += 1 }
      var nameEnd = nameStart
      while nameEnd < scalars.count, Self.isNameScalar(scalars[nameEnd]) { nameEnd += 1 }
      let dollarColumn = token.start + index
      if nameEnd > nameStart, dollarColumn <= column, column <= token.start + nameEnd {
        var name = ""
        name.unicodeScalars.append(contentsOf: scalars[nameStart..<nameEnd])
        return name
      }
      index = max(nameEnd, index + 1)
    }
    return nil
  }

  /// The binding of `name` that a use at `line` reads: the last one above it, else the first anywhere.
  func definition(of name: String, usedAtLine line: Int) -> VariableDefinition? {
    let bindings = variableDefinitions.filter { $0.name == name }
    return bindings.last { $0.line <= line } ?? bindings.first
  }

  private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
  }
}
