/// Why the statement being parsed is malformed, where, and how to get back in
/// step with the text afterwards.
struct ParseFailure: Error {
  /// Where parsing resumes after the failure is reported.
  enum Resume {
    /// Skip the rest of the statement, tokens, strings and bracketed JSON
    /// alike, starting at this offset.
    case skipStatement(from: Int)
    /// Start a new statement at this offset, the start of a later line (used
    /// when an unclosed JSON literal ran into what looks like the next statement).
    case restartLine(at: Int)
    /// Nothing more can be read.
    case endOfInput
  }

  /// The byte offset of the offending token.
  var offset: Int
  var message: String
  var resume: Resume

  init(_ message: String, at offset: Int, resume: Resume) {
    self.message = message
    self.offset = offset
    self.resume = resume
  }
}
