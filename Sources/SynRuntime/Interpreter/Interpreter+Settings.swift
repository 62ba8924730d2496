import SynCatalog
import SynJSON
import SynLanguage

extension Interpreter {
  /// `set SETTING VALUE`.
  func set(_ setting: Setting, to value: Value, in statement: Statement) throws(Interruption) {
    let given = try require(value, in: statement)
    switch setting {
    case .apiKey:
      guard let key = given.stringValue else {
        throw .runtimeError(.runtime(at: statement, "set apiKey needs a string"))
      }
      session.connection.keys[session.api] = key
    case .baseUrl:
      guard let url = given.stringValue, TypeCheck.isURL(url) else {
        throw .runtimeError(.runtime(at: statement, "set baseUrl needs an absolute URL such as http://127.0.0.1:8080"))
      }
      session.connection.settings.baseURL = url
    case .timeout:
      guard let milliseconds = DurationText.milliseconds(in: text(of: given)) else {
        throw .runtimeError(.runtime(at: statement, "set timeout needs a duration such as 5s or 500ms"))
      }
      session.connection.settings.timeoutMilliseconds = milliseconds
    case .retries:
      guard let retries = given.numberValue?.intValue, retries >= 0 else {
        throw .runtimeError(.runtime(at: statement, "set retries needs a whole number of 0 or more"))
      }
      session.connection.settings.retries = retries
    case .verbose:
      switch given {
      case .string("on"), .bool(true): session.connection.settings.verbose = true
      case .string("off"), .bool(false): session.connection.settings.verbose = false
      default: throw .runtimeError(.runtime(at: statement, "set verbose needs on or off"))
      }
    }
  }
}

enum DurationText {
  /// `500ms`, `5s`, `2m`, or a bare number of seconds, in milliseconds.
  static func milliseconds(in text: String) -> Int? {
    let units: [(suffix: String, factor: Int)] = [("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000)]
    for unit in units where text.hasSuffix(unit.suffix) {
      guard let amount = Int(text.dropLast(unit.suffix.count)), amount >= 0 else { return nil }
      return amount * unit.factor
    }
    return Int(text).map { $0 * 1000 }
  }
}
