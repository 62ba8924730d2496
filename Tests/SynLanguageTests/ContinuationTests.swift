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
    ("for x in $xs {", true),
    ("for x in $xs {\n  print $x", true),
    ("for x in $xs {\n  print $x\n}", false),
    ("for x in [1,", true),
    ("for x in [\n  1,\n  2\n]", false),
    ("for x in [\n  1,\n  2\n] {", true),
    ("for x in [\n  1,\n  2\n] {\n}", false),
    ("for row in csv \"a.csv\" {\n  repeat 2 {\n  }", true),
    ("for row in csv \"a.csv\" {\n  repeat 2 {\n  }\n}", false),
    ("for x \\", true),
    ("for x of $xs {", true),
    ("finally {", true),
    ("finally {\n  for x in $xs {\n  }", true),
    ("finally {\n  for x in $xs {\n  }\n}", false),
    ("finally {\n}", false),
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
