import SynLanguage

/// `:help KEYWORD`: the forms of a statement that is not a catalog operation,
/// one line each, as docs/language.md gives them.
struct StatementHelp {
  struct Topic {
    var keyword: String
    /// One line for the `:help` overview.
    var summary: String
    /// `(form, meaning)` pairs.
    var forms: [(String, String)]
  }

  /// Every keyword a statement can start with, in the order of docs/language.md.
  static let topics = StatementKeyword.allCases.map { keyword in
    let help = help(for: keyword)
    return Topic(keyword: keyword.rawValue, summary: help.summary, forms: help.forms)
  }

  /// What `:help` says of `keyword`; with no default case, a keyword cannot go without help.
  private static func help(for keyword: StatementKeyword) -> (summary: String, forms: [(String, String)]) {
    switch keyword {
    case .send:
      (
        "a raw request to any path",
        [
          ("send METHOD PATH [ITEM ...] [body VALUE] [as NAME]", "PATH may interpolate and carry ?query"),
          ("send POST /v1/profiles body '{\"name\": '", "a string body is sent as is, even invalid JSON"),
        ]
      )
    case .expect:
      (
        "check the last response; a failure stops the case",
        [
          ("expect status 201 | 4xx | in [200, 204]", "the status: a code, a class or a list"),
          ("expect .PATH == VALUE", "also != < <= > >= contains startsWith endsWith"),
          ("expect .PATH matches /regex/", "or a string"),
          ("expect . matches {\"id\": #uuid, ...}", "a template: exact keys, unless it ends with ..."),
          ("expect . contains {\"tier\": #string}", "a template's keys and values found, recursively"),
          ("{\"a\": #TYPE?, \"b\": #regex /RE/}", "markers: #TYPE (#TYPE? null or absent too), #any #ignore #absent"),
          ("expect .data each [.PATH] PREDICATE", "every element; .data[*].id collects a field"),
          ("expect .PATH is TYPE", "string number integer boolean object array null uuid timestamp email url"),
          ("expect .PATH [not] exists", "any predicate can be preceded by not"),
          ("expect .PATH count == N", "elements, characters or members"),
          ("expect header NAME contains VALUE", "headers by name, any case"),
          ("expect time < 500", "milliseconds; body for the raw text; $var.path as a subject"),
          ("expect [not] error CODE", "the API's error code (Synup: an SYnnnnn code)"),
          ("expect body conforms", "the body fits the schema /openapi.json declares for its operation and status"),
        ]
      )
    case .let:
      (
        "bind a variable",
        [
          ("let NAME = VALUE", "a value, .path of the last response or $var.path"),
          ("VERB NOUN ... as NAME", "binds a response body"),
        ]
      )
    case .use:
      ("switch the active API", [("use synposter | use synup", "")])
    case .backend:
      (
        "switch where requests go",
        [
          ("backend mock", "a fresh tenant of the in-process simulator"),
          ("backend live [URL]", "HTTP to URL (else --base-url, else the real APIs)"),
        ]
      )
    case .set:
      ("a session setting", Setting.allCases.map(form(of:)))
    case .include:
      (
        "run another file's statements here",
        [("include \"shared/login.syn\"", "relative to the including file, same session")]
      )
    case .repeat:
      (
        "run a statement or block N times ($i counts from 1)",
        [("repeat 3 create profile name=\"p$i\"", ""), ("repeat 10 { ... }", "blocks nest")]
      )
    case .for:
      (
        "run a block once per element",
        [
          ("for NAME in [\"ann\", \"bob\"] { ... }", "a JSON array: literal, $variable or .path"),
          ("for NAME in csv \"users.csv\" { ... }", "each row an object keyed by the header row"),
          ("for NAME in json \"items.json\" { ... }", "a file holding a JSON array"),
        ]
      )
    case .finally:
      ("statements that run however the case ended", [("finally { ... }", "at the top level of a case or the prelude")])
    case .print:
      ("print values", [("print \"created\" $alice.id", "joined by spaces, strings without quotes")])
    case .show:
      ("pretty-print the last response or a value", [("show", "status line and body"), ("show $alice", "one value")])
    case .sleep:
      ("wait", [("sleep 200ms", "ms, s or m")])
    case .skip:
      ("end the case as skipped", [("skip \"reason\"", "")])
    case .fail:
      ("end the case as failed", [("fail \"message\"", "")])
    case .mock:
      (
        "control the simulator (in process or syn serve); the answer is the last response, "
          + "a refusal (a bad value, nothing to act on) a runtime error",
        mockForms.map { ($0.form, $0.meaning) }
      )
    case .test:
      (
        "start a test case (in files for syn test)",
        [("test \"NAME\"", "each case runs in a fresh session: the prelude, then the case")]
      )
    }
  }

