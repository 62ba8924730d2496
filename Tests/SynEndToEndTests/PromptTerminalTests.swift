import Foundation
import Testing

/// `syn` with no arguments on a terminal: the interactive prompt, driven
/// through a pseudo-terminal with keys in and the screen read back.
@Suite(.serialized) struct PromptTerminalTests {
  /// A fresh directory for the session's files and its history.
  let directory: URL

  init() throws {
    directory = try SynBinary.temporaryDirectory(with: ["shared/éclair.syn": "print \"from the file\"\n"])
  }

  var historyFile: URL { directory.appendingPathComponent("history") }

  /// A terminal running `syn`, waiting at its first prompt. No UTF-8 locale
  /// in the environment: the prompt must manage without one.
  func startPrompt(
    _ arguments: [String] = [], environment extra: [String: String] = [:], rows: Int = 30
  ) throws -> PseudoTerminal {
    var environment = [
      "TERM": "xterm", "HOME": directory.path, "SYN_HISTORY": historyFile.path, "NO_COLOR": "1",
    ]
    environment.merge(extra) { $1 }
    let terminal = try PseudoTerminal(arguments, environment: environment, in: directory, rows: rows)
    try terminal.waitForPrompt()
    return terminal
  }

  @Test func tabCompletesAVerbANounAndAField() throws {
    let terminal = try startPrompt()
    terminal.type("cre")
    terminal.press(.tab)
    try terminal.wait(for: "the verb") { $0.cursorLine == "synposter(mock)> create " }
    terminal.type("pro")
    terminal.press(.tab)
    try terminal.wait(for: "the noun") { $0.cursorLine == "synposter(mock)> create profile " }
    terminal.type("na")
    terminal.press(.tab)
    try terminal.wait(for: "the field") { $0.cursorLine == "synposter(mock)> create profile name=" }
    terminal.enter("Tabby")
    try terminal.waitFor("HTTP 201 Created (POST /v1/profiles)")
    try terminal.waitFor("\"name\": \"Tabby\"")
    try terminal.waitForPrompt()
  }

  @Test func secondTabListsTheCandidates() throws {
    let terminal = try startPrompt()
    terminal.type("create p")
    terminal.press(.tab)
    terminal.press(.tab)
    try terminal.wait(for: "the candidate list") { screen in
      screen.lines.contains { $0.hasPrefix("profile") && $0.contains("post") }
    }
    // The line being typed is drawn again under the list, and goes on.
    try terminal.wait(for: "the line redrawn") { $0.cursorLine == "synposter(mock)> create p" }
    terminal.type("os")
    terminal.press(.tab)
    try terminal.wait(for: "the completed noun") { $0.cursorLine == "synposter(mock)> create post " }
  }

