import Foundation
import Testing

/// `syn test` for CI: parallel files, shards, selection, fail-fast, reports, finally and loops.
@Suite struct TestRunnerTests {
  /// Three files with two cases each; `b.syn`'s second case fails.
  static let suite = [
    "a.syn": "test \"a one\"\nget health\nexpect status 200\n\ntest \"a two\"\nlist profiles\nexpect status 200\n",
    "b.syn":
      "test \"b one\"\nlist profiles\nexpect .data count == 1\n\ntest \"b two\"\nlist profiles\nexpect .data count == 5\n",
    "sub/c.syn": "test \"c one\"\nget usage\nexpect .plan == \"starter\"\n\ntest \"c two\"\nskip \"later\"\n",
  ]

  private func caseLines(_ output: String) -> [String] {
    output.split(separator: "\n").map(String.init).filter {
      $0.hasPrefix("PASS") || $0.hasPrefix("FAIL") || $0.hasPrefix("SKIP")
    }
  }

  /// `PASS  a.syn › a one (0.3 ms)` without the time, for comparing runs.
  private func outcomes(_ output: String) -> [String] {
    caseLines(output).map { line in line.split(separator: " (").first.map(String.init) ?? line }.sorted()
  }

  @Test func parallelRunGivesTheSameResultsAsSequential() throws {
    let directory = try SynBinary.temporaryDirectory(with: Self.suite)
    let sequential = try SynBinary.run(["test", "--jobs", "1", "."], in: directory)
    let parallel = try SynBinary.run(["test", "--jobs", "2", "."], in: directory)
    #expect(sequential.exitCode == 4)
    #expect(parallel.exitCode == 4)
    #expect(outcomes(sequential.stdout) == outcomes(parallel.stdout))
    #expect(outcomes(parallel.stdout).count == 6)
    #expect(parallel.stdout.hasSuffix("4 passed, 1 failed, 1 skipped\n"))
  }

  @Test func shardsTogetherRunEveryCaseExactlyOnce() throws {
    var files: [String: String] = [:]
    for index in 0..<10 {
      files["s\(index).syn"] = "test \"case \(index)\"\nget health\nexpect status 200\n"
    }
    let directory = try SynBinary.temporaryDirectory(with: files)
    var seen: [String] = []
    for shard in 1...3 {
      let result = try SynBinary.run(["test", "--shard", "\(shard)/3", "."], in: directory)
      #expect(result.exitCode == 0)
      let lines = outcomes(result.stdout)
      #expect(!lines.isEmpty, "every shard gets work with 10 files and 3 shards")
      seen += lines
    }
    #expect(seen.sorted() == (0..<10).map { "PASS  ./s\($0).syn › case \($0)" }.sorted())
  }

  @Test func badShardIsAUsageError() throws {
    let result = try SynBinary.run(["test", "--shard", "4/3", "examples"])
    #expect(result.exitCode == 1)
    #expect(result.stderr.contains("--shard needs K/N"))
  }

  @Test func filterSelectsCasesByName() throws {
    let directory = try SynBinary.temporaryDirectory(with: Self.suite)
    let result = try SynBinary.run(["test", "--filter", "one", "."], in: directory)
    #expect(result.exitCode == 0)
    #expect(outcomes(result.stdout) == ["PASS  ./a.syn › a one", "PASS  ./b.syn › b one", "PASS  ./sub/c.syn › c one"])
  }

  @Test func fileColonLineRunsTheCaseAtThatLine() throws {
    let directory = try SynBinary.temporaryDirectory(with: Self.suite)
    let result = try SynBinary.run(["test", "b.syn:6"], in: directory)
    #expect(result.exitCode == 4)
    #expect(outcomes(result.stdout) == ["FAIL  b.syn › b two"])
  }

  @Test func failFastStopsAfterTheFirstFailure() throws {
    let directory = try SynBinary.temporaryDirectory(with: [
      "one.syn": "test \"fails\"\nfail \"boom\"\n\ntest \"never runs\"\nget health\n"
    ])
    let result = try SynBinary.run(["test", "--fail-fast", "one.syn"], in: directory)
    #expect(result.exitCode == 4)
    #expect(outcomes(result.stdout) == ["FAIL  one.syn › fails"])
    #expect(result.stdout.hasSuffix("0 passed, 1 failed\n"))
  }

