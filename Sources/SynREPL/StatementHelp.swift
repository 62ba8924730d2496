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
  static let topics: [Topic] = [
    Topic(
      keyword: "send", summary: "a raw request to any path",
      forms: [
        ("send METHOD PATH [ITEM ...] [body VALUE] [as NAME]", "PATH may interpolate and carry ?query"),
        ("send POST /v1/profiles body '{\"name\": '", "a string body is sent as is, even invalid JSON"),
      ]),
    Topic(
      keyword: "expect", summary: "check the last response; a failure stops the case",
      forms: [
        ("expect status 201 | 4xx | in [200, 204]", "the status: a code, a class or a list"),
        ("expect .PATH == VALUE", "also != < <= > >= contains startsWith endsWith"),
        ("expect .PATH matches /regex/", "or a string"),
        ("expect .PATH is TYPE", "string number integer boolean object array null uuid timestamp email url"),
        ("expect .PATH [not] exists", "any predicate can be preceded by not"),
        ("expect .PATH count == N", "elements, characters or members"),
        ("expect header NAME contains VALUE", "headers by name, any case"),
        ("expect time < 500", "milliseconds; body for the raw text; $var.path as a subject"),
        ("expect [not] error CODE", "the API's error code (Synup: an SYnnnnn code)"),
      ]),
    Topic(
      keyword: "let", summary: "bind a variable",
      forms: [
        ("let NAME = VALUE", "a value, .path of the last response or $var.path"),
        ("VERB NOUN ... as NAME", "binds a response body"),
      ]),
    Topic(keyword: "use", summary: "switch the active API", forms: [("use synposter | use synup", "")]),
    Topic(
      keyword: "backend", summary: "switch where requests go",
      forms: [
        ("backend mock", "a fresh tenant of the in-process simulator"),
        ("backend live [URL]", "HTTP to URL (else --base-url, else the real APIs)"),
      ]),
    Topic(
      keyword: "set", summary: "a session setting",
      forms: [
        ("set apiKey \"KEY\"", "sent instead of the session's key"),
        ("set baseUrl URL", "the origin of the live backend"),
        ("set timeout 5s", "each live attempt's deadline"),
        ("set retries 2", "resends of safe live requests"),
        ("set verbose on|off", "print every request and response"),
      ]),
    Topic(
      keyword: "include", summary: "run another file's statements here",
      forms: [("include \"shared/login.syn\"", "relative to the including file, same session")]),
    Topic(
      keyword: "repeat", summary: "run a statement or block N times ($i counts from 1)",
      forms: [("repeat 3 create profile name=\"p$i\"", ""), ("repeat 10 { ... }", "blocks nest")]),
    Topic(
      keyword: "for", summary: "run a block once per element",
      forms: [
        ("for NAME in [\"ann\", \"bob\"] { ... }", "a JSON array: literal, $variable or .path"),
        ("for NAME in csv \"users.csv\" { ... }", "each row an object keyed by the header row"),
        ("for NAME in json \"items.json\" { ... }", "a file holding a JSON array"),
      ]),
    Topic(
      keyword: "finally", summary: "statements that run however the case ended",
      forms: [("finally { ... }", "at the top level of a case or the prelude")]),
    Topic(
      keyword: "print", summary: "print values",
      forms: [("print \"created\" $alice.id", "joined by spaces, strings without quotes")]),
    Topic(
      keyword: "show", summary: "pretty-print the last response or a value",
      forms: [("show", "status line and body"), ("show $alice", "one value")]),
    Topic(keyword: "sleep", summary: "wait", forms: [("sleep 200ms", "ms, s or m")]),
    Topic(keyword: "skip", summary: "end the case as skipped", forms: [("skip \"reason\"", "")]),
    Topic(keyword: "fail", summary: "end the case as failed", forms: [("fail \"message\"", "")]),
    Topic(
      keyword: "mock", summary: "control the simulator (in process or syn serve)",
      forms: mockForms.map { ($0.form, $0.meaning) }),
    Topic(
      keyword: "test", summary: "start a test case (in files for syn test)",
      forms: [("test \"NAME\"", "each case runs in a fresh session: the prelude, then the case")]),
  ]

  /// The form of each `mock` command, in the order of `MockCommand.names` (a test holds them equal).
  static let mockForms: [(command: String, form: String, meaning: String)] = [
    ("reset", "mock reset", "the account as new again, same keys"),
    ("plan", "mock plan free|starter|growth|scale", "leaving Free starts a fresh paid month"),
    ("clock", "mock clock \"2026-05-01T00:00:00Z\" | +31d", "set the account's clock, or advance it: s, m, h, d"),
    ("seed", "mock seed 42", "deterministic ids from here on"),
    ("usage", "mock usage posts=19", "posts counted in the current period"),
    ("fault", "mock fault 500 [times 2] [on VERB NOUN]", "the next matching requests fail before any change"),
    ("authorize", "mock authorize [handle=@alice] [decision=approve|deny]", "play the end user on the latest connect flow"),
    ("save", "mock save \"tenant.json\"", "the account's whole state to a file"),
    ("load", "mock load \"tenant.json\"", "and back: the account as it was saved"),
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
    return (["Statements (:help KEYWORD shows the forms)"]
      + topics.map { "  " + $0.keyword.padded(to: width) + "  " + $0.summary })
      .joined(separator: "\n")
  }
}