  /// The form of `set SETTING`.
  private static func form(of setting: Setting) -> (String, String) {
    switch setting {
    case .apiKey: ("set apiKey \"KEY\"", "sent instead of the session's key")
    case .baseUrl: ("set baseUrl URL", "the origin of the live backend")
    case .timeout: ("set timeout 5s", "each live attempt's deadline")
    case .retries: ("set retries 2", "resends of safe live requests")
    case .verbose: ("set verbose on|off", "print every request and response")
    }
  }

  /// The form of each `mock` command, in the order of `MockCommand.names` (a test holds them equal).
  static let mockForms: [(command: String, form: String, meaning: String)] = [
    ("reset", "mock reset", "the tenant as new again, same keys"),
    ("plan", "mock plan " + MockCommand.plans.joined(separator: "|"), "leaving Free starts a fresh paid month"),
    ("clock", "mock clock \"2026-05-01T00:00:00Z\" | +31d", "set the tenant's clock, or advance it: s, m, h, d"),
    ("seed", "mock seed 42", "deterministic ids from here on"),
    ("usage", "mock usage posts=19", "posts counted in the current period"),
    ("fault", "mock fault 500 [times 2] [on VERB NOUN]", "the next matching requests fail before any change"),
    (
      "authorize", "mock authorize [handle=@alice] [email=…] [extraListings=N] [decision=approve|deny]",
      "play the end user on the latest connect flow (Synposter: handle; Synup: email, extraListings)"
    ),
    (
      "finish",
      "mock finish [kind=" + MockCommand.finishKinds.joined(separator: "|") + "] [id=ID] [outcome="
        + MockCommand.finishOutcomes.joined(separator: "|") + "]",
      "pending Synup jobs complete now"
    ),
    (
      "review", "mock review locationId=ID [source=maps.google.com] [rating=5] [content=…] [date=…]",
      "a Synup review arrives now, or at a past date"
    ),
    (
      "feedback", "mock feedback reviewCampaignId=ID (email=…|phone=…) rating=1..5 [response=…]",
      "a campaign customer answers"
    ),
    (
      "listing", "mock listing locationId=$loc site=yelp.com status=FAILED [syncIssue=…] [listingUrl=…]",
      "a Synup listing's status until its next sync; SYNCED and FAILED emit listing.submission"
    ),
    (
      "webhook", "mock webhook [url=https://…|null] [secret=whsec_…] [retries=0..10]",
      "where syn serve sends Synup webhooks; again resets verified"
    ),
    ("deliveries", "mock deliveries [event=listing.submission] [after=SEQ]", "the Synup webhook outbox, oldest first"),
    (
      "requests", "mock requests [method=POST] [path=/v1/profiles/{id}] [since=SEQ] [limit=N]",
      "the requests the tenant received, newest last (.requests[0].headers.idempotency-key)"
    ),
    ("save", "mock save \"tenant.json\"", "the tenant's whole state to a file"),
    ("load", "mock load \"tenant.json\"", "and back: the tenant as it was saved"),
  ]

  static func topic(_ keyword: String) -> Topic? {
    topics.first { $0.keyword == keyword }
  }

  /// `:help KEYWORD`.
  static func render(_ topic: Topic) -> String {
    let width = topic.forms.map(\.0.count).max() ?? 0
    let lines = topic.forms.map { form, meaning in
      meaning.isEmpty ? "  " + form : "  " + form.padded(to: width) + "  # " + meaning
    }
    return ([topic.keyword + ": " + topic.summary] + lines).joined(separator: "\n")
  }

  /// The statements part of the `:help` overview.
  static func overview() -> String {
    let width = topics.map(\.keyword.count).max() ?? 0
    return
      (["Statements (:help KEYWORD shows the forms)"]
      + topics.map { "  " + $0.keyword.padded(to: width) + "  " + $0.summary })
      .joined(separator: "\n")
  }
}
