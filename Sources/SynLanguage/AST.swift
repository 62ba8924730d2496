public import SynJSON

/// A parsed `.syn` file: the prelude and its test cases (spec section 8).
public struct Script: Sendable {
  public var file: String
  /// Statements before the first `test` line.
  public var prelude: [Statement]
  /// The `test "NAME"` cases; empty when the file has no `test` lines.
  public var cases: [TestCase]

  public init(file: String, prelude: [Statement], cases: [TestCase]) {
    self.file = file
    self.prelude = prelude
    self.cases = cases
  }
}

public struct TestCase: Sendable {
  public var name: String
  public var location: SourceLocation
  public var body: [Statement]

  public init(name: String, location: SourceLocation, body: [Statement]) {
    self.name = name
    self.location = location
    self.body = body
  }
}

/// One statement with where it came from and its source text (continuation
/// lines joined with a single space), which failure messages quote.
public struct Statement: Sendable {
  public var kind: Kind
  public var location: SourceLocation
  private let source: StatementSource

  init(_ kind: Kind, at location: SourceLocation, source: StatementSource) {
    self.kind = kind
    self.location = location
    self.source = source
  }

  /// The statement as written, continuation lines joined with a single space.
  public var text: String { source.text }

  /// The whole physical source line the statement starts on, for runtime
  /// diagnostics' caret line.
  public var sourceLine: String { source.line }

  public indirect enum Kind: Sendable {
    /// `VERB NOUN [POSITIONAL ...] [ITEM ...] [as NAME]`
    case request(CatalogRequest)
    /// `send METHOD PATH [ITEM ...] [body VALUE] [as NAME]`
    case send(RawRequest)
    case expect(Expectation)
    /// `let NAME = VALUE`
    case assign(name: String, value: Value)
    /// `use synposter|synup`
    case use(api: String)
    /// `backend mock|live [URL]`
    case backend(kind: String, url: Value?)
    /// `set NAME VALUE`
    case set(name: Setting, value: Value)
    /// `include "FILE"`, relative to the including file.
    case include(path: Value)
    /// `repeat N STATEMENT` and `repeat N { ... }`; `$i` counts from 1.
    case `repeat`(count: Value, body: [Statement])
    /// `for NAME in VALUE { ... }` over a JSON array, or over the rows of a
    /// CSV or JSON file (`for row in csv "users.csv" { ... }`).
    case forEach(name: String, source: LoopSource, body: [Statement])
    /// `finally { ... }`: runs after the test case's other statements, even
    /// when one of them failed (cleanup). Top level of a case or prelude only.
    case finally(body: [Statement])
    case print([Value])
    /// `show` pretty-prints the last response; `show VALUE` a value.
    case show(Value?)
    case sleep(milliseconds: Int)
    case skip(reason: Value?)
    case fail(message: Value?)
    case mock(MockCommand)
  }
}

/// What a `for` loop walks.
public enum LoopSource: Sendable {
  /// A JSON array: a literal, a variable or a response path.
  case value(Value)
  /// `csv "FILE"`: each row an object keyed by the header row; the path is relative to the script.
  case csv(Value)
  /// `json "FILE"`: a file holding a JSON array.
  case json(Value)
}

/// A value as written; evaluated by the interpreter against the session.
public enum Value: Sendable {
  /// A double-quoted string, with its `$name.path` / `${name.path}` interpolations.
  case string(InterpolatedString)
  /// A single-quoted string, taken literally.
  case rawString(String)
  /// A bare word: typed by the field it is given to (spec 3.2).
  case bareWord(String)
  /// A JSON literal, which may hold `$name.path` where a value stands.
  case json(JSONTemplate)
  /// `$name.path`; `$env.NAME` reads the environment.
  case variable(VariableReference)
  /// `.path` into the last response's body.
  case responsePath(JSONPath)
  /// `/regex/`, only after `matches`.
  case regex(String)
}

public struct VariableReference: Sendable, Equatable {
  public var name: String
  public var path: JSONPath

  public init(name: String, path: JSONPath) {
    self.name = name
    self.path = path
  }
}

public struct InterpolatedString: Sendable {
  public enum Part: Sendable {
    case literal(String)
    case variable(VariableReference)
  }

  public var parts: [Part]

  public init(parts: [Part]) {
    self.parts = parts
  }

  /// The text when there is nothing to interpolate.
  public var constantText: String? {
    var text = ""
    for part in parts {
      guard case .literal(let literal) = part else { return nil }
      text += literal
    }
    return text
  }
}

/// A JSON literal whose leaves may be variable references, and, in a
/// `matches` or `contains` template (language.md section 4.1), response
/// paths and markers.
public indirect enum JSONTemplate: Sendable {
  /// A subtree with no variables, paths or markers in it.
  case constant(JSONValue)
  case variable(VariableReference)
  /// `.path` into the last response; only in a template.
  case responsePath(JSONPath)
  /// `#string`, `#any`, ...; only in a template.
  case marker(Marker)
  case array([JSONTemplate])
  /// `admitsOtherKeys` when the object template ends with `...`.
  case object([(key: String, value: JSONTemplate)], admitsOtherKeys: Bool)
}

