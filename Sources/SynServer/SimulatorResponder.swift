import Foundation
import HTTPTypes
public import Hummingbird
import NIOCore
import SynHTTP
import SynJSON
public import SynSimulator

/// Hands every request, `/_sim` control plane included, to `Simulator.handle`:
/// the same function the in-process backend calls. Only `/` (an index),
/// `/openapi.json` and oversized bodies are answered here.
public struct SimulatorResponder: HTTPResponder {
  public typealias Context = BasicRequestContext

  let simulator: Simulator
  let maximumBodyBytes: Int
  let openAPI: [UInt8]
  /// False to play a server without the `/_sim` control plane (it answers 404), as the real APIs are.
  let controlPlane: Bool
  /// The answer to `GET /`.
  let index: [UInt8]
  /// Told after each request, which may have emitted or released webhook deliveries.
  let webhooks: WebhookDeliveryWorker?
  /// When set, what server-wide control routes (`ControlRoute.serverWide`) need in `X-Syn-Admin-Token`.
  let adminToken: AdminToken?

  public init(
    simulator: Simulator, maximumBodyBytes: Int, openAPI: [UInt8], controlPlane: Bool = true,
    webhooks: WebhookDeliveryWorker? = nil, adminToken: AdminToken? = nil
  ) {
    self.simulator = simulator
    self.webhooks = webhooks
    self.adminToken = adminToken
    self.controlPlane = controlPlane
    self.maximumBodyBytes = maximumBodyBytes
    self.openAPI = openAPI
    self.index = ServedIndex(controlPlane: controlPlane).json.compactBytes
  }

  public func respond(to request: Request, context: Context) async throws -> Response {
    var request = request
    let body: ByteBuffer
    // Other errors mean the request was cut short (RequestGuard answers those): it must not
    // reach the simulator with part of its body, so they propagate.
    do {
      body = try await request.collectBody(upTo: maximumBodyBytes)
    } catch is NIOTooManyBytesError {
      return Self.json(
        status: 413,
        #"{"error":"payload_too_large","message":"request body larger than \#(maximumBodyBytes) bytes"}"#)
    }
    let path = request.uri.path  // a new String at each read of `uri.path`
    if request.method == .get, path == "/openapi.json" {
      return Self.response(status: 200, contentType: "application/json", bytes: openAPI)
    }
    if request.method == .get, path == "/" {
      return Self.response(status: 200, contentType: "application/json", bytes: index)
    }
    if !controlPlane, ControlRoute.isControlPath(path) {
      return Self.json(status: 404, #"{"error":"not_found","message":"this server has no /_sim control plane"}"#)
    }
    var headers = SynHTTP.HTTPHeaders()
    for field in request.headers {
      headers.add(field.name.rawName, field.value)
    }
    // HTTP/1's Host travels as the :authority pseudo-header, outside the fields; the
    // simulator builds the links it hands out (authUrl, uploadUrl) from it.
    if let authority = request.head.authority { headers.add("Host", authority) }
    let converted = SynHTTP.HTTPRequest(
      method: request.method.rawValue, path: path, query: Self.queryItems(request.uri.query),
      headers: headers, body: Array(buffer: body))
    if let adminToken, let refusal = adminToken.refusal(of: converted) {
      return Self.json(status: refusal.status, refusal.body)
    }
    let (answer, position) = simulator.handleJournaled(converted)
    if let webhooks, simulator.mayOweWebhooks { Task { await webhooks.sweep() } }
    // A write is acknowledged only once its journal record is on disk; a read's record
    // is safe from a killed process already, and any later write's flush covers it.
    if let position, !["GET", "HEAD"].contains(converted.method), !(await simulator.waitUntilDurable(position)) {
      return Self.json(
        status: 500,
        #"{"error":"journal_failed","message":"the request ran but could not be made durable: see the server's state file"}"#
      )
    }
    var fields = HTTPFields()
    for field in answer.headers {
      if let name = HTTPField.Name(field.name) {
        fields.append(HTTPField(name: name, value: field.value))
      }
    }
    return Response(
      status: .init(code: answer.status), headers: fields,
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body)))
  }

  /// Decoded query items, in order.
  static func queryItems(_ query: String?) -> [QueryItem] {
    guard let query, !query.isEmpty else { return [] }
    return QueryItem.parse(query[...])
  }

  static func json(status: Int, _ text: String) -> Response {
    response(status: status, contentType: "application/json", bytes: Array(text.utf8))
  }

  static func response(status: Int, contentType: String, bytes: [UInt8]) -> Response {
    Response(
      status: .init(code: status), headers: [.contentType: contentType],
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
  }
}