  @Test func historyIsRecalledWithUpAfterARestart() throws {
    let first = try startPrompt()
    first.enter("create profile name=remembered")
    try first.waitFor("\"name\": \"remembered\"")
    try first.waitForPrompt()
    first.enter("get usage")
    try first.waitFor("HTTP 200 OK (GET /v1/usage)")
    try first.waitForPrompt()
    first.enter("get usage")
    try first.waitForPrompt()
    first.enter("set apiKey \"sk_live_0123456789abcdef0123456789abcdef\"")
    try first.waitForPrompt()
    first.enter(":quit")
    #expect(try first.waitForExit() == 0)

    let attributes = try FileManager.default.attributesOfItem(atPath: historyFile.path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    let saved = try String(contentsOf: historyFile, encoding: .utf8)
    #expect(!saved.contains("sk_live_") && !saved.contains("apiKey"), "keys never reach the history file")
    #expect(saved.components(separatedBy: "get\\040usage").count == 2, "consecutive duplicates are dropped")

    let second = try startPrompt()
    second.press(.up)
    try second.wait(for: "the last line") { $0.cursorLine == "synposter(mock)> :quit" }
    second.press(.up)
    try second.wait(for: "the line before") { $0.cursorLine == "synposter(mock)> get usage" }
    second.press(.up)
    try second.wait(for: "the first line") { $0.cursorLine == "synposter(mock)> create profile name=remembered" }
    second.press(.enter)
    try second.waitFor("HTTP 201 Created (POST /v1/profiles)")
    try second.waitForPrompt()
  }

  @Test func ctrlCDropsTheLineAndInterruptsAStatementButKeepsTheSession() throws {
    let terminal = try startPrompt()
    terminal.enter("create profile name=kept as kept")
    try terminal.waitFor("\"name\": \"kept\"")
    try terminal.waitForPrompt()
    terminal.type("get pro")
    try terminal.wait(for: "the typed text") { $0.cursorLine == "synposter(mock)> get pro" }
    terminal.press(.ctrlC)
    try terminal.waitFor("synposter(mock)> get pro^C")
    try terminal.waitForPrompt()

    let start = Date()
    terminal.enter("sleep 60s")
    try terminal.wait(for: "the sleep to start") { $0.cursorLine.isEmpty }
    Thread.sleep(forTimeInterval: 0.3)
    terminal.press(.ctrlC)
    try terminal.waitFor("interrupted")
    try terminal.waitForPrompt()
    #expect(Date().timeIntervalSince(start) < 30, "Ctrl-C ends the statement, not the 60 s")

    terminal.enter("print $kept.name")
    try terminal.wait(for: "the variable kept across Ctrl-C") { $0.lines.contains("kept") }
    try terminal.waitForPrompt()
  }

  @Test func ctrlCStopsALongLoopAtItsNextIteration() throws {
    let terminal = try startPrompt()
    terminal.enter("repeat 1000000000 {")
    terminal.enter("let x = $i")
    terminal.enter("}")
    try terminal.wait(for: "the loop to start") { $0.cursorLine.isEmpty }
    Thread.sleep(forTimeInterval: 0.3)
    terminal.press(.ctrlC)
    try terminal.waitFor("interrupted")
    try terminal.waitForPrompt()
    terminal.enter("print $x")
    try terminal.wait(for: "the value of the iteration Ctrl-C stopped") { screen in
      screen.lines.contains { line in Int(line).map { $0 > 0 && $0 < 1_000_000_000 } ?? false }
    }
    try terminal.waitForPrompt()
  }

  @Test func stoppedAndContinuedItDrawsTheLineAgain() throws {
    let terminal = try startPrompt()
    terminal.type("get pro")
    try terminal.wait(for: "the typed text") { $0.cursorLine == "synposter(mock)> get pro" }
    let before = terminal.transcript.count
    // What Ctrl-Z and `fg` do, minus the shell: the terminal's Ctrl-Z would be
    // discarded here, the test's process group not being a job-control shell.
    terminal.send(signal: SIGSTOP)
    terminal.send(signal: SIGCONT)
    try terminal.wait(for: "the prompt and the line drawn again") { _ in
      terminal.output(after: before).contains("synposter(mock)> get pro")
    }
    terminal.type("file")
    try terminal.wait(for: "the line still editable") { $0.cursorLine == "synposter(mock)> get profile" }
  }

  @Test func ctrlDOnAnEmptyLineExitsWithZero() throws {
    let terminal = try startPrompt()
    terminal.type("get usage")
    try terminal.wait(for: "the typed line") { $0.cursorLine == "synposter(mock)> get usage" }
    terminal.press(.ctrlU)
    try terminal.waitForPrompt()
    terminal.press(.ctrlD)
    #expect(try terminal.waitForExit() == 0)
  }

  @Test func aMultiLineJSONLiteralContinuesAndIsRecalledWhole() throws {
    let terminal = try startPrompt()
    terminal.enter("create profile name=multi metadata={")
    try terminal.waitForPrompt("...> ")
    terminal.enter("  \"tier\": \"pro\",")
    try terminal.waitForPrompt("...> ")
    terminal.enter("  \"seats\": 3}")
    try terminal.waitFor("\"seats\": 3")
    try terminal.waitForPrompt()
    #expect(terminal.screen.allText.contains("\"metadata\": {\n    \"tier\": \"pro\",\n    \"seats\": 3\n  }"))
    terminal.press(.up)
    try terminal.wait(for: "the statement recalled on one line") {
      $0.cursorLine == "synposter(mock)> create profile name=multi metadata={ \"tier\": \"pro\", \"seats\": 3}"
    }
  }

  @Test func nonASCIIInputIsEditedByCharacter() throws {
    let terminal = try startPrompt()
    terminal.type("print \"héllo wörld\"")
    terminal.press(.left, .left, .left, .left, .left, .left)
    terminal.type("X")
    terminal.press(.enter)
    try terminal.wait(for: "the edited text") { $0.lines.contains("héllo Xwörld") }
    try terminal.waitForPrompt()
    terminal.enter("create profile name=Zoë-ñ as z")
    try terminal.waitFor("\"name\": \"Zoë-ñ\"")
    try terminal.waitForPrompt()
    terminal.type(":load shared/é")
    terminal.press(.tab)
    try terminal.wait(for: "a non-ASCII file name completed") {
      $0.cursorLine == "synposter(mock)> :load shared/éclair.syn "
    }
    terminal.press(.enter)
    try terminal.wait(for: "the loaded file") { $0.lines.contains("from the file") }
  }

  @Test func saveWritesAScriptThatSynRunReplaysToTheSameResults() throws {
    let terminal = try startPrompt()
    terminal.enter("create profile name=\"Zoë\" externalId=z-1 metadata={\"tier\": \"pro\"} as z")
    try terminal.waitFor("\"externalId\": \"z-1\"")
    try terminal.waitForPrompt()
    terminal.enter("expect status 500")  // fails here, so it is not saved
    try terminal.waitFor("expectation failed: expect status 500")
    try terminal.waitForPrompt()
    terminal.enter("get profile $z.id")
    try terminal.waitFor("HTTP 200 OK (GET /v1/profiles/")
    try terminal.waitForPrompt()
    terminal.enter("expect .metadata == {\"tier\": \"pro\"}")
    try terminal.waitForPrompt()
    terminal.enter("print \"replay:\" $z.id .name")
    let screen = try terminal.wait(for: "the printed line") { screen in
      screen.lines.contains { $0.hasPrefix("replay: ") }
    }
    let printed = try #require(screen.lines.first { $0.hasPrefix("replay: ") })
    try terminal.waitForPrompt()
    terminal.enter(":save session.syn")
    try terminal.waitFor("saved 4 statements to session.syn")
    try terminal.waitForPrompt()
    terminal.press(.ctrlD)
    #expect(try terminal.waitForExit() == 0)

    let replay = try SynBinary.run(["run", "session.syn"], in: directory)
    #expect(replay.exitCode == 0, "stderr: \(replay.stderr)")
    #expect(replay.stdout == printed + "\n")
  }

  @Test func saveWithExpectWritesChecksThatSynRunPassesAndThatCatchAnEditedLiteral() throws {
    let terminal = try startPrompt()
    let requests = [
      ("create profile name=Alice externalId=user-42 as alice", "HTTP 201 Created (POST /v1/profiles)"),
      ("get profile $alice.id", "HTTP 200 OK (GET /v1/profiles/"),
      ("update profile $alice.id metadata={\"tier\": \"pro\"}", "HTTP 200 OK (PATCH /v1/profiles/"),
      ("connect account twitter profileId=$alice.id state=signup-7", "(POST /v1/connect"),
      ("list profiles", "HTTP 200 OK (GET /v1/profiles"),
    ]
    for (request, status) in requests {
      terminal.enter(request)
      try terminal.waitFor(status)
      try terminal.waitForPrompt()
    }
    terminal.enter("expect .data count == 2")
    try terminal.waitFor("passed: expect .data count == 2")
    try terminal.waitForPrompt()
    terminal.enter(":save --expect checked.syn")
    try terminal.waitFor("saved 6 statements and 10 expectations to checked.syn")
    try terminal.waitForPrompt()
    terminal.press(.ctrlD)
    #expect(try terminal.waitForExit() == 0)

    let file = directory.appendingPathComponent("checked.syn")
    let saved = try String(contentsOf: file, encoding: .utf8)
    #expect(saved.contains(#""authUrl": #url"#) && saved.contains(#""id": #uuid"#), "\(saved)")
    let replay = try SynBinary.run(["run", "checked.syn"], in: directory)
    #expect(replay.exitCode == 0, "stderr: \(replay.stderr)")

    // One literal of the first template edited: the run fails there, naming the path and both sides.
    let edited = try #require(saved.firstRange(of: #""name": "Alice""#))
    try saved.replacingCharacters(in: edited, with: #""name": "Bob""#).write(
      to: file, atomically: true, encoding: .utf8)
    let broken = try SynBinary.run(["run", "checked.syn"], in: directory)
    #expect(broken.exitCode == 4, "stderr: \(broken.stderr)")
    #expect(broken.stderr.contains(#".name: expected "Bob", actual "Alice""#), "stderr: \(broken.stderr)")
  }

  @Test func helpTallerThanTheTerminalGoesThroughThePagerAndShortHelpDoesNot() throws {
    let paged = directory.appendingPathComponent("paged.txt")
    let terminal = try startPrompt(environment: ["PAGER": "cat > '\(paged.path)'; echo PAGER-DONE"], rows: 20)
    terminal.enter(":help")
    try terminal.waitFor("PAGER-DONE")
    try terminal.waitForPrompt()
    let text = try String(contentsOf: paged, encoding: .utf8)
    #expect(text.contains("  create profile") && text.contains("Meta-commands"), "the whole help went to the pager")
    try FileManager.default.removeItem(at: paged)
    terminal.enter(":help use")
    try terminal.waitFor("use synposter")
    try terminal.waitForPrompt()
    #expect(!FileManager.default.fileExists(atPath: paged.path), "a short help is printed, not paged")
  }

  @Test func colorsOnATerminalUnlessNoColor() throws {
    let colored = try startPrompt(environment: ["NO_COLOR": ""])
    colored.enter("get usage")
    try colored.waitFor("HTTP 200 OK (GET /v1/usage)")
    try colored.waitForPrompt()
    let coloredBytes = String(decoding: colored.transcript, as: UTF8.self)
    #expect(coloredBytes.contains("\u{1B}[1;32mHTTP 200 OK (GET /v1/usage)\u{1B}[0m"))

    let plain = try startPrompt(["--no-color"], environment: ["NO_COLOR": ""])
    plain.enter("get usage")
    try plain.waitFor("HTTP 200 OK (GET /v1/usage)")
    try plain.waitForPrompt()
    let plainBytes = String(decoding: plain.transcript, as: UTF8.self)
    #expect(!plainBytes.contains("\u{1B}[1;32m") && !plainBytes.contains("\u{1B}[32m"))
  }
}
