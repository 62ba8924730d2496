import CEditLine

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// libedit's line editor over its native API (`el_gets`, `history`): emacs
/// keys, history with Up/Down and Ctrl-R, Tab completion through a Swift
/// closure, Ctrl-C and Ctrl-D told apart. See ../shared/notes/libedit.md.
///
/// Not Sendable and not actor-isolated: `TerminalLineReader` owns it on the
/// main actor, and libedit calls back into it on that same thread, from
/// inside `el_gets`.
final class LineEditor {
  /// What Tab asks: the text before the cursor in, candidates out.
  var completer: ((String) -> Completion)?

  private let el: OpaquePointer  // EditLine *
  private let hist: OpaquePointer  // History *
  private var event = HistEvent()
  private var prompt: UnsafeMutablePointer<CChar>?
  /// The line and cursor at the last Tab: a second Tab there lists the candidates.
  private var lastTab: String?
  /// Set when Ctrl-C ended the read in progress.
  private var interrupted = false
  /// The bytes of a UTF-8 character read so far.
  private var pendingBytes: [CChar] = []

  init() {
    _ = ceditline_use_utf8_locale()  // before el_init, or non-ASCII input is dropped
    guard let el = ceditline_init("syn"), let hist = history_init() else {
      fatalError("libedit could not start (el_init/history_init failed)")
    }
    (self.el, self.hist) = (el, hist)
    _ = ceditline_history_setsize(hist, &event, Int32(HistoryPolicy.capacity))
    _ = ceditline_history_setunique(hist, &event, 1)  // consecutive duplicates dropped
    _ = ceditline_set_editor(el, "emacs")
    _ = ceditline_set_signal(el, 1)  // tty restored on signals; SIGWINCH, ^Z handled
    _ = ceditline_set_history(el, hist)
    // C callbacks cannot capture: libedit hands `self` back to them.
    _ = ceditline_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
    _ = ceditline_set_prompt_esc(el, { el in LineEditor.instance(el)?.prompt }, 1)
    _ = ceditline_add_function(el, "syn-complete", "Complete the word before the cursor") { el, _ in
      LineEditor.instance(el)?.complete() ?? UInt8(CC_ERROR)
    }
    _ = ceditline_bind(el, "^I", "syn-complete")
    // Our own read of the terminal, which Ctrl-C can wake up on any thread.
    _ = ceditline_set_getc(el) { el, character in
      LineEditor.instance(el)?.readCharacter(into: character) ?? -1
    }
    _ = el_source(el, nil)  // $EDITRC or ~/.editrc, lines prefixed `syn:`
  }

  deinit {
    el_end(el)
    history_end(hist)
    free(prompt)
  }

  private static func instance(_ el: OpaquePointer?) -> LineEditor? {
    guard let el, let me = ceditline_get_clientdata(el) else { return nil }
    return Unmanaged<LineEditor>.fromOpaque(me).takeUnretainedValue()
  }

  /// Reads a line; `text` may bracket invisible parts with `\u{1}`.
  func read(prompt text: String) -> LineInput {
    free(prompt)
    prompt = strdup(text)
    lastTab = nil
    interrupted = false
    Interrupts.clear()  // a Ctrl-C that came before the prompt is not for this line
    var count: Int32 = 0
    guard let raw = el_gets(el, &count), count > 0 else {
      ceditline_print(interrupted ? "^C\n" : "\n")
      return interrupted ? .interrupted : .endOfInput
    }
    var line = String(cString: raw)  // a copy: libedit reuses its buffer
    if line.hasSuffix("\n") { line.removeLast() }
    return .line(line)
  }

