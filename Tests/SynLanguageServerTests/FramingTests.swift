import Testing

@testable import SynLanguageServer

@Suite struct FramingTests {
  @Test func aFrameSplitAcrossChunksComesOutWhole() {
    var reader = FrameReader()
    let framed = FrameReader.frame(Array("{\"a\":1}".utf8))
    reader.append(framed.prefix(10))
    #expect(reader.next() == nil)
    reader.append(framed.dropFirst(10).prefix(3))
    #expect(reader.next() == nil)
    reader.append(framed.dropFirst(13))
    #expect(reader.next() == .message(Array("{\"a\":1}".utf8)))
    #expect(reader.next() == nil)
  }

  @Test func twoFramesInOneChunkComeOutInOrder() {
    var reader = FrameReader()
    reader.append(FrameReader.frame(Array("1".utf8)) + FrameReader.frame(Array("22".utf8)))
    #expect(reader.next() == .message(Array("1".utf8)))
    #expect(reader.next() == .message(Array("22".utf8)))
    #expect(reader.next() == nil)
  }

  @Test func headersAreReadInAnyCaseAndOthersIgnored() {
    var reader = FrameReader()
    reader.append(Array("content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n[]".utf8))
    #expect(reader.next() == .message(Array("[]".utf8)))
  }

  @Test func aHeaderWithoutLengthIsReportedAndTheNextFrameStillRead() {
    var reader = FrameReader()
    reader.append(Array("X-Nothing: 1\r\n\r\n".utf8) + FrameReader.frame(Array("{}".utf8)))
    #expect(reader.next() == .malformedHeader("a message without a Content-Length header"))
    #expect(reader.next() == .message(Array("{}".utf8)))
    reader.append(Array("Content-Length: -3\r\n\r\n".utf8))
    #expect(reader.next() == .malformedHeader("Content-Length '-3' is not a number of bytes"))
  }

  @Test func endlessHeaderGarbageIsDroppedNotBuffered() {
    var reader = FrameReader()
    reader.append([UInt8](repeating: UInt8(ascii: "x"), count: FrameReader.maximumHeaderBytes + 1))
    guard case .malformedHeader? = reader.next() else {
      Issue.record("garbage without a blank line must be refused")
      return
    }
    reader.append(FrameReader.frame(Array("7".utf8)))
    #expect(reader.next() == .message(Array("7".utf8)))
  }

  @Test func loneSurrogateEscapesBecomeReplacementCharacters() {
    let replaced = LoneSurrogates.replaced(in: Array(#"["\udcff", "\ud83d\ude00", "\\udcff", "\ud800x"]"#.utf8))
    #expect(String(decoding: replaced, as: UTF8.self) == #"["\uFFFD", "\ud83d\ude00", "\\udcff", "\uFFFDx"]"#)
  }
}
