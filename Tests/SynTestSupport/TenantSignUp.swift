public import SynHTTP
public import SynSimulator

/// A sign-up the control plane refused, with what it answered.
public struct SignUpRefused: Error, CustomStringConvertible {
  public var status: Int
  public var body: String

  public var description: String { "sign-up failed: \(status) \(body)" }
}

extension NewTenant {
  /// Signs up a tenant on `simulator` in process, on `plan` when given.
  public init(signingUpOn simulator: Simulator, plan: String? = nil) throws(SignUpRefused) {
    try self.init(signUpAnswer: simulator.handle(ControlRoute.signUp(plan: plan)))
  }

  /// The tenant a `POST /_sim/tenants` answer holds, however it was sent.
  public init(signUpAnswer response: HTTPResponse) throws(SignUpRefused) {
    guard response.status == 201, let tenant = NewTenant(answer: response.body) else {
      throw SignUpRefused(status: response.status, body: String(decoding: response.body, as: UTF8.self))
    }
    self = tenant
  }
}
