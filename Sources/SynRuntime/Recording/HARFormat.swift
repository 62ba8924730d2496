import Foundation
import SynHTTP
public import SynJSON

/// HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/), the archive
/// format browsers, proxies and API tools read and write: how syn writes a
/// recording and reads one back (its own, or any tool's).
public enum HARFormat {
  /// The whole archive: `{"log": {version, creator, pages, entries}}`, in the order the exchanges happened.
  public static func document(of exchanges: [RecordedExchange]) -> JSONValue {
    var pages: [JSONValue] = []
    var seen: Set<String> = []
    for exchange in exchanges {
      guard let page = exchange.page, seen.insert(page).inserted else { continue }
      pages.append([
        "startedDateTime": .string(timestamp(exchange.startedAt)), "id": .string(page), "title": .string(page),
        "pageTimings": ["onContentLoad": -1, "onLoad": -1],
      ])
    }
    return [
      "log": [
        "version": "1.2", "creator": ["name": "syn", "version": .string(SynVersion.current)],
        "pages": .array(pages), "entries": .array(exchanges.map(entry)),
      ]
    ]
  }

  /// The exchanges of an archive, in its order; an error says what is missing where.
  public static func exchanges(in document: JSONValue) throws(HARFormatError) -> [RecordedExchange] {
    guard let entries = document["log"]?["entries"]?.arrayValue else {
      throw HARFormatError("not a HAR file: it has no log.entries array")
    }
    return try entries.enumerated().map { (index, entry) throws(HARFormatError) in
      try exchange(entry, at: index)
    }
  }

  private static func entry(_ exchange: RecordedExchange) -> JSONValue {
    let request = exchange.request
    var requestObject: JSONObject = [
      "method": .string(request.method),
      "url": .string(exchange.origin + request.path + QueryItem.queryString(request.query)),
      "httpVersion": "HTTP/1.1", "cookies": [], "headers": headers(request.headers),
      "queryString": .array(request.query.map { ["name": .string($0.name), "value": .string($0.value)] }),
      "headersSize": -1, "bodySize": .number(JSONNumber(request.body.count)),
    ]
    if !request.body.isEmpty {
      requestObject["postData"] = [
        "mimeType": .string(request.headers["Content-Type"] ?? ""), "text": .string(text(request.body)),
      ]
    }
    let response = exchange.response ?? HTTPResponse(status: 0)
    var content: JSONObject = [
      "size": .number(JSONNumber(response.body.count)), "mimeType": .string(response.headers["Content-Type"] ?? ""),
    ]
    if !response.body.isEmpty {
      content["text"] = .string(text(response.body))
    }
    var entry: JSONObject = [
      "startedDateTime": .string(timestamp(exchange.startedAt)),
      "time": milliseconds(exchange.milliseconds),
      "request": .object(requestObject),
      "response": [
        "status": .number(JSONNumber(response.status)),
        "statusText": .string(ResponseFormatter.reasonPhrase(for: response.status) ?? ""),
        "httpVersion": "HTTP/1.1", "cookies": [], "headers": headers(response.headers), "content": .object(content),
        "redirectURL": .string(response.headers["Location"] ?? ""), "headersSize": -1,
        "bodySize": .number(JSONNumber(response.body.count)),
      ],
      "cache": [:],
      // syn sees a request's whole time only: it is all waiting, as HAR counts time.
      "timings": ["send": 0, "wait": milliseconds(exchange.milliseconds), "receive": 0],
    ]
    if let page = exchange.page { entry["pageref"] = .string(page) }
    if let statement = exchange.statement { entry["_statement"] = .string(statement) }
    if let source = exchange.source { entry["_source"] = .string(source) }
    if let failure = exchange.failure { entry["_error"] = .string(failure) }
    return .object(entry)
  }

  private static func exchange(_ entry: JSONValue, at index: Int) throws(HARFormatError) -> RecordedExchange {
    let place = "log.entries[\(index)]"
    guard let method = entry["request"]?["method"]?.stringValue, let url = entry["request"]?["url"]?.stringValue,
      let status = entry["response"]?["status"]?.numberValue?.intValue
    else {
      throw HARFormatError("\(place) lacks request.method, request.url or response.status")
    }
    let (origin, path, urlQuery) = split(url)
    let query =
      entry["request"]?["queryString"]?.arrayValue.map { items in
        items.compactMap { item in
          item["name"]?.stringValue.map { QueryItem(name: $0, value: item["value"]?.stringValue ?? "") }
        }
      } ?? urlQuery
    let request = HTTPRequest(
      method: method, path: path, query: query, headers: headers(entry["request"]?["headers"]),
      body: Array((entry["request"]?["postData"]?["text"]?.stringValue ?? "").utf8))
    let content = entry["response"]?["content"]
    var body = Array((content?["text"]?.stringValue ?? "").utf8)
    if content?["encoding"]?.stringValue == "base64", let decoded = Data(base64Encoded: Data(body)) {
      body = Array(decoded)
    }
    let failure = entry["_error"]?.stringValue
    return RecordedExchange(
      page: entry["pageref"]?.stringValue, startedAt: date(entry["startedDateTime"]?.stringValue) ?? Date(),
      milliseconds: entry["time"]?.numberValue?.doubleValue ?? 0, origin: origin, request: request,
      response: status == 0 && failure != nil
        ? nil : HTTPResponse(status: status, headers: headers(entry["response"]?["headers"]), body: body),
      failure: failure, statement: entry["_statement"]?.stringValue, source: entry["_source"]?.stringValue)
  }

  /// A time in milliseconds to the microsecond, as HAR counts time.
  private static func milliseconds(_ value: Double) -> JSONValue {
    .number(JSONNumber(finite: (value * 1000).rounded() / 1000) ?? JSONNumber(0))
  }

  private static func headers(_ headers: HTTPHeaders) -> JSONValue {
    .array(headers.map { ["name": .string($0.name), "value": .string($0.value)] })
  }

  private static func headers(_ list: JSONValue?) -> HTTPHeaders {
    HTTPHeaders(
      (list?.arrayValue ?? []).compactMap { field in
        field["name"]?.stringValue.map { ($0, field["value"]?.stringValue ?? "") }
      })
  }

  /// `https://host:8080/v1/x?a=1` as its origin, its path and its query.
  private static func split(_ url: String) -> (origin: String, path: String, query: [QueryItem]) {
    let afterScheme = url.range(of: "://").map(\.upperBound) ?? url.startIndex
    let pathStart = url[afterScheme...].firstIndex(of: "/") ?? url.endIndex
    let target = url[pathStart...]
    let queryStart = target.firstIndex(of: "?")
    let path = String(target[..<(queryStart ?? target.endIndex)])
    let query = queryStart.map { QueryItem.parse(target[target.index(after: $0)...]) } ?? []
    return (String(url[..<pathStart]), path.isEmpty ? "/" : path, query)
  }

  /// A body as HAR text; bytes that are not UTF-8 are repaired, as `show` repairs them.
  private static func text(_ bytes: [UInt8]) -> String {
    String(decoding: bytes, as: UTF8.self)
  }

  private static func timestamp(_ date: Date) -> String {
    date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
  }

  private static func date(_ text: String?) -> Date? {
    text.flatMap { try? Date($0, strategy: .iso8601) }
  }
}

/// Why a file is not a HAR archive syn can replay.
public struct HARFormatError: Error, Sendable, CustomStringConvertible {
  public var description: String

  init(_ description: String) {
    self.description = description
  }
}
