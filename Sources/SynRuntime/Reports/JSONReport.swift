import SynHTTP
import SynJSON
import SynLanguage

extension CleanupRecord.Outcome {
  /// `deleted`, `alreadyGone`, `notDeleted`: the JSON report's spelling.
  var key: String {
    switch self {
    case .deleted: "deleted"
    case .alreadyGone: "alreadyGone"
    case .notDeleted: "notDeleted"
    }
  }
}

/// Every case with its status, time and failure detail, as JSON, with the version of syn that ran them.
enum JSONReport {
  static func render(_ summary: TestRunner.Summary) -> String {
    var cases: [JSONValue] = []
    for file in summary.files {
      if let failure = file.loadFailure {
        cases.append(
          [
            "file": .string(file.file), "name": "(load)", "status": "failed", "ms": 0,
            "failure": ["kind": "parse", "message": "the file did not load", "detail": .string(failure)],
          ])
      }
      for result in file.results {
        var entry: JSONValue = [
          "file": .string(result.file), "name": .string(result.name), "status": .string(result.outcome.statusName),
          "ms": .number(JSONNumber(result.milliseconds)),
        ]
        if case .skipped(let reason) = result.outcome {
          entry.setValue(.string(reason), at: JSONPath(steps: [.key("reason")]))
        }
        if let (message, detail) = result.failureSummary {
          let kind = result.isError ? "error" : "expectation"
          entry.setValue(
            ["kind": .string(kind), "message": .string(message), "detail": .string(detail)],
            at: JSONPath(steps: [.key("failure")]))
        }
        if let comparison = result.comparison {
          entry.setValue(differences(comparison), at: JSONPath(steps: [.key("differences")]))
        }
        if !result.cleanup.isEmpty {
          entry.setValue(.array(result.cleanup.map(json)), at: JSONPath(steps: [.key("cleanup")]))
        }
        cases.append(entry)
      }
    }
    let report: JSONValue = [
      "synVersion": .string(SynVersion.current),
      "summary": [
        "passed": .number(JSONNumber(summary.passed)), "failed": .number(JSONNumber(summary.failed)),
        "skipped": .number(JSONNumber(summary.skipped)),
      ],
      // Beside `summary`, whose members are all case counts: what the cleanup after the cases did.
      "cleanup": .object(
        JSONObject(
          [CleanupRecord.Outcome.deleted, .alreadyGone, .notDeleted].map { outcome in
            .init(key: outcome.key, value: .number(JSONNumber(summary.cleanup.count { $0.outcome == outcome })))
          })),
      "cases": .array(cases),
    ]
    return report.prettyText() + "\n"
  }

  /// `--compare`'s differences: where, what, and each side's value as the line shows it, under the side's name.
  private static func differences(_ comparison: CaseComparison) -> JSONValue {
    .array(
      comparison.differences.map { found in
        let difference = found.difference
        var members: [JSONObject.Member] = [
          .init(key: "file", value: .string(found.location.file)),
          .init(key: "line", value: .number(JSONNumber(found.location.line))),
          .init(key: "statement", value: .string(KeyMask.masking(found.statement))),
          .init(key: "occurrence", value: .number(JSONNumber(found.occurrence))),
          .init(key: "kind", value: .string(difference.kind.rawValue)),
        ]
        if let path = difference.path {
          members.append(.init(key: "path", value: .string(path.description)))
        }
        members += [
          .init(key: comparison.sides.first, value: .string(KeyMask.masking(difference.first))),
          .init(key: comparison.sides.second, value: .string(KeyMask.masking(difference.second))),
        ]
        return .object(JSONObject(members))
      })
  }

  /// `{resource, id, operation, status, outcome, reason}`; `status` null when no answer came, `reason` when not deleted.
  private static func json(_ record: CleanupRecord) -> JSONValue {
    var entry: JSONValue = [
      "resource": .string(record.resource), "id": .string(record.id), "operation": .string(record.operation),
      "status": record.status.map { .number(JSONNumber($0)) } ?? .null, "outcome": .string(record.outcome.key),
    ]
    if let reason = record.reason {
      entry.setValue(.string(reason), at: JSONPath(steps: [.key("reason")]))
    }
    return entry
  }
}
