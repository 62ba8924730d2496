import SynCatalog
import SynJSON

/// What each tenant control route does, and the small JSON it answers.
extension ControlEndpoint.TenantControl {
  func perform(_ fields: RequestFields, on tenant: Tenant) throws(APIError) -> JSONValue {
    switch self {
    case .reset:
      tenant.reset()
      return tenant.withState { $0.snapshot(tenantID: tenant.id) }
    case .state:
      return tenant.withState { $0.snapshot(tenantID: tenant.id) }
    case .plan:
      let plan = try fields.required("plan", fields.plan("plan"))
      return tenant.withState { state in
        state.billing.change(to: plan, at: state.now)
        return ["plan": .string(plan.rawValue)]
      }
    case .clock:
      let change = try ClockChange(fields)
      return try tenant.withState { state throws(APIError) in
        state.moveClock(to: try change.applied(to: state.now))
        return ["now": .string(state.now.iso8601)]
      }
    case .seed:
      let seed = try fields.required("seed", fields.integer("seed", in: Int.min...Int.max))
      return tenant.withState { state in
        state.ids = IDGenerator(seed: seed)
        state.synup.dataSeed = DataSeed(seed)
        return ["seed": .int(seed)]
      }
    case .fault:
      let fault = try Fault(fields)
      return tenant.withState { state in
        state.faults.add(fault)
        return ["faults": state.faults.json]
      }
    case .usage:
      let posts = try fields.required("posts", fields.integer("posts", in: 0...Int.max))
      return tenant.withState { state in
        state.billing.setPostsUsed(posts, at: state.now)
        return state.usageJSON
      }
    case .rateLimit:
      let limit = try fields.integerOrNull("limit", in: 1...Int.max)
      return tenant.withState { state in
        state.rateLimiter = limit.map(RateLimiter.init(limit:))
        return ["limit": limit.map(JSONValue.int) ?? .null]
      }
    case .authorize:
      let decision = try EndUserDecision(
        decision: fields.string("decision"), handle: fields.string("handle"),
        platformAccountId: fields.digits("platformAccountId"))
      let synupDecision = try SynupConnectDecision(fields)
      return try tenant.withState { state throws(APIError) in
        try state.authorizeLatestFlow(synposter: decision, synup: synupDecision)
      }
    case .publishFailures:
      let failure = try PublishFailure(fields)
      return tenant.withState { state in
        state.publisher.injectedFailures.add(failure)
        return ["publishFailures": state.publisher.injectedFailures.json]
      }
    case .synupDeliveries:
      return try tenant.withState { state throws(APIError) in try state.synup.outbox.deliveriesJSON(fields) }
    case .publisher:
      let cap = try fields.integerOrNull("appDailyCap", in: 0...Int.max)
      return tenant.withState { state in
        state.publisher.appDailyCap = cap
        return ["appDailyCap": cap.map(JSONValue.int) ?? .null]
      }
    case .synupListings:
      let request = try ListingOverrideRequest(fields)
      return try tenant.withState { state throws(APIError) in try state.synup.overrideListing(request, at: state.now) }
    case .synupFinish:
      let finish = try SynupFinish(fields)
      return try tenant.withState { state throws(APIError) in try finish.perform(on: &state) }
    case .synupReview:
      return try tenant.withState { state throws(APIError) in try state.synup.injectReview(fields, at: state.now) }
    case .synupFeedback:
      return try tenant.withState { state throws(APIError) in try state.synup.giveFeedback(fields, at: state.now) }
    }
  }
}

extension RequestFields {
  /// The whole number `name` within `range`, or nil for an explicit `null`
  /// (a setting turned off); the member must be there.
  fileprivate func integerOrNull(_ name: String, in range: ClosedRange<Int>) throws(APIError) -> Int? {
    let value = try required(name, object[name])
    return value.isNull ? nil : try integer(name, in: range)
  }

