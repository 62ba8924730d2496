import Foundation
import Testing

/// The command line's conventions of a first hour with syn (issue 20): the
/// version, files without `run`, standard input, `-c`, `--show-responses`,
/// live-only options and exit codes.
@Suite struct FirstHourTests {
  static let version = "0.1.0"

  @Test func versionIsPrinted() throws {
    let result = try SynBinary.run(["--version"])
    #expect(result.exitCode == 0)
    #expect(result.stdout == Self.version + "\n")
  }

  @Test func verboseRunStartsWithTheVersionOnce() throws {
    let result = try SynBinary.run(["-v"], input: "get usage\nget usage\n")
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stderr.hasPrefix("syn \(Self.version)\n> GET /v1/usage"), "\(result.stderr)")
    #expect(result.stderr.components(separatedBy: "syn \(Self.version)\n").count == 2)
  }

  @Test func everyReportNamesTheVersion() throws {
    let directory = try SynBinary.temporaryDirectory(with: ["one.syn": "get usage\nexpect status 200\n"])
    let result = try SynBinary.run(
      [
        "test", "--report", "junit=out.xml", "--report", "tap=out.tap", "--report", "json=out.json", "--report",
        "html=out.html", "one.syn",
      ], in: directory)
    #expect(result.exitCode == 0, "\(result.stderr)")
    let read = { (name: String) in try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) }
    #expect(try read("out.xml").contains("<property name=\"syn.version\" value=\"\(Self.version)\"/>"))
    #expect(try read("out.tap").hasPrefix("TAP version 13\n# syn \(Self.version)\n1..1\n"))
    let json = try JSONSerialization.jsonObject(with: Data(try read("out.json").utf8)) as? [String: Any]
    #expect(json?["synVersion"] as? String == Self.version)
    #expect(try read("out.html").contains("<span id=\"syn-version\">\(Self.version)</span>"))
    // The command line keeps each statement's step for the page only when a page is asked for.
    #expect(try read("out.html").contains("one.syn:2</span> <code>expect status 200</code>"))
  }

  @Test func filesWithoutACommandRunAsSynRunDoes() throws {
    let directory = try SynBinary.temporaryDirectory(with: [
      "first.syn": "print \"first\"\n", "second.syn": "print \"second\"\n", "failing.syn": "fail \"no\"\n",
    ])
    let both = try SynBinary.run(["first.syn", "second.syn"], in: directory)
    #expect(both.exitCode == 0, "\(both.stderr)")
    #expect(both.stdout == "first\nsecond\n")
    let failing = try SynBinary.run(["--var", "x=1", "failing.syn", "first.syn"], in: directory)
    #expect(failing.exitCode == 4)
    #expect(failing.stdout.isEmpty, "the run stops at the first failure")
  }

  @Test func commandNamesStillRouteToTheirCommands() throws {
    let directory = try SynBinary.temporaryDirectory(with: ["smoke.syn": "get usage\nexpect status 200\n"])
    let run = try SynBinary.run(["run", "smoke.syn"], in: directory)
    #expect(run.exitCode == 0, "\(run.stderr)")
    let test = try SynBinary.run(["test", "smoke.syn"], in: directory)
    #expect(test.stdout.hasSuffix("1 passed, 0 failed\n"), "\(test.stderr)")
    let check = try SynBinary.run(["check", "smoke.syn"], in: directory)
    #expect(check.exitCode == 0, "\(check.stderr)")
    let bare = try SynBinary.run([], input: "print \"stdin\"\n")
    #expect(bare.stdout == "stdin\n")
  }

  @Test func runDashReadsStandardInput() throws {
    let result = try SynBinary.run(["run", "-"], input: "create profile name=piped\nprint .name\nexpect status 500\n")
    #expect(result.exitCode == 4)
    #expect(result.stdout == "piped\n")
    #expect(result.stderr.hasPrefix("<stdin>:3:1: expectation failed: expect status 500"), "\(result.stderr)")
  }

  @Test func dashCRunsTheStatementsAndPrintsEachResponse() throws {
    let result = try SynBinary.run(["-c", "get usage"])
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("HTTP 200 OK (GET /v1/usage)\n{\n"), "\(result.stdout)")
    #expect(result.stdout.contains("\"plan\": \"starter\""))
    let failing = try SynBinary.run(["-c", "get usage\nexpect status 404"])
    #expect(failing.exitCode == 4)
    #expect(failing.stderr.hasPrefix("<command>:2:1: expectation failed: expect status 404"), "\(failing.stderr)")
    let withFile = try SynBinary.run(["-c", "print \"statements\"", "README.md"])
    #expect(withFile.exitCode == 1, "-c and files together are a usage error, not -c ignored")
    #expect(withFile.stdout.isEmpty)
    let bad = try SynBinary.run(["-c", "get"])
    #expect(bad.exitCode == 2)
    #expect(bad.stderr.hasPrefix("<command>:1:"), "\(bad.stderr)")
  }

  @Test func showResponsesPrintsStatusAndBodyWithoutHeaders() throws {
    let script = "create profile name=shown\nprint \"after\"\n"
    let shown = try SynBinary.run(["--show-responses"], input: script)
    #expect(shown.exitCode == 0, "\(shown.stderr)")
    #expect(shown.stdout.hasPrefix("HTTP 201 Created (POST /v1/profiles)\n{\n"), "\(shown.stdout)")
    #expect(shown.stdout.contains("\"name\": \"shown\""))
    #expect(shown.stdout.hasSuffix("}\nafter\n"))
    #expect(shown.stderr.isEmpty, "no -v dump: \(shown.stderr)")
    let quiet = try SynBinary.run([], input: script)
    #expect(quiet.stdout == "after\n")
  }

  @Test func liveOnlyOptionsWithoutLiveAreUsageErrors() throws {
    for arguments in [["--base-url", "http://127.0.0.1:9"], ["--api-key", "sk_live_x"]] {
      for command in [[], ["run", "-"], ["test", "."]] {
        let result = try SynBinary.run(command + arguments, input: "get usage\n")
        #expect(result.exitCode == 1, "\(command + arguments)")
        #expect(result.stderr.contains("\(arguments[0]) needs --backend live"), "\(result.stderr)")
      }
    }
  }

  @Test func aLiveServerWithoutControlPlaneAndNoKeyStopsBeforeTheFirstRequest() throws {
    let server = try ServedSimulator(["--no-control-plane"])
    defer { _ = server.stop() }
    let script = "create profile name=never\nuse synup\nlist users\n"
    let noKeys = ["SYNPOSTER_API_KEY": "", "SYNUP_API_KEY": ""]
    let live = ["run", "--backend", "live", "--base-url", server.origin, "-"]
    let neither = try SynBinary.run(live, input: script, environment: noKeys)
    #expect(neither.exitCode == 3)
    #expect(neither.stderr.contains("<stdin>:1:1: error: no synposter key:"), "\(neither.stderr)")
    #expect(neither.stderr.contains("set SYNPOSTER_API_KEY (or pass --api-key"), "\(neither.stderr)")

    let synposterOnly = ["SYNPOSTER_API_KEY": server.synposterKey, "SYNUP_API_KEY": ""]
    let half = try SynBinary.run(live, input: script, environment: synposterOnly)
    #expect(half.exitCode == 3)
    #expect(half.stderr.contains("<stdin>:3:1: error: no synup key:") && half.stderr.contains("set SYNUP_API_KEY"))
    // Nothing was sent: the profile the first line would have made is not there.
    let check = try SynBinary.run(
      live, input: "list profiles\nexpect .data count == 1\nexpect .data[0].name == \"Default\"\n",
      environment: synposterOnly)
    #expect(check.exitCode == 0, "\(check.stdout)\(check.stderr)")

    let both = ["SYNPOSTER_API_KEY": server.synposterKey, "SYNUP_API_KEY": server.synupKey]
    #expect(try SynBinary.run(live, input: script, environment: both).exitCode == 0)
  }

  @Test func aMissingFileIsAUsageErrorForEveryCommand() throws {
    let directory = try SynBinary.temporaryDirectory(with: ["here.syn": "print \"ran\"\n"])
    for command in [["run"], ["test"], ["check"], []] {
      let result = try SynBinary.run(command + ["here.syn", "gone.syn"], in: directory)
      #expect(result.exitCode == 1, "\(command)")
      #expect(result.stderr.contains("gone.syn"), "\(command): \(result.stderr)")
      #expect(!result.stdout.contains("ran"), "\(command): nothing runs when a file is missing")
    }
  }

  @Test func aMistypedCommandIsSuggested() throws {
    let result = try SynBinary.run(["tset", "examples"])
    #expect(result.exitCode == 1)
    #expect(result.stderr.contains("tset: error: no such file; did you mean 'syn test'?"), "\(result.stderr)")
  }

  @Test func aFilterThatMatchesNothingFails() throws {
    let directory = try SynBinary.temporaryDirectory(with: ["one.syn": "test \"smoke\"\nget usage\n"])
    let typo = try SynBinary.run(["test", "--filter", "smoek", "."], in: directory)
    #expect(typo.exitCode == 1)
    #expect(typo.stderr.contains("--filter 'smoek' matches no test case"), "\(typo.stderr)")
    let match = try SynBinary.run(["test", "--filter", "smo", "."], in: directory)
    #expect(match.exitCode == 0, "\(match.stderr)")
  }

  @Test func aPortInUseIsSaidWithTheOptionThatFixesIt() throws {
    let first = try ServedSimulator()
    defer { _ = first.stop() }
    let port = String(first.origin.split(separator: ":").last ?? "")
    let second = try SynBinary.run(["serve", "--port", port])
    #expect(second.exitCode == 3)
    #expect(
      second.stderr.contains("syn serve: port \(port) is in use: choose another with --port, or --port 0"),
      "\(second.stderr)")
    #expect(!second.stderr.contains("errno") && !second.stderr.contains("descriptor"), "\(second.stderr)")
  }

  @Test func aVariableNothingBindsRefusesTheRunAndSendsNothing() throws {
    let directory = try SynBinary.temporaryDirectory(with: [
      "typo.syn": "create profile name=a as alice\nprint \"created\"\nget profile $alcie.id\n"
    ])
    let result = try SynBinary.run(["run", "typo.syn"], in: directory)
    #expect(result.exitCode == 2)
    #expect(result.stderr.contains("typo.syn:3:13: error: undefined variable '$alcie'"), "\(result.stderr)")
    #expect(result.stderr.contains("did you mean 'alice'?"), "\(result.stderr)")
    #expect(!result.stdout.contains("created"), "nothing ran: \(result.stdout)")
    let defined = try SynBinary.run(["run", "--var", "alcie=x", "typo.syn"], in: directory)
    #expect(!defined.stderr.contains("undefined variable"), "\(defined.stderr)")
  }

  @Test func testChecksEveryFileBeforeAnyCaseRuns() throws {
    let directory = try SynBinary.temporaryDirectory(with: [
      "a.syn": "test \"good\"\nprint \"good ran\"\n",
      "b.syn": "test \"bad\"\nlist profiles\ndelete profil $last.id\n",
    ])
    let result = try SynBinary.run(["test", "."], in: directory)
    #expect(result.exitCode == 2)
    #expect(!result.stdout.contains("good ran"), "\(result.stdout)")
    #expect(result.stdout.contains("b.syn (does not pass syn check)"), "\(result.stdout)")
    #expect(result.stdout.contains("nothing ran: 1 file did not pass the checks"), "\(result.stdout)")
  }

  @Test func missingRequiredFieldsWarnButRun() throws {
    let directory = try SynBinary.temporaryDirectory(with: [
      "negative.syn": "create profile externalId=x\nexpect status 400\n"
    ])
    let result = try SynBinary.run(["run", "negative.syn"], in: directory)
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(
      result.stderr.contains("negative.syn:1:1: warning: create profile needs the field name: none given"),
      "\(result.stderr)")
  }

  @Test func checkTakesDirectories() throws {
    let directory = try SynBinary.temporaryDirectory(with: [
      "suite/one.syn": "list profiles\n", "suite/deeper/two.syn": "lst profiles\n",
    ])
    let result = try SynBinary.run(["check", "suite"], in: directory)
    #expect(result.exitCode == 2)
    #expect(result.stderr.contains("two.syn:1:1: error: unknown verb 'lst'"), "\(result.stderr)")
  }
}
