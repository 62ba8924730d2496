import SynJSON

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a language server over standard input and output: framed messages
/// in, framed answers out, until `exit` or the end of the input.
public enum StandardIOTransport {
  /// Serves until the editor sends `exit` (0 after `shutdown`, 1 without) or closes the input (the same codes).
  public static func run(_ server: inout LanguageServer, input: Int32 = 0, output: Int32 = 1) -> Int32 {
    // An editor that goes away must end the server with an error, not a signal.
    signal(SIGPIPE, SIG_IGN)
    var reader = FrameReader()
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return server.exitCodeAtEndOfInput }
      reader.append(chunk[0..<count])
      var frames: [FrameReader.Frame] = []
      while let frame = reader.next() { frames.append(frame) }
      for message in server.receive(frames) {
        guard send(FrameReader.frame(message.compactBytes), to: output) else { return 1 }
      }
      if let code = server.exitCode { return code }
    }
  }

  /// Writes all of `bytes`; false when the output is closed.
  private static func send(_ bytes: [UInt8], to output: Int32) -> Bool {
    var written = 0
    while written < bytes.count {
      let count = bytes[written...].withUnsafeBytes { write(output, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return false }
      written += count
    }
    return true
  }
}