  /// The id `name` as its digits, sent as a string or a whole number (`mock authorize platformAccountId=123`).
  fileprivate func digits(_ name: String) throws(APIError) -> String? {
    guard let number = value(name)?.numberValue else { return try string(name) }
    guard number.intValue != nil else {
      throw .validation(field: field(name), "\(field(name)) must be a string of digits, not \(number)")
    }
    return number.text
  }
}

extension PublishFailure {
  /// Reads a `POST /_sim/publish-failures` body: `code` (a `results[].error.code`),
  /// `times` (default 1) and optionally the `accountId` it is for.
  init(_ fields: RequestFields) throws(APIError) {
    let name = try fields.required("code", fields.string("code"))
    guard let code = PublishError.Code(rawValue: name) else {
      throw .validation(
        field: "code",
        "code must be one of \(PublishError.Code.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(name)\"")
    }
    self.code = code
    remaining = try fields.integer("times", in: 1...Int.max) ?? 1
    accountId = try fields.string("accountId").map { text throws(APIError) in
      try fields.resourceID(text, of: "accountId")
    }
  }
}

extension TenantState {
  /// `GET /_sim/state`: the tenant at a glance, for debugging.
  func snapshot(tenantID: String) -> JSONValue {
    [
      "tenantId": .string(tenantID),
      "plan": .string(billing.plan.rawValue),
      "now": .string(now.iso8601),
      "seed": .int(ids.seed),
      "profiles": .int(profiles.count),
      "faults": faults.json,
      "rateLimit": rateLimiter.map { .int($0.limit) } ?? .null,
    ]
  }
}

/// A `POST /_sim/clock` body: exactly one of `set`, `advance`, `advanceSeconds`.
struct ClockChange: Sendable {
  private enum Kind: Sendable {
    case set(Timestamp)
    case advance(seconds: Int)
  }

  private let kind: Kind

  init(_ fields: RequestFields) throws(APIError) {
    let given = ["set", "advance", "advanceSeconds"].filter(fields.has)
    guard given.count == 1 else {
      throw .validation(field: nil, "Send exactly one of set, advance, advanceSeconds")
    }
    if let text = try fields.string("set") {
      guard let time = Timestamp(iso8601: text) else {
        throw .validation(field: "set", "set must be an ISO 8601 time such as 2026-05-01T00:00:00Z, not \"\(text)\"")
      }
      kind = .set(time)
    } else if let text = try fields.string("advance") {
      guard let seconds = parseClockAdvance(text) else {
        throw .validation(field: "advance", "advance must look like +31d (units s, m, h, d), not \"\(text)\"")
      }
      kind = .advance(seconds: seconds)
    } else {
      kind = .advance(seconds: try fields.required("advanceSeconds", fields.integer("advanceSeconds", in: 0...Int.max)))
    }
  }

  /// The new time of a clock reading `now`; it must stay within the years 0000–9999.
  func applied(to now: Timestamp) throws(APIError) -> Timestamp {
    let result: Timestamp?
    switch kind {
    case .set(let time): result = time
    case .advance(let seconds):
      let (sum, overflow) = now.secondsSinceEpoch.addingReportingOverflow(seconds)
      result = overflow ? nil : Timestamp(secondsSinceEpoch: sum)
    }
    guard let result, Timestamp.supportedRange.contains(result) else {
      throw .validation(field: nil, "The clock must stay within the years 0000 to 9999")
    }
    return result
  }
}

extension Fault {
  /// Reads a `POST /_sim/fault` body: `status` (400–599), `times` (default 1),
  /// and optionally `method` and a `path` template.
  init(_ fields: RequestFields) throws(APIError) {
    status = try fields.required("status", fields.integer("status", in: 400...599))
    remaining = try fields.integer("times", in: 1...Int.max) ?? 1
    method = try fields.string("method")?.uppercased()
    if let template = try fields.string("path") {
      guard template.hasPrefix("/") else {
        throw .validation(field: "path", "path must start with /, e.g. /v1/profiles/{id}")
      }
      path = PathTemplate(template)
    } else {
      path = nil
    }
  }
}