/// `key=value`, `key:=json`, `key==value`, `Name:value`.
public struct Item: Sendable {
  public enum Kind: String, Sendable {
    /// `=`: a body field, or a query parameter for operations without a body.
    case field = "="
    /// `:=`: raw JSON, never coerced.
    case rawJSON = ":="
    /// `==`: a query parameter.
    case query = "=="
    /// `:`: a request header.
    case header = ":"
  }

  // Stored in this order so the one-byte kind packs after the value: an item
  // takes 56 bytes, not 64 (a 100,000-line script keeps 200,000 of them).
  /// The key as written; dotted keys (`metadata.tier`) build nested objects.
  public var key: String
  public var value: Value
  public var kind: Kind
  public var location: SourceLocation

  public init(_ kind: Kind, key: String, value: Value, at location: SourceLocation) {
    self.kind = kind
    self.key = key
    self.value = value
    self.location = location
  }
}

public struct Word: Sendable, Equatable {
  public var text: String
  public var location: SourceLocation

  public init(_ text: String, at location: SourceLocation) {
    self.text = text
    self.location = location
  }
}

public struct CatalogRequest: Sendable {
  public var verb: Word
  /// As written: singular or plural, possibly qualified (`synup.user`).
  public var noun: Word
  public var positionals: [Value]
  public var items: [Item]
  public var binding: String?

  public init(verb: Word, noun: Word, positionals: [Value], items: [Item], binding: String?) {
    self.verb = verb
    self.noun = noun
    self.positionals = positionals
    self.items = items
    self.binding = binding
  }
}

public struct RawRequest: Sendable {
  public var method: String
  /// The path as written (may interpolate variables), possibly with a query.
  public var path: InterpolatedString
  public var items: [Item]
  public var body: Value?
  public var binding: String?

  public init(method: String, path: InterpolatedString, items: [Item], body: Value?, binding: String?) {
    self.method = method
    self.path = path
    self.items = items
    self.body = body
    self.binding = binding
  }
}

/// `expect SUBJECT [not] PREDICATE` or `expect [not] error CODE`.
public enum Expectation: Sendable {
  case check(subject: Subject, negated: Bool, predicate: Predicate)
  case error(code: String, negated: Bool)
  /// `expect SUBJECT each [.PATH] [not] PREDICATE`: the predicate on every
  /// element of an array subject, or on the value at `path` in each (the
  /// root when no path is written).
  case each(subject: Subject, path: JSONPath, negated: Bool, predicate: Predicate)
  /// `expect body conforms`: the last body fits the schema its operation declares for its status.
  case conforms

  public enum Subject: Sendable {
    case status
    /// Header names compare case-insensitively.
    case header(String)
    /// Elapsed milliseconds of the last request.
    case time
    /// The raw body text of the last response.
    case body
    /// A response path or a variable path (or any other value).
    case value(Value)
  }

  public enum Predicate: Sendable {
    case compare(ComparisonOperator, Value)
    case contains(Value)
    case startsWith(Value)
    case endsWith(Value)
    /// A `.regex` or a string value holding the pattern, or a template
    /// (a `.json` value, whose leaves may be markers) the subject must fit.
    case matches(Value)
    case exists
    case isType(TypeName)
    /// `in [...]`.
    case memberOf(Value)
    /// `count OP N`.
    case count(ComparisonOperator, Value)
    /// `expect status 4xx`: the hundreds digit.
    case statusClass(Int)
  }
}

public enum ComparisonOperator: String, Sendable, CaseIterable {
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="
}

public enum TypeName: String, Sendable, CaseIterable {
  case string, number, integer, boolean, object, array, null, uuid, timestamp, email, url
}

/// The simulator control statements (spec section 7).
public enum MockCommand: Sendable {
  case reset
  case plan(Word)
  case clock(ClockChange)
  case seed(Value)
  /// `mock usage posts=19`
  case usage([Item])
  /// `mock fault STATUS times N [on VERB NOUN]`
  case fault(status: Int, times: Int, operation: (verb: Word, noun: Word)?)
  /// `mock authorize handle=@alice` / `decision=deny`
  case authorize([Item])
  /// `mock finish kind=photo-upload id=… outcome=error`: pending Synup jobs complete now.
  case finish([Item])
  /// `mock review locationId=$loc rating=2 content="Cold coffee"`: a Synup review stored at once.
  case review([Item])
  /// `mock feedback reviewCampaignId=$id email=jack@domain.com rating=5`: a campaign customer's answer.
  case feedback([Item])
  /// `mock webhook url=https://example.com/hook secret=whsec_test retries=2`: the Synup webhook registration.
  case webhook([Item])
  /// `mock deliveries event=listing.submission after=3`: the Synup webhook outbox.
  case deliveries([Item])
  /// `mock requests method=POST path=/v1/posts`: the requests the tenant received, newest last.
  case requests([Item])
  /// `mock save "FILE"`: the tenant's whole state to a file, relative to the script.
  case save(Value)
  /// `mock load "FILE"`: the tenant's state replaced by one `mock save` wrote.
  case load(Value)
  /// `mock listing locationId=$loc site=yelp.com status=FAILED syncIssue="…"`: a Synup listing's status.
  case listing([Item])

  public enum ClockChange: Sendable {
    /// `mock clock "2026-05-01T00:00:00Z"`
    case set(Value)
    /// `mock clock +31d`, in seconds.
    case advance(seconds: Int)
  }
}
