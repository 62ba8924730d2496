import Foundation
import SynHTTP
import SynLanguage
import Testing

@testable import SynREPL

/// What Tab does with the candidates, and which lines the history keeps.
@Suite struct TabActionTests {
  @Test func aSingleCandidateIsTypedWithItsTerminator() {
    let completion = Completion(word: "cre", candidates: [Candidate("create")])
    #expect(TabAction(completion, repeated: false) == .insert("ate "))
    let key = Completion(word: "na", candidates: [Candidate("name", terminator: "=")])
    #expect(TabAction(key, repeated: false) == .insert("me="))
    let directory = Completion(word: "sh", candidates: [Candidate("shared/", terminator: "")])
    #expect(TabAction(directory, repeated: false) == .insert("ared/"))
  }

  @Test func severalCandidatesExtendToTheirCommonPrefix() {
    let completion = Completion(word: "pr", candidates: [Candidate("print"), Candidate("println")])
    #expect(TabAction(completion, repeated: false) == .insert("int"))
  }

  @Test func firstTabBeepsSecondTabLists() {
    let completion = Completion(
      word: "p", candidates: [Candidate("profile"), Candidate("post", display: "post!")])
    #expect(TabAction(completion, repeated: false) == .beep)
    #expect(TabAction(completion, repeated: true) == .list(["profile", "post!"]))
    #expect(TabAction(.none, repeated: true) == .beep)
  }

  @Test func commonPrefixCountsCharactersNotBytes() {
    let completion = Completion(word: "é", candidates: [Candidate("éclair.syn"), Candidate("éclat.syn")])
    #expect(TabAction(completion, repeated: false) == .insert("cla"))
  }

  @Test func candidateColumnsFillDownThenAcross() {
    let items = ["account", "health", "post", "profile", "usage"]
    #expect(CandidateColumns.format(items, width: 80) == "account  health   post     profile  usage")
    #expect(CandidateColumns.format(items, width: 20) == "account  profile\nhealth   usage\npost")
    #expect(CandidateColumns.format(items, width: 3) == items.joined(separator: "\n"))
    #expect(CandidateColumns.format([], width: 80) == "")
  }
}

@Suite struct HistoryTests {
  @Test func linesWithKeysAreNeverRecorded() {
    let secret = [
      "set apiKey \"sk_live_0123456789abcdef\"",
      "set   apikey $env.SYNPOSTER_API_KEY",
      "syn --api-key abc",
      "get usage x-api-key:abc",
      "send GET /api/v4/roles Authorization:\"API 1234\"",
      "print \"sk_live_abc123\"",
      "let k = \"sk_test_abc\"",
    ]
    for line in secret {
      #expect(KeyFilter.holdsKey(line), "\(line)")
      #expect(!HistoryPolicy.shouldRecord(line), "\(line)")
    }
    let harmless = ["create profile name=settings", "get profile $alice.id", "print \"apiKey\"", "list profiles"]
    for line in harmless {
      #expect(!KeyFilter.holdsKey(line), "\(line)")
      #expect(HistoryPolicy.shouldRecord(line), "\(line)")
    }
    #expect(!HistoryPolicy.shouldRecord("   "))
  }

  @Test func keysAreMaskedForDisplay() {
    #expect(KeyMask.abbreviating("{\"k\":\"sk_live_abc123\"}") == "{\"k\":\"sk_live_****\"}")
    #expect(KeyFilter.replacingKeys(in: "a sk_live_x1 b", with: "KEY") == "a KEY b")
  }

  @Test func aMultiLineJSONLiteralIsRecalledAsOneLine() {
    let lines = ["create profile name=x metadata={", "  \"tier\": \"pro\",", "  \"n\": 1", "}"]
    #expect(HistoryPolicy.entries(for: lines) == ["create profile name=x metadata={ \"tier\": \"pro\", \"n\": 1 }"])
  }

  @Test func backslashContinuationsJoin() {
    #expect(HistoryPolicy.entries(for: ["create profile \\", "  name=x"]) == ["create profile name=x"])
    let continuedString = ["print \"abc\\", "def\""]
    #expect(HistoryPolicy.entries(for: continuedString) == continuedString, "joining would change the string")
  }

  @Test func blocksStayOnTheirLines() {
    let lines = ["repeat 2 {", "  create profile name=p$i", "}"]
    #expect(HistoryPolicy.entries(for: lines) == lines)
    #expect(HistoryPolicy.entries(for: ["get usage"]) == ["get usage"])
  }

  @Test func historyFileLocation() {
    #expect(HistoryPolicy.path(environment: ["SYN_HISTORY": "/tmp/h", "HOME": "/home/u"]) == "/tmp/h")
    #expect(HistoryPolicy.path(environment: ["HOME": "/home/u"]) == "/home/u/.syn_history")
    #expect(HistoryPolicy.path(environment: ["SYN_HISTORY": "", "HOME": "/home/u"]) == nil)
    #expect(HistoryPolicy.path(environment: [:]) == nil)
  }
}

@Suite struct MetaCommandParsingTests {
  @Test func commandsAndArguments() throws {
    #expect(try MetaCommand.parse(":help").get() == .help([]))
    #expect(try MetaCommand.parse(":help create profile").get() == .help(["create", "profile"]))
    #expect(try MetaCommand.parse(":vars").get() == .vars)
    #expect(try MetaCommand.parse(":q").get() == .quit)
    #expect(try MetaCommand.parse(":save  my session.syn ").get() == .save("my session.syn", expectations: false))
    #expect(try MetaCommand.parse(":save --expect  \"a b.syn\"").get() == .save("a b.syn", expectations: true))
    #expect(try MetaCommand.parse(":load \"a b.syn\"").get() == .load("a b.syn"))
  }

  @Test func mistakesAreExplained() {
    #expect(
      MetaCommand.parse(":hlep")
        == .failure(MetaCommandError("unknown command ':hlep'; did you mean ':help'?; :help lists them")))
    #expect(
      MetaCommand.parse(":hist")
        == .failure(MetaCommandError("unknown command ':hist'; did you mean ':history'?; :help lists them")))
    #expect(MetaCommand.parse(":save") == .failure(MetaCommandError(":save needs a file name, like :save session.syn")))
    #expect(
      MetaCommand.parse(":save --expect")
        == .failure(MetaCommandError(":save --expect needs a file name, like :save --expect session.syn")))
    #expect(
      MetaCommand.parse(":save --expected x.syn")
        == .failure(MetaCommandError("unknown option '--expected': :save takes --expect before the file")))
    #expect(MetaCommand.parse(":vars x") == .failure(MetaCommandError(":vars takes no arguments")))
  }
}
