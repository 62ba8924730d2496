/// Simulator control (spec section 7): `mock reset | plan NAME | clock ... |
/// seed N | usage ITEM... | fault STATUS [times N] [on VERB NOUN] | authorize ITEM... |
/// finish ITEM... | review ITEM... | feedback ITEM... | listing ITEM... | webhook ITEM... |
/// deliveries ITEM... | requests ITEM... | save FILE | load FILE`.
extension MockCommand {
  /// The words after `mock`, in the order diagnostics list them.
  public static let names = [
    "reset", "plan", "clock", "seed", "usage", "fault", "authorize", "finish", "review", "feedback", "listing",
    "webhook", "deliveries", "requests", "save", "load",
  ]
  /// The Synposter plans of `mock plan NAME`, cheapest first. The parser takes any
  /// name: the simulator judges it, and says which it knows.
  public static let plans = ["free", "starter", "growth", "scale"]
  /// The statuses `mock listing status=…` sets (the simulator judges the value).
  public static let listingStatuses = [
    "SYNCED", "FAILED", "IN_PROGRESS", "REQUIRING_ACTION", "PENDING_APPROVAL", "AVAILABLE", "COMPLETED",
  ]
  /// The Synup jobs `mock finish kind=…` completes, and how (synup-sections.md 5.6).
  public static let finishKinds = ["grid-report", "photo-upload", "matches", "response"]
  public static let finishOutcomes = ["success", "error"]
}

extension Parser {
  /// Parses what follows `mock`.
  mutating func parseMock(keywordEnd: Int) throws(ParseFailure) -> MockCommand {
    let commands = MockCommand.names.joined(separator: ", ")
    let start = try requireToken(after: keywordEnd, "expected a command after 'mock', one of: \(commands)")
    let command = try parseChoice(
      at: start, among: MockCommand.names, spelledAs: \.self, unknown: "mock command",
      expected: "one of: \(commands)")
    let end = position
    switch command {
    case "reset":
      return .reset
    case "plan":
      let planStart = try requireToken(
        after: end, "expected a plan after 'mock plan': \(MockCommand.plans.joinedAsChoices())")
      let planEnd = tokenEnd(from: planStart)
      guard isIdentifier(planStart..<planEnd) else {
        throw failure("expected a plan name after 'mock plan', found \(describeToken(at: planStart))", at: planStart)
      }
      position = planEnd
      return .plan(Word(text(planStart..<planEnd), at: location(at: planStart)))
    case "clock":
      let valueStart = try requireToken(
        after: end, "expected a time after 'mock clock', like \"2026-05-01T00:00:00Z\" or +31d")
      guard bytes[valueStart] == Byte.plus else { return .clock(.set(try parseValue(at: valueStart))) }
      let seconds = try parseDuration(
        at: valueStart + 1, units: [("s", 1), ("m", 60), ("h", 3600), ("d", 86400)], example: "+30s, +5m, +2h or +31d")
      return .clock(.advance(seconds: seconds))
    case "seed":
      let valueStart = try requireToken(after: end, "expected a number after 'mock seed', like 'mock seed 42'")
      return .seed(try parseValue(at: valueStart))
    case "usage":
      let items = try parseMockItems(of: "usage", example: "posts=19")
      guard !items.isEmpty else {
        throw failure("expected items after 'mock usage', like 'mock usage posts=19'", at: insertionPoint(after: end))
      }
      return .usage(items)
    case "authorize":
      return .authorize(try parseMockItems(of: "authorize", example: "handle=@alice"))
    case "listing":
      let items = try parseMockItems(of: "listing", example: "site=yelp.com")
      guard !items.isEmpty else {
        throw failure(
          "expected items after 'mock listing', like 'mock listing locationId=$loc site=yelp.com status=SYNCED'",
          at: insertionPoint(after: end))
      }
      return .listing(items)
    case "finish":
      return .finish(try parseMockItems(of: "finish", example: "kind=photo-upload"))
    case "review", "feedback":
      let example = command == "review" ? "locationId=$loc rating=5" : "reviewCampaignId=$id email=a@b.co rating=5"
      let items = try parseMockItems(of: command, example: example)
      guard !items.isEmpty else {
        throw failure(
          "expected items after 'mock \(command)', like 'mock \(command) \(example)'", at: insertionPoint(after: end))
      }
      return command == "review" ? .review(items) : .feedback(items)
    case "webhook":
      return .webhook(try parseMockItems(of: "webhook", example: "url=https://example.com/hook"))
    case "deliveries":
      return .deliveries(try parseMockItems(of: "deliveries", example: "event=listing.submission"))
    case "requests":
      return .requests(try parseMockItems(of: "requests", example: "method=POST"))
    case "save", "load":
      let fileStart = try requireToken(
        after: end, "expected a file after 'mock \(command)', like 'mock \(command) \"tenant.json\"'")
      let file = try parseValue(at: fileStart)
      return command == "save" ? .save(file) : .load(file)
    default:
      return try parseFault(after: end)
    }
  }

