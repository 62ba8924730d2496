import SynHTTP

/// A problem found in a script, located precisely enough to print
/// `file:line:col: error: message`, the source line and a caret under the column.
public struct Diagnostic: Error, Sendable, Equatable {
  public enum Severity: String, Sendable {
    case error
    case warning
  }

  public var severity: Severity
  public var location: SourceLocation
  public var message: String
  /// The full text of the source line the location points into (without its newline).
  public var sourceLine: String

  public init(_ severity: Severity = .error, at location: SourceLocation, _ message: String, sourceLine: String) {
    self.severity = severity
    self.location = location
    self.message = message
    self.sourceLine = sourceLine
  }

  /// The rendering users see, API keys masked:
  ///
  ///     profiles.syn:3:8: error: unknown noun 'profil'; did you mean 'profile'?
  ///         create profil name=x
  ///                ^
  public var rendered: String {
    var caretPadding = ""
    for (offset, scalar) in sourceLine.unicodeScalars.enumerated() where offset < location.column - 1 {
      caretPadding.unicodeScalars.append(scalar == "\t" ? "\t" : " ")
    }
    return KeyMask.masking("\(location): \(severity.rawValue): \(message)\n    \(sourceLine)\n    \(caretPadding)^")
  }
}
