import SynCatalog
import SynHTTP
import SynJSON

/// `GET /_sim/requests?since=&limit=&method=&path=`: which journal entries
/// to answer, as `{"requests": [...]}`, newest last (docs/live.md, "The request journal").
struct JournalQuery: Sendable {
  static let parameters = ["since", "limit", "method", "path"]

  /// Only entries with a greater sequence number.
  private let since: Int
  /// At most this many, the newest of those chosen.
  private let limit: Int?
  private let method: String?
  /// A path, or a template such as `/v1/profiles/{id}`.
  private let path: PathTemplate?

  init(_ query: [QueryItem]) throws(APIError) {
    if let unknown = query.first(where: { !Self.parameters.contains($0.name) }) {
      throw .validation(
        field: unknown.name,
        "unknown parameter \(unknown.name); /_sim/requests takes \(Self.parameters.joined(separator: ", "))")
    }
    since = try query.integer(named: "since", in: 0...Int.max) ?? 0
    limit = try query.integer(named: "limit", in: 1...Int.max)
    method = query.value(named: "method")?.uppercased()
    if let template = query.value(named: "path") {
      guard template.hasPrefix("/") else {
        throw .validation(field: "path", "path must start with /, e.g. /v1/profiles/{id} (got \"\(template)\")")
      }
      path = PathTemplate(template)
    } else {
      path = nil
    }
  }

  /// The entries of `journal` the query chose, oldest first.
  func entries(in journal: RequestJournal) -> [RequestJournal.Entry] {
    let chosen = journal.entries.filter { entry in
      entry.sequenceNumber > since && (method == nil || entry.request.method == method)
        && (path == nil || path?.match(pathSegments(entry.request.path)) != nil)
    }
    return Array(chosen.suffix(limit ?? chosen.count))
  }
}

extension RequestJournal.Entry {
  /// `{"seq","time","method","path","query","headers","body","status"}`: header
  /// names lowercased (`.headers.idempotency-key`) with keys masked, the body
  /// parsed when it is JSON, else its text, and null when empty. Keys are
  /// masked here, when read: recording stays an append.
  var json: JSONValue {
    [
      "seq": .int(sequenceNumber), "time": .string(time.iso8601), "method": .string(request.method),
      "path": .string(request.path), "query": .object(queryJSON), "headers": .object(headersJSON),
      "body": bodyJSON, "status": .int(status),
    ]
  }

  /// A repeated parameter holds an array of its values.
  private var queryJSON: JSONObject {
    Self.grouped(request.query.map { ($0.name, $0.value) }) { earlier, value in
      .array((earlier.arrayValue ?? [earlier]) + [.string(value)])
    }
  }

  /// A repeated header holds its values joined with `, `, as HTTP joins them.
  private var headersJSON: JSONObject {
    Self.grouped(request.headers.map { ($0.name.lowercased(), KeyMask.masked($0.value, inHeader: $0.name)) }) {
      earlier, value in .string((earlier.stringValue ?? "") + ", " + value)
    }
  }

  private var bodyJSON: JSONValue {
    guard !request.body.isEmpty else { return .null }
    return (try? JSONValue(parsing: request.body)) ?? .string(String(decoding: request.body, as: UTF8.self))
  }

  /// Name-value pairs as an object in first-seen order, a repeated name's
  /// values combined by `repeated` (earlier value, next value).
  private static func grouped(
    _ pairs: [(String, String)], repeated: (JSONValue, String) -> JSONValue
  ) -> JSONObject {
    var object = JSONObject()
    for (name, value) in pairs {
      object[name] = object[name].map { repeated($0, value) } ?? .string(value)
    }
    return object
  }
}
