import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The built `syn` running on a pseudo-terminal, as a user at a terminal
/// runs it: keys go in through the terminal, and what it draws is read back
/// into a `TerminalScreen`.
///
/// The process is started with `posix_spawn` in a session of its own whose
/// controlling terminal is the pty, so Ctrl-C reaches it as SIGINT, as at a
/// real terminal.
final class PseudoTerminal {
  enum Failure: Error, CustomStringConvertible {
    case setUp(String)
    case timedOut(String, screen: String, output: String)

    var description: String {
      switch self {
      case .setUp(let message): "pseudo-terminal: \(message)"
      case .timedOut(let what, let screen, let output):
        "timed out waiting for \(what); the screen:\n\(screen)\nthe last output, escaped:\n\(output)"
      }
    }
  }

  /// Keys as a terminal sends them.
  enum Key: String {
    case enter = "\r"
    case tab = "\t"
    case up = "\u{1B}[A"
    case down = "\u{1B}[B"
    case left = "\u{1B}[D"
    case right = "\u{1B}[C"
    case ctrlC = "\u{03}"
    case ctrlD = "\u{04}"
    case ctrlU = "\u{15}"
  }

  let screen: TerminalScreen
  /// Everything the program wrote, escape sequences included.
  private(set) var transcript: [UInt8] = []
  private let master: Int32
  private let pid: pid_t
  private var exitStatus: Int32?

  // Linux ioctls the Glibc module does not import (function-like macros).
  private static let setLock = UInt(0x4004_5431)  // TIOCSPTLCK
  private static let getNumber = UInt(0x8004_5430)  // TIOCGPTN
  private static let spawnSetSID: Int32 = 0x80  // POSIX_SPAWN_SETSID (glibc)

  /// Starts `syn ARGUMENTS` in `directory` on a `columns` x `rows` terminal.
  ///
  /// The environment is the one given, plus `PATH`: no `LANG` or `LC_*`
  /// unless given, so libedit's UTF-8 fallback is what the tests see.
  init(
    _ arguments: [String] = [], environment: [String: String], in directory: URL, columns: Int = 100, rows: Int = 30
  ) throws {
    screen = TerminalScreen(columns: columns, rows: rows)
    master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard master >= 0 else { throw Failure.setUp("cannot open /dev/ptmx (errno \(errno))") }
    var unlock: Int32 = 0
    var number: UInt32 = 0
    var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
    guard ioctl(master, Self.setLock, &unlock) == 0, ioctl(master, Self.getNumber, &number) == 0,
      ioctl(master, UInt(TIOCSWINSZ), &size) == 0
    else {
      close(master)
      throw Failure.setUp("cannot set up the pty (errno \(errno))")
    }
    let slavePath = "/dev/pts/\(number)"

    var actions = posix_spawn_file_actions_t()
    var attributes = posix_spawnattr_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawnattr_init(&attributes)
    defer {
      posix_spawn_file_actions_destroy(&actions)
      posix_spawnattr_destroy(&attributes)
    }
    // A new session (setsid) first; opening the terminal then makes it the controlling one.
    // Signals as a shell leaves them: none blocked (test threads block some), default actions.
    var noSignals = sigset_t()
    var defaultSignals = sigset_t()
    sigemptyset(&noSignals)
    sigemptyset(&defaultSignals)
    for signal in [SIGINT, SIGTERM, SIGQUIT, SIGHUP, SIGPIPE, SIGTSTP] {
      sigaddset(&defaultSignals, signal)
    }
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
    posix_spawnattr_setflags(&attributes, Int16(Self.spawnSetSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)

    var variables = environment
    variables["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    // `env -C DIR` changes directory and execs syn: the process is syn itself.
    let executable = "/usr/bin/env"
    let argv = (["env", "-C", directory.path, SynBinary.executable.path] + arguments).map { strdup($0) } + [nil]
    let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var child: pid_t = 0
    let result = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
    guard result == 0 else {
      close(master)
      throw Failure.setUp("cannot start \(SynBinary.executable.path) (error \(result))")
    }
    pid = child
  }

  deinit {
    if exitStatus == nil {
      kill(pid, SIGKILL)
      var status: Int32 = 0
      waitpid(pid, &status, 0)
    }
    close(master)
  }

  // MARK: - Keys in

  /// Types `text` (UTF-8) as a user would.
  func type(_ text: String) {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { raw in
        write(master, raw.baseAddress! + offset, raw.count - offset)
      }
      if written < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        return
      }
      offset += written
    }
  }

