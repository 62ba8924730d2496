import SynJSON

/// What `syn serve` serves, said once: in the start-up banner and as the answer to `GET /`.
struct ServedIndex {
  /// Whether `/_sim` answers (false under `--no-control-plane`).
  var controlPlane: Bool

  /// `Synposter /v1, Synup /api/v4, control /_sim, /openapi.json`, the control plane only when on.
  var summary: String {
    let control = controlPlane ? "control /_sim" : "no control plane"
    return "Synposter /v1, Synup /api/v4, \(control), /openapi.json"
  }

  /// `GET /`: the APIs, the OpenAPI document and, when on, the control plane.
  var json: JSONValue {
    [
      "server": "syn serve",
      "apis": ["synposter": "/v1", "synup": "/api/v4"],
      "openapi": "/openapi.json",
      "controlPlane": controlPlane ? "/_sim" : .null,
    ]
  }
}
