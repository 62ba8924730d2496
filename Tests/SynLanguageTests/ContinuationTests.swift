import SynLanguage
import Testing

@Suite struct ContinuationTests {
  @Test(arguments: [
    ("create profile \\", true),
    ("create profile \\  ", true),
    ("create profile \\\n", false),
    ("create profile metadata={", true),
    ("create profile metadata={\"a\": [1,", true),
    ("create profile metadata={\"a\": [1,\n2]", true),
    ("create profile metadata={\"a\": [1,\n2]}", false),
    ("print [", true),
    ("repeat 3 {", true),
    ("repeat 3 {\n  create profile name=x", true),
    ("repeat 3 {\n  repeat 2 {\n  }", true),
    ("repeat 3 {\n  print x\n}", false),
    ("print \"abc\\", true),
    ("print \"abc", false),
    ("print 'abc", false),
    ("get usage", false),
    ("", false),
    ("# comment \\", false),
    ("print [1,,", false),
    ("print \"{\"", false),
  ])
  func continuation(text: String, expected: Bool) {
    #expect(needsContinuation(text) == expected)
  }
}
