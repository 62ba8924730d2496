public import SynCatalog
public import SynJSON

/// What Tab can offer for the word before the cursor.
public struct Completion: Sendable, Equatable {
  /// The text the candidates replace: the end of the text before the cursor.
  /// Every candidate's `text` starts with it.
  public var word: String
  public var candidates: [Candidate]

  public init(word: String, candidates: [Candidate]) {
    self.word = word
    self.candidates = candidates
  }

  /// No candidates.
  public static let none = Completion(word: "", candidates: [])

  /// The candidates' texts, in order (what tests compare).
  public var texts: [String] { candidates.map(\.text) }
}

/// One way to complete the word.
public struct Candidate: Sendable, Equatable {
  /// The whole word once completed, e.g. `create`, `name`, `$alice.id`, `"shared/`.
  public var text: String
  /// Typed after `text` when it is the only candidate: `" "` after a whole
  /// word, `"="` after an item key, `""` after a directory or a path into a
  /// container, which the user goes on typing.
  public var terminator: String
  /// How the candidate reads in a list: the last part of a path or file name.
  public var display: String
  /// A short fact beside the candidate, such as a field's type (`string, required`); empty when none.
  public var detail: String
  /// What the candidate means, such as a field's doc; empty when none.
  public var documentation: String

  public init(
    _ text: String, terminator: String = " ", display: String? = nil, detail: String = "", documentation: String = ""
  ) {
    self.text = text
    self.terminator = terminator
    self.display = display ?? text
    self.detail = detail
    self.documentation = documentation
  }
}

/// The candidates for the word before the cursor, given what the session
/// knows. A pure function: the prompt calls it on Tab, tests call it directly.
///
/// - Parameters:
///   - textBeforeCursor: the statement typed so far, continuation lines
///     included, up to the cursor.
///   - context: the catalog, variables, last response and files to draw on.
public func completions(for textBeforeCursor: String, context: CompletionContext) -> Completion {
  CompletionEngine(context: context).complete(textBeforeCursor)
}

/// A snapshot of what completion draws on, taken before each line is read
/// (so Tab never touches the live session).
public struct CompletionContext: Sendable {
  /// The active API (`use synposter|synup`): its verbs and nouns come first.
  public var api: APIName
  public var catalogs: [Catalog]
  /// `$name` values, for names and paths (`$alice.id`).
  public var variables: [String: JSONValue]
  /// The last response's body, for `.path` completion.
  public var lastBody: JSONValue?
  /// `$last`: `{status, headers, body, ms}` of the last exchange.
  public var lastExchange: JSONValue?
  /// Header names of the last response, for `expect header NAME`.
  public var lastHeaderNames: [String]
  /// Environment variable names, for `$env.NAME`.
  public var environmentNames: [String]
  /// Where file names after `include`, `:load` and `:save` come from.
  public var files: any FileListing

  public init(
    api: APIName = .synposter, catalogs: [Catalog] = Catalog.all, variables: [String: JSONValue] = [:],
    lastBody: JSONValue? = nil, lastExchange: JSONValue? = nil, lastHeaderNames: [String] = [],
    environmentNames: [String] = [], files: any FileListing = NoFiles()
  ) {
    self.api = api
    self.catalogs = catalogs
    self.variables = variables
    self.lastBody = lastBody
    self.lastExchange = lastExchange
    self.lastHeaderNames = lastHeaderNames
    self.environmentNames = environmentNames
    self.files = files
  }

  /// The active API's catalog.
  var activeCatalog: Catalog {
    catalogs.first { $0.api == api } ?? catalogs.first ?? .synposter
  }
}

/// A directory listing for file-name completion.
public protocol FileListing: Sendable {
  /// The entries of `directory` (`""` is the current directory; a path may
  /// start with `~/` or `/`), or none when it cannot be read.
  func entries(in directory: String) -> [FileEntry]
}

public struct FileEntry: Sendable, Equatable {
  public var name: String
  public var isDirectory: Bool

  public init(_ name: String, isDirectory: Bool = false) {
    self.name = name
    self.isDirectory = isDirectory
  }
}

/// No files at all (the default in tests that do not need any).
public struct NoFiles: FileListing {
  public init() {}
  public func entries(in directory: String) -> [FileEntry] { [] }
}
