/// A JSON number kept as the text it was written with, so that
/// `12345678901234567890` and `1.50` survive a round trip unchanged.
///
/// The text is always a valid JSON number (the initialisers check it).
/// Comparison is by numeric value.
public struct JSONNumber: Sendable {
  /// The literal exactly as written (`1.50`, `1E+2`, `12345678901234567890`).
  public let text: String

  /// Wraps `text` when it is a valid JSON number literal.
  public init?(text: String) {
    guard JSONNumber.isValidLiteral(text) else { return nil }
    self.text = text
  }

  /// Creates the number spelled as `value` in decimal (`42`, `-7`).
  public init(_ value: Int) {
    self.text = String(value)
  }

  /// Creates a number from text already known to be a valid literal (the parser's path).
  package init(validatedText: String) {
    self.text = validatedText
  }
}