  func press(_ keys: Key...) {
    for key in keys {
      type(key.rawValue)
    }
  }

  /// Types `line` and Enter.
  func enter(_ line: String) {
    type(line)
    press(.enter)
  }

  /// Sends `number` to the program, as `kill` from a shell does.
  func send(signal number: Int32) {
    kill(pid, number)
  }

  /// What the program wrote after the first `offset` bytes, escape sequences included.
  func output(after offset: Int) -> String {
    String(decoding: transcript[min(offset, transcript.count)...], as: UTF8.self)
  }

  // MARK: - Screen out

  /// Reads what the program draws until `condition` holds; throws after `timeout` seconds.
  @discardableResult
  func wait(
    for what: String, timeout: Double = 20, until condition: (TerminalScreen) -> Bool
  ) throws -> TerminalScreen {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      if condition(screen) { return screen }
      guard Date() < deadline else { throw Failure.timedOut(what, screen: screen.text, output: recentOutput) }
      guard readAvailable(waitingMilliseconds: 50) else {
        // The program ended: nothing more will come.
        if condition(screen) { return screen }
        throw Failure.timedOut(what + " (the program ended)", screen: screen.text, output: recentOutput)
      }
    }
  }

  /// Waits until the screen shows `text` anywhere (scrolled-off lines included).
  @discardableResult
  func waitFor(_ text: String, timeout: Double = 20) throws -> TerminalScreen {
    try wait(for: "\"\(text)\"", timeout: timeout) { $0.allText.contains(text) }
  }

  /// Waits until the cursor's line is a prompt with nothing typed after it,
  /// and the line editor reads keys one by one (the terminal is out of line
  /// mode): keys typed earlier would reach the terminal's own line editing.
  func waitForPrompt(_ prompt: String = "synposter(mock)> ", timeout: Double = 20) throws {
    try wait(for: "the prompt \"\(prompt)\"", timeout: timeout) { $0.cursorLine == prompt && isEditing }
  }

  /// Whether the program has the terminal in raw mode (no ICANON), as a line editor does while it reads.
  var isEditing: Bool {
    var settings = termios()
    return tcgetattr(master, &settings) == 0 && settings.c_lflag & UInt32(ICANON) == 0
  }

  /// Reads the program's output until it exits; returns its exit status.
  func waitForExit(timeout: Double = 20) throws -> Int32 {
    let deadline = Date().addingTimeInterval(timeout)
    while exitStatus == nil {
      guard Date() < deadline else {
        throw Failure.timedOut("the program to exit", screen: screen.text, output: recentOutput)
      }
      if !readAvailable(waitingMilliseconds: 50) {
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid {
          exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        } else {
          usleep(10_000)
        }
      }
    }
    return exitStatus ?? -1
  }

  /// The end of what the program wrote, control characters made visible.
  var recentOutput: String {
    String(decoding: transcript.suffix(600), as: UTF8.self).unicodeScalars.map { scalar in
      scalar.value < 0x20 && scalar != "\n" ? "^" + String(Unicode.Scalar(scalar.value + 0x40)!) : String(scalar)
    }.joined()
  }

  /// Feeds the screen whatever the program wrote within `waitingMilliseconds`;
  /// false once the terminal is closed (the program has ended).
  private func readAvailable(waitingMilliseconds: Int32) -> Bool {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    let ready = poll(&descriptor, 1, waitingMilliseconds)
    if ready < 0 { return errno == EINTR }
    if ready == 0 { return true }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = read(master, &buffer, buffer.count)
    if count < 0 { return errno == EINTR || errno == EAGAIN }  // EIO: the other side is closed
    if count == 0 { return false }
    let bytes = Array(buffer[0..<count])
    transcript += bytes
    screen.feed(bytes)
    return true
  }
}
