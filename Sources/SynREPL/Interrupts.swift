import CEditLine
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Set by the SIGINT handler (Ctrl-C); the prompt polls it while a statement
/// runs. Globals of `Atomic` type are async-signal-safe and need no isolation.
private let interruptRequested = Atomic<Bool>(false)
/// The pipe the handler writes a byte to, so that the line editor, which
/// waits on the terminal *and* this pipe, wakes up whatever thread it is on.
private let wakeUpReadEnd = Atomic<Int32>(-1)
private let wakeUpWriteEnd = Atomic<Int32>(-1)

/// Ctrl-C. The kernel hands SIGINT to the process's main thread, which in an
/// async program sleeps inside libdispatch, not to the thread reading the
/// terminal; so the handler only raises a flag and writes to a pipe. The line
/// editor wakes up on the pipe and drops the line; a running statement is
/// cancelled by the prompt, which polls the flag.
public enum Interrupts {
  /// Installs the SIGINT handler and its pipe. Call once, before the first line is read.
  public static func installHandler() {
    var ends: [Int32] = [-1, -1]
    if ceditline_wakeup_pipe(&ends) == 0 {
      wakeUpReadEnd.store(ends[0], ordering: .releasing)
      wakeUpWriteEnd.store(ends[1], ordering: .releasing)
    }
    _ = signal(SIGINT) { _ in
      interruptRequested.store(true, ordering: .relaxed)
      let descriptor = wakeUpWriteEnd.load(ordering: .relaxed)
      if descriptor >= 0 {
        var byte: UInt8 = 1
        _ = write(descriptor, &byte, 1)
      }
    }
  }

  /// The end of the pipe to wait on next to the terminal, or -1 without a handler.
  static var wakeUpDescriptor: Int32 {
    wakeUpReadEnd.load(ordering: .acquiring)
  }

  /// Whether Ctrl-C was pressed since the last call; clears the flag.
  static func take() -> Bool {
    interruptRequested.exchange(false, ordering: .relaxed)
  }

  /// Forgets every Ctrl-C so far: the flag and the bytes in the pipe.
  static func clear() {
    interruptRequested.store(false, ordering: .relaxed)
    let descriptor = wakeUpDescriptor
    guard descriptor >= 0 else { return }
    var buffer = [UInt8](repeating: 0, count: 64)
    while read(descriptor, &buffer, buffer.count) > 0 {}
  }
}
