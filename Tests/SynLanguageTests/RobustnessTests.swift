import Foundation
import SynLanguage
import Testing

/// Hostile inputs: each must come back with diagnostics (or none), without
/// crashing, hanging or taking quadratic time. Their timing is not asserted
/// here (benchmarks do that); a quadratic parser would make them time out.
@Suite struct RobustnessTests {
  @Test func randomBytesDecodedLossily() {
    var generator = SplitMix64(seed: 42)
    for _ in 0..<20 {
      let bytes = (0..<2_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
      _ = parseScript(String(decoding: bytes, as: UTF8.self), file: "random.syn")
    }
  }

  @Test func randomSyntaxCharacters() {
    var generator = SplitMix64(seed: 7)
    let alphabet = Array("{}[]\"'\\$.:=# \n\tab01-/,".utf8)
    for _ in 0..<50 {
      let bytes = (0..<2_000).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
      let text = String(decoding: bytes, as: UTF8.self)
      _ = parseScript(text, file: "random.syn")
      _ = needsContinuation(text)
    }
  }

  @Test func tenMegabyteLine() {
    let result = parseScript(String(repeating: "a", count: 10_000_000), file: "big.syn")
    let count = result.diagnostics.count
    #expect(count == 1)
    let message = result.diagnostics.first?.message.prefix(30) ?? ""
    #expect(message == "expected a noun after 'aaaaaaa")
  }

  @Test func hundredThousandNestedBrackets() {
    let result = parseScript("print " + String(repeating: "[", count: 100_000), file: "deep.syn")
    let messages = result.diagnostics.map(\.message)
    #expect(messages == ["JSON literal nested deeper than 512 levels"])
    let column = result.diagnostics.first?.location.column
    #expect(column == 7 + 512)
  }

  @Test func nestingAtTheLimitIsAccepted() {
    let depth = 512
    let source = "print " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    #expect(parseScript(source, file: "t.syn").diagnostics.isEmpty)
  }

  @Test func bareBracketLines() {
    let result = parseScript(String(repeating: "[\n", count: 20_000), file: "deep.syn")
    #expect(!result.diagnostics.isEmpty)
  }

  @Test func millionQuotes() {
    // A run of quotes is one empty string after another with no blank between.
    let alone = parseScript(String(repeating: "\"", count: 1_000_000), file: "q.syn").diagnostics.count
    #expect(alone == 1)
    let printed = parseScript("print " + String(repeating: "\"", count: 1_000_001), file: "q.syn").diagnostics.count
    #expect(printed == 1)
    let lines = parseScript(String(repeating: "print \"\n", count: 10_000), file: "q.syn").diagnostics.count
    #expect(lines == 10_000)
  }

  @Test func manyUnclosedLiteralsStayLinear() {
    let result = parseScript(String(repeating: "create x y={\n", count: 5_000), file: "open.syn")
    #expect(!result.diagnostics.isEmpty)
    let lines = parseScript(String(repeating: "print [1,\n", count: 5_000), file: "open.syn")
    #expect(!lines.diagnostics.isEmpty)
  }

  @Test func deepBlocks() {
    let source = String(repeating: "repeat 1 {\n", count: 2_000) + String(repeating: "}\n", count: 2_000)
    let result = parseScript(source, file: "blocks.syn")
    #expect(result.diagnostics.first?.message == "blocks nested deeper than 512 levels")
    #expect(result.diagnostics.first?.location.line == 513)
  }

  @Test func longRepeatChain() {
    let result = parseScript(String(repeating: "repeat 1 ", count: 100_000) + "print x", file: "chain.syn")
    let messages = result.diagnostics.map(\.message)
    #expect(
      messages == [
        "too many 'repeat' on one line (at most 16); use a 'repeat N {' block"
      ])
  }

  @Test func pathologicalRuns() {
    for source in [
      String(repeating: "\\", count: 20_000),
      "print " + String(repeating: "\\ ", count: 20_000),
      "print " + String(repeating: "$", count: 20_000),
      "print " + String(repeating: "a$a.b[0]", count: 20_000),
      "print \"" + String(repeating: "$a.b[0]", count: 20_000),
      String(repeating: "{", count: 20_000),
      String(repeating: "}\n", count: 2_000),
      String(repeating: "#", count: 20_000),
      String(repeating: "expect .x containz {\n", count: 2_000),
    ] {
      _ = parseScript(source, file: "t.syn")
      _ = needsContinuation(source)
    }
  }
}

/// A small deterministic random number generator for reproducible inputs.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