  @Test func junitReportValidatesAgainstTheSchema() throws {
    // bad.syn passes the checks before the run (`later` is bound, further down) but errs at run time.
    let bad = "test \"bad\"\nprint $later\nlet later = 1\n"
    let directory = try SynBinary.temporaryDirectory(with: Self.suite.merging(["bad.syn": bad]) { $1 })
    let result = try SynBinary.run(["test", "--report", "junit=out.xml", "."], in: directory)
    #expect(result.exitCode == 3)
    let schema = SynBinary.packageRoot.appendingPathComponent("Tests/SynEndToEndTests/Fixtures/junit.xsd").path
    let check = try SynBinary.tool("xmllint", ["--noout", "--schema", schema, "out.xml"], in: directory)
    #expect(check.exitCode == 0, "xmllint: \(check.stderr)")
    let xml = try String(contentsOf: directory.appendingPathComponent("out.xml"), encoding: .utf8)
    #expect(xml.contains("<testsuites name=\"syn\" tests=\"7\" failures=\"1\" errors=\"1\" skipped=\"1\""))
    #expect(xml.contains("<testcase name=\"b two\" classname=\"./b.syn\""))
    #expect(
      xml.contains(
        "<failure message=\"./b.syn:7:1: expectation failed: expect .data count == 5\" type=\"expectation\">"))
    #expect(xml.contains("<skipped message=\"later\"/>"))
  }

  @Test func tapReportParsesWithATAPConsumer() throws {
    let directory = try SynBinary.temporaryDirectory(with: Self.suite)
    _ = try SynBinary.run(["test", "--jobs", "2", "--report", "tap=out.tap", "."], in: directory)
    let reader = """
      import sys
      from tap.parser import Parser
      results = [line for line in Parser().parse_file(sys.argv[1]) if line.category == "test"]
      print(len(results), sum(1 for r in results if r.ok), sum(1 for r in results if r.skip))
      failed = next(r for r in results if not r.ok)
      print(failed.description)
      print(failed.yaml_block["message"])
      """
    let parsed = try SynBinary.tool("python3", ["-c", reader, "out.tap"], in: directory)
    #expect(parsed.exitCode == 0, "tap.py: \(parsed.stderr)")
    #expect(parsed.stdout == "6 5 1\n- ./b.syn › b two\n./b.syn:7:1: expectation failed: expect .data count == 5\n")
  }

  @Test func jsonReportListsEveryCase() throws {
    let directory = try SynBinary.temporaryDirectory(with: Self.suite)
    // Folders of the report's path are created, as CI configurations expect (`reports/syn.json`).
    _ = try SynBinary.run(["test", "--report", "json=reports/run/out.json", "."], in: directory)
    let data = try Data(contentsOf: directory.appendingPathComponent("reports/run/out.json"))
    let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let summary = try #require(report["summary"] as? [String: Int])
    #expect(summary == ["passed": 4, "failed": 1, "skipped": 1])
    let cases = try #require(report["cases"] as? [[String: Any]])
    #expect(cases.count == 6)
    let failed = try #require(cases.first { $0["status"] as? String == "failed" })
    #expect(failed["name"] as? String == "b two")
    let failure = try #require(failed["failure"] as? [String: String])
    #expect(failure["kind"] == "expectation")
    #expect(failure["detail"]?.contains("  actual:   count 1: ") == true)
  }

  @Test func finallyRunsAfterAFailedExpectationAndAfterARuntimeError() throws {
    let script = """
      test "expectation"
      create profile name=keep as p
      expect status 500
      finally {
        print "cleanup after expectation" $p.name
      }

      test "runtime error"
      print $unboundHere
      finally {
        print "cleanup after runtime error"
      }

      test "failing cleanup fails a passing case"
      get health
      finally {
        expect status 418
      }

      # Bound in this case only, so the check before the run passes and the case above fails at run time.
      test "binds"
      let unboundHere = 1
      """
    let directory = try SynBinary.temporaryDirectory(with: ["f.syn": script])
    let result = try SynBinary.run(["test", "f.syn"], in: directory)
    #expect(result.stdout.contains("cleanup after expectation keep\n"))
    #expect(result.stdout.contains("cleanup after runtime error\n"))
    #expect(outcomes(result.stdout).count == 4)
    #expect(caseLines(result.stdout).filter { $0.hasPrefix("FAIL") }.count == 3)
    #expect(result.stdout.contains("expect status 418"))
  }

  @Test func forLoopsOverArraysAndCSVAndJSONFiles() throws {
    let script = """
      for name in ["ann", "bob"] {
        create profile name=$name externalId="x-$name"
        expect status 201
      }
      for row in csv "people.csv" {
        create profile name=$row.name externalId=$row.id
        expect .name == $row.name
      }
      for item in json "more.json" {
        create profile name=$item.name
      }
      list profiles
      expect .data count == 7
      expect .data[4].name == "Zoë, \\"Z\\""
      """
    let directory = try SynBinary.temporaryDirectory(with: [
      "loop.syn": script,
      "people.csv": "id,name\nc1,carl\nc2,\"Zoë, \"\"Z\"\"\"\n",
      "more.json": #"[{"name": "dan"}, {"name": "eve"}]"#,
    ])
    let result = try SynBinary.run(["run", "loop.syn"], in: directory)
    #expect(result.exitCode == 0, "stderr: \(result.stderr)")
  }

  @Test func aRefusedRunReportsTheFileThatRefusedItInJUnit() throws {
    let directory = try SynBinary.temporaryDirectory(with: Self.suite.merging(["bad.syn": "expect .x ==\n"]) { $1 })
    let result = try SynBinary.run(["test", "--report", "junit=out.xml", "."], in: directory)
    #expect(result.exitCode == 2)
    #expect(caseLines(result.stdout) == ["FAIL  ./bad.syn (does not parse)"], "\(result.stdout)")
    let schema = SynBinary.packageRoot.appendingPathComponent("Tests/SynEndToEndTests/Fixtures/junit.xsd").path
    let check = try SynBinary.tool("xmllint", ["--noout", "--schema", schema, "out.xml"], in: directory)
    #expect(check.exitCode == 0, "xmllint: \(check.stderr)")
    let xml = try String(contentsOf: directory.appendingPathComponent("out.xml"), encoding: .utf8)
    #expect(xml.contains("<testsuites name=\"syn\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\""), "\(xml)")
  }
}
