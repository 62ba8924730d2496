import SynHTTP
import SynJSON

/// The Synup surface (`/api/v4/...`). Its routes are not simulated yet: a
/// valid Synup key gets 501, anything else Synup's 401.
extension Simulator {
  func handleSynup(_ request: HTTPRequest, segments: [Substring]) -> HTTPResponse {
    guard let key = request.synupKey, let entry = tenantEntry(forKey: key), entry.kind == .synup else {
      return SynupError.invalidToken
    }
    return entry.tenant.withState { state in
      if let status = state.faults.fire(method: request.method, segments: segments) {
        return SynupError.simulatedFault(status: status)
      }
      return SynupError.notSimulated
    }
  }
}

/// Synup's error answers: `{"errors":[{"message":…}]}`, with `data` on some.
enum SynupError {
  static let invalidToken = HTTPResponse.json(
    401, ["data": nil, "errors": [["message": "SY90005:Invalid token"]]])

  static let notSimulated = HTTPResponse.json(501, ["errors": [["message": "not simulated"]]])

  static func simulatedFault(status: Int) -> HTTPResponse {
    let message = status == 500 ? "SY90006:Simulated failure (safe to retry)" : "Simulated \(status) failure"
    return .json(status, ["data": nil, "errors": [["message": .string(message)]]])
  }
}
