import SynCatalog
import SynHTTP
import SynJSON
import SynLanguage

extension Interpreter {
  /// A `mock` statement: a request to the simulator's `/_sim` control plane
  /// for this session's tenant. Control answers replace the last response too.
  /// A refusal of the statement itself (a bad value, nothing to act on) is a
  /// runtime error; any other answer, such as the 400 `invalid_state` of a
  /// connect flow that expired, is a response the script checks with `expect`.
  func perform(_ command: MockCommand, of statement: Statement) async throws(Interruption) {
    guard session.hasControlPlane else {
      throw .skipped(
        reason: "mock needs the simulator's control plane (--backend mock, or a live backend on syn serve)")
    }
    let (label, request) = try controlRequest(for: command, in: statement)
    let exchange = try await send(request, api: session.api, in: statement)
    guard (200..<300).contains(exchange.response.status) else {
      guard exchange.response.headers[ControlRoute.refusalHeader] != nil else { return }
      let message = exchange.json?["message"]?.stringValue ?? exchange.bodyText
      throw .runtimeError(
        .runtime(at: statement, "mock \(label) failed: the simulator answered \(exchange.response.status): \(message)"))
    }
    if case .save(let file) = command {
      try writeTenantState(exchange.response.body, to: file, in: statement)
    }
  }

  /// What `command` is called in messages, and its control request.
  private func controlRequest(for command: MockCommand, in statement: Statement) throws(Interruption) -> (
    String, HTTPRequest
  ) {
    switch command {
    case .save(let file):
      let name = try fileName(file, in: statement)
      return ("save \"\(name)\"", ControlRoute.tenantState.get())
    case .load(let file):
      let name = try fileName(file, in: statement)
      return ("load \"\(name)\"", ControlRoute.loadTenant(try readTenantState(from: file, in: statement)))
    case .reset:
      return post(.reset, JSONObject())
    case .plan(let plan):
      return post(.plan, JSONObject([.init(key: "plan", value: .string(plan.text))]))
    case .clock(.set(let value)):
      return post(.clock, JSONObject([.init(key: "set", value: try require(value, in: statement))]))
    case .clock(.advance(let seconds)):
      return post(.clock, JSONObject([.init(key: "advanceSeconds", value: .number(JSONNumber(seconds)))]))
    case .seed(let value):
      return post(.seed, JSONObject([.init(key: "seed", value: try require(value, in: statement))]))
    case .usage(let items):
      return post(.usage, try object(from: items, in: statement))
    case .authorize(let items):
      return post(.authorize, try object(from: items, in: statement))
    case .listing(let items):
      return ("listing", ControlRoute.synupListings.post(try object(from: items, in: statement)))
    case .finish(let items):
      return ("finish", ControlRoute.synupFinish.post(try object(from: items, in: statement)))
    case .review(let items):
      return ("review", ControlRoute.synupReviews.post(try object(from: items, in: statement)))
    case .feedback(let items):
      return ("feedback", ControlRoute.synupFeedback.post(try object(from: items, in: statement)))
    case .webhook(let items):
      return ("webhook", ControlRoute.synupWebhook.post(try object(from: items, in: statement)))
    case .deliveries(let items):
      return ("deliveries", try get(.synupDeliveries, items, in: statement))
    case .requests(let items):
      return ("requests", try get(.requests, items, in: statement))
    case .fault(let status, let times, let operation):
      var body = JSONObject([
        .init(key: "status", value: .number(JSONNumber(status))),
        .init(key: "times", value: .number(JSONNumber(times))),
      ])
      if let operation {
        let request = CatalogRequest(
          verb: operation.verb, noun: operation.noun, positionals: [], items: [], binding: nil)
        let (_, resolved) = try self.operation(for: request, in: statement)
        body["method"] = .string(resolved.method)
        body["path"] = .string(resolved.path)
      }
      return post(.fault, body)
    }
  }

  /// A `POST /_sim/ROUTE` of `body`, called ROUTE in messages.
  private func post(_ route: ControlRoute, _ body: JSONObject) -> (String, HTTPRequest) {
    (route.rawValue, route.post(body))
  }

  /// A `GET /_sim/ROUTE` with `items` as its query.
  private func get(_ route: ControlRoute, _ items: [Item], in statement: Statement) throws(Interruption) -> HTTPRequest
  {
    let query = try object(from: items, in: statement).map { member in
      QueryItem(name: member.key, value: member.value.stringValue ?? member.value.compactText)
    }
    return HTTPRequest(method: "GET", path: route.path, query: query)
  }

  /// `key=value` items of a control statement as a JSON object (bare words typed generically: `posts=19` is a number).
  private func object(from items: [Item], in statement: Statement) throws(Interruption) -> JSONObject {
    var object = JSONObject()
    for item in items {
      if case .bareWord(let word) = item.value {
        object[item.key] = Interpreter.generic(word)
      } else {
        object[item.key] = try require(item.value, in: statement)
      }
    }
    return object
  }
}
