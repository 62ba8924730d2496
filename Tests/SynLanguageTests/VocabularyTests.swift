import SynLanguage
import Testing

/// The words the language publishes: statement keywords, settings and plans.
@Suite struct VocabularyTests {
  @Test func noKeywordIsReadAsAVerb() {
    for keyword in StatementKeyword.allCases {
      let statements = parseStatements("\(keyword.rawValue) profile", file: "t.syn").statements
      for statement in statements {
        if case .request(let request) = statement.kind {
          Issue.record("'\(keyword.rawValue)' read as the verb of '\(request.verb.text) \(request.noun.text)'")
        }
      }
    }
  }

  @Test func everySettingParsesAsItself() {
    for setting in Setting.allCases {
      let statements = parseClean("set \(setting.rawValue) 1")
      guard case .set(let parsed, _) = statements.first?.kind else {
        Issue.record("set \(setting.rawValue) did not parse as a setting")
        continue
      }
      #expect(parsed == setting)
    }
  }

  @Test func messagesListTheChoicesTheLanguageKnows() {
    let settings = Setting.allCases.map(\.rawValue).joined(separator: ", ")
    #expect(firstError("set") == "1:4: expected a setting after 'set': \(settings)")
    #expect(firstError("mock plan").hasSuffix("free, starter, growth or scale"))
    #expect(MockCommand.plans == ["free", "starter", "growth", "scale"])
  }
}
