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
/// cancelled by the prompt, which polls the flag. SIGCONT (`fg` after Ctrl-Z)
/// writes to the pipe too, so that the line editor redraws its line.
public enum Interrupts {
  /// What the pipe says: why the line editor was woken up.
  struct WakeUp {
    var interrupted = false
    var continued = false
  }

  static let interruptByte: UInt8 = 1
  static let continueByte: UInt8 = 2

  /// Installs the SIGINT and SIGCONT handlers and their pipe. Call once, before the first line is read.
  public static func installHandler() {
    var ends: [Int32] = [-1, -1]
    if ceditline_wakeup_pipe(&ends) == 0 {
      wakeUpReadEnd.store(ends[0], ordering: .releasing)
      wakeUpWriteEnd.store(ends[1], ordering: .releasing)
    }
    _ = signal(SIGINT) { _ in
      interruptRequested.store(true, ordering: .relaxed)
      wake(with: Interrupts.interruptByte)
    }
    _ = signal(SIGCONT) { _ in
      wake(with: Interrupts.continueByte)
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

  /// Empties the pipe and says what was in it.
  static func drainWakeUps() -> WakeUp {
    var wakeUp = WakeUp()
    let descriptor = wakeUpDescriptor
    guard descriptor >= 0 else { return wakeUp }
    var buffer = [UInt8](repeating: 0, count: 64)
    while true {
      let count = read(descriptor, &buffer, buffer.count)
      guard count > 0 else { break }
      for byte in buffer[0..<count] {
        if byte == interruptByte { wakeUp.interrupted = true }
        if byte == continueByte { wakeUp.continued = true }
      }
    }
    return wakeUp
  }

  /// Forgets every Ctrl-C so far: the flag and the bytes in the pipe.
  static func clear() {
    interruptRequested.store(false, ordering: .relaxed)
    _ = drainWakeUps()
  }
}

/// Writes `byte` to the wake-up pipe; async-signal-safe (a `write` of a local).
private func wake(with byte: UInt8) {
  let descriptor = wakeUpWriteEnd.load(ordering: .relaxed)
  guard descriptor >= 0 else { return }
  var value = byte
  _ = write(descriptor, &value, 1)
}