  /// Reads one character for libedit (`EL_GETCFN`): waits on the terminal and
  /// on the pipe Ctrl-C and `fg` write to; decodes UTF-8 (the locale is
  /// UTF-8, see `init`).
  /// Returns 1 with the character, 0 at the end of input, -1 when Ctrl-C
  /// interrupted the read (errno EINTR) or reading failed.
  private func readCharacter(into character: UnsafeMutablePointer<wchar_t>?) -> Int32 {
    let wakeUp = Interrupts.wakeUpDescriptor
    while true {
      var descriptors = [
        pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
        pollfd(fd: wakeUp, events: Int16(POLLIN), revents: 0),
      ]
      let ready = poll(&descriptors, wakeUp >= 0 ? 2 : 1, -1)
      if ready < 0 {
        if errno == EINTR { continue }
        return -1
      }
      if wakeUp >= 0, descriptors[1].revents != 0 {
        let reason = Interrupts.drainWakeUps()
        if reason.interrupted {
          _ = Interrupts.take()
          pendingBytes.removeAll()
          interrupted = true
          character?.pointee = 0
          errno = EINTR
          return -1
        }
        if reason.continued {
          // Back from Ctrl-Z: draw the prompt and the line again, from the
          // start of the terminal's line (the shell may have left the cursor anywhere on it).
          ceditline_print("\r")
          _ = ceditline_refresh(el)
        }
        continue
      }
      guard descriptors[0].revents != 0 else { continue }
      var byte: CChar = 0
      let count = Glibc.read(STDIN_FILENO, &byte, 1)
      if count < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        return -1
      }
      if count == 0 {
        character?.pointee = 0
        return 0
      }
      pendingBytes.append(byte)
      var state = mbstate_t()
      var decoded: wchar_t = 0
      let used = pendingBytes.withUnsafeBufferPointer { bytes in
        mbrtowc(&decoded, bytes.baseAddress, bytes.count, &state)
      }
      switch used {
      case -2 where pendingBytes.count < Int(MB_LEN_MAX):
        continue  // the rest of the character is still to come
      case -2, -1:
        pendingBytes.removeAll()  // not a character: dropped, as libedit does
        continue
      default:
        pendingBytes.removeAll()
        character?.pointee = decoded
        return 1
      }
    }
  }

  // MARK: - History

  func addHistory(_ entry: String) {
    _ = ceditline_history_enter(hist, &event, entry)
  }

  /// The entries, oldest first.
  var historyEntries: [String] {
    var entries: [String] = []
    guard ceditline_history_oldest(hist, &event) == 0 else { return entries }
    repeat {
      if let text = event.str { entries.append(String(cString: text)) }
    } while ceditline_history_newer(hist, &event) == 0
    return entries
  }

  /// Reads the history file; a missing file is an empty history.
  func loadHistory(from path: String) {
    _ = ceditline_history_load(hist, &event, path)
  }

  /// Writes the whole history to `path` (mode 0600); false when it cannot.
  func saveHistory(to path: String) -> Bool {
    ceditline_history_save(hist, &event, path) >= 0
  }

  // MARK: - Tab

  private func complete() -> UInt8 {
    guard let completer, let (before, state) = lineState() else { return UInt8(CC_REFRESH_BEEP) }
    let completion = completer(before)
    switch TabAction(completion, repeated: lastTab == state) {
    case .insert(let text):
      _ = el_insertstr(el, text)
      // Still ambiguous after extending to the common prefix: the next Tab lists.
      lastTab = completion.candidates.count > 1 ? lineState()?.state : nil
      return UInt8(CC_REFRESH)
    case .list(let items):
      let width = Int(ceditline_terminal_columns())
      ceditline_print("\n" + CandidateColumns.format(items, width: width > 0 ? width : 80) + "\n")
      lastTab = state
      return UInt8(CC_REDISPLAY)
    case .beep:
      lastTab = state
      return UInt8(CC_REFRESH_BEEP)
    }
  }

  /// The text before the cursor, and the whole line with the cursor position
  /// (what tells a repeated Tab). `el_line` gives multibyte text: the cursor
  /// is a byte offset into UTF-8.
  private func lineState() -> (before: String, state: String)? {
    guard let info = el_line(el)?.pointee, let buffer = info.buffer, let cursor = info.cursor,
      let lastChar = info.lastchar
    else { return nil }
    let before = String(decoding: UnsafeRawBufferPointer(start: buffer, count: cursor - buffer), as: UTF8.self)
    let whole = String(decoding: UnsafeRawBufferPointer(start: buffer, count: lastChar - buffer), as: UTF8.self)
    return (before, "\(cursor - buffer):" + whole)
  }
}
