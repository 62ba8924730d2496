import Testing

@testable import SynLanguageServer

/// LSP counts UTF-16 code units; the parser counts Unicode scalars.
@Suite struct PositionTests {
  @Test func scalarColumnsBecomeUTF16Characters() {
    let document = TextDocument(uri: "u", version: 1, text: "a😀é b\nsecond")
    // `😀` is one scalar and two UTF-16 units; `é` one of each.
    #expect(document.position(line: 0, column: 1) == LSPPosition(line: 0, character: 1))
    #expect(document.position(line: 0, column: 2) == LSPPosition(line: 0, character: 3))
    #expect(document.position(line: 0, column: 4) == LSPPosition(line: 0, character: 5))
    #expect(document.position(line: 1, column: 3) == LSPPosition(line: 1, character: 3))
  }

  @Test func utf16CharactersBecomeScalarColumns() {
    let document = TextDocument(uri: "u", version: 1, text: "a😀é b")
    #expect(document.column(of: LSPPosition(line: 0, character: 3)) == 2)
    #expect(document.column(of: LSPPosition(line: 0, character: 5)) == 4)
    // Inside the surrogate pair: the column after it; past the end: the end.
    #expect(document.column(of: LSPPosition(line: 0, character: 2)) == 2)
    #expect(document.column(of: LSPPosition(line: 0, character: 99)) == 5)
    #expect(document.column(of: LSPPosition(line: 7, character: 1)) == 0)
  }

  @Test func crlfLinesAndAByteOrderMarkKeepColumnsInStep() {
    let document = TextDocument(uri: "u", version: 1, text: "\u{FEFF}ab\r\ncd\r\n")
    #expect(document.lines.count == 3)
    #expect(document.line(0) == ["a", "b"])
    // The editor counts the mark; the parser's column 1 is after it.
    #expect(document.position(line: 0, column: 1) == LSPPosition(line: 0, character: 2))
    #expect(document.column(of: LSPPosition(line: 0, character: 2)) == 1)
    #expect(document.text(fromLine: 0, to: LSPPosition(line: 1, character: 1)) == "ab\nc")
  }
}
