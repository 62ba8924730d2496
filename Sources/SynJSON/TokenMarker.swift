/// The kinds of token `JSONWriter` tells its marker about.
enum JSONToken {
  case key, string, number, boolean, null, punctuation
}

/// What `JSONWriter` writes where a token begins and ends. The writer is
/// generic over it so that the unmarked writer, used on hot paths, compiles
/// to the same code as one that knows no tokens at all.
protocol TokenMarker {
  func begin(_ token: JSONToken, in bytes: inout [UInt8])
  func end(_ token: JSONToken, in bytes: inout [UInt8])
}

/// Marks nothing: compact bodies and plain pretty text.
struct Unmarked: TokenMarker {
  @inline(__always) func begin(_ token: JSONToken, in bytes: inout [UInt8]) {}
  @inline(__always) func end(_ token: JSONToken, in bytes: inout [UInt8]) {}
}
