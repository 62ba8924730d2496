import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the interpreter writes: script output to `standard`, failures,
/// warnings and diagnostics to `error`. Tests capture it; the CLI sends it to
/// the process's streams.
public protocol OutputSink: AnyObject, Sendable {
  func write(_ text: String, to stream: OutputStream)
}

public enum OutputStream: Sendable {
  case standard
  case error
}

extension OutputSink {
  /// Writes `text` and a newline.
  public func line(_ text: String, to stream: OutputStream = .standard) {
    write(text + "\n", to: stream)
  }
}

/// The process's standard output and standard error.
///
/// Standard output is buffered unless it is a terminal, so a 100,000-line run
/// does not make a system call per line; anything written to standard error
/// first flushes standard output, which keeps the two in order in one log.
public final class ProcessOutput: OutputSink {
  private static let bufferLimit = 64 * 1024
  private let pending = Mutex<[UInt8]>([])
  private let isTerminal = isatty(STDOUT_FILENO) == 1

  /// The process has one standard output; everything that writes to it shares this buffer.
  public static let shared = ProcessOutput()

  private init() {}

  public func write(_ text: String, to stream: OutputStream) {
    pending.withLock { buffer in
      switch stream {
      case .standard:
        buffer.append(contentsOf: text.utf8)
        if isTerminal || buffer.count >= ProcessOutput.bufferLimit {
          ProcessOutput.writeAll(&buffer, to: STDOUT_FILENO)
        }
      case .error:
        ProcessOutput.writeAll(&buffer, to: STDOUT_FILENO)
        var bytes = Array(text.utf8)
        ProcessOutput.writeAll(&bytes, to: STDERR_FILENO)
      }
    }
  }

  /// Writes out what standard output still holds; call before the process exits.
  public func flush() {
    pending.withLock { ProcessOutput.writeAll(&$0, to: STDOUT_FILENO) }
  }

  private static func writeAll(_ bytes: inout [UInt8], to descriptor: Int32) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { raw in
        Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
      }
      if written < 0, errno == EINTR { continue }
      guard written > 0 else { break }
      offset += written
    }
    bytes.removeAll(keepingCapacity: true)
  }
}

/// Collects output in memory (tests, and `syn test`'s per-case capture).
public final class CapturedOutput: OutputSink {
  private let buffers = Mutex<(standard: String, error: String)>(("", ""))

  public init() {}

  public func write(_ text: String, to stream: OutputStream) {
    buffers.withLock { buffers in
      switch stream {
      case .standard: buffers.standard += text
      case .error: buffers.error += text
      }
    }
  }

  public var standard: String { buffers.withLock { $0.standard } }
  public var error: String { buffers.withLock { $0.error } }
}