  private mutating func parseMockItems(of command: String, example: String) throws(ParseFailure) -> [Item] {
    var items: [Item] = []
    while let start = nextToken() {
      guard let item = try parseItem(at: start) else {
        throw failure(
          "expected an item like \(example) after 'mock \(command)', found \(describeToken(at: start))", at: start)
      }
      items.append(item)
    }
    return items
  }

  /// `fault STATUS [times N] [on VERB NOUN]`; without `times` the fault
  /// hits the next matching request only.
  private mutating func parseFault(after end: Int) throws(ParseFailure) -> MockCommand {
    let statusStart = try requireToken(
      after: end, "expected a status after 'mock fault', like 'mock fault 500 times 2'")
    let statusEnd = tokenEnd(from: statusStart)
    guard let status = wholeNumber(text(statusStart..<statusEnd)), (400...599).contains(status) else {
      throw failure(
        "expected an error status (400-599) after 'mock fault', found \(describeToken(at: statusStart))",
        at: statusStart)
    }
    position = statusEnd
    var times = 1
    var operation: (verb: Word, noun: Word)?
    var next = nextToken()
    if let start = next, isWord("times", at: start) {
      let countStart = try requireToken(after: start + 5, "expected a count after 'times', like 'times 2'")
      let countEnd = tokenEnd(from: countStart)
      guard let count = wholeNumber(text(countStart..<countEnd)), count > 0 else {
        throw failure(
          "expected a count of 1 or more after 'times', found \(describeToken(at: countStart))", at: countStart)
      }
      times = count
      position = countEnd
      next = nextToken()
    }
    if let start = next, isWord("on", at: start) {
      let verbStart = try requireToken(after: start + 2, "expected an operation after 'on', like 'on create profile'")
      let verbEnd = tokenEnd(from: verbStart)
      guard isIdentifier(verbStart..<verbEnd) else {
        throw failure("expected a verb after 'on', found \(describeToken(at: verbStart))", at: verbStart)
      }
      let verb = Word(text(verbStart..<verbEnd), at: location(at: verbStart))
      let nounStart = try requireToken(after: verbEnd, "expected a noun after 'on \(verb.text)'")
      let nounEnd = tokenEnd(from: nounStart)
      guard isNoun(nounStart..<nounEnd) else {
        throw failure("expected a noun after 'on \(verb.text)', found \(describeToken(at: nounStart))", at: nounStart)
      }
      operation = (verb, Word(text(nounStart..<nounEnd), at: location(at: nounStart)))
      position = nounEnd
      next = nextToken()
    }
    if let extra = next {
      throw failure(
        "unexpected \(describeToken(at: extra)); 'mock fault' takes STATUS, then 'times N', then 'on VERB NOUN'",
        at: extra)
    }
    return .fault(status: status, times: times, operation: operation)
  }
}
