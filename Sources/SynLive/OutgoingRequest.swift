import NIOCore
import NIOHTTP1
import SynHTTP

/// A request as it goes on the wire: its head, the default fields added, and its body.
struct OutgoingRequest: Sendable {
  var endpoint: Endpoint
  var head: HTTPRequestHead
  var body: ByteBuffer?
  /// Whether sending it twice cannot apply a change twice (`RetryPolicy.isSafe`):
  /// then one lost on a keep-alive connection the server had closed is sent again.
  var isRepeatable: Bool

  /// Methods whose empty body goes without `Content-Length`, as RFC 9110 section 8.6 advises.
  private static let methodsWithoutBody: Set<String> = ["GET", "HEAD", "DELETE", "CONNECT", "TRACE"]

  /// `request` to `origin`: `Host`, then the request's own fields in order, then
  /// `User-Agent` and `Accept` unless it has its own, then the body's length.
  /// Its own `Content-Length` and `Transfer-Encoding` give way to the body's
  /// length: a wrong one would leave the connection out of step.
  init(_ request: HTTPRequest, to origin: ParsedOrigin, userAgent: String) throws(ClientError) {
    var headers = NIOHTTP1.HTTPHeaders()
    headers.reserveCapacity(request.headers.fields.count + 4)
    if request.headers["Host"] == nil {
      headers.add(name: "Host", value: origin.hostField)
    }
    for field in request.headers {
      guard FieldSyntax.isValidName(field.name), FieldSyntax.isValidValue(field.value) else {
        throw .invalidHeaderField(field.name)
      }
      if !Self.isFraming(field.name) {
        headers.add(name: field.name, value: field.value)
      }
    }
    // Who is calling, and that syn reads JSON: unless the script said otherwise.
    if request.headers["User-Agent"] == nil {
      headers.add(name: "User-Agent", value: userAgent)
    }
    if request.headers["Accept"] == nil {
      headers.add(name: "Accept", value: "application/json")
    }
    if !request.body.isEmpty || !Self.methodsWithoutBody.contains(request.method) {
      headers.add(name: "Content-Length", value: String(request.body.count))
    }
    let target = origin.basePath + request.path + QueryItem.queryString(request.query)
    guard FieldSyntax.isValidTarget(target) else { throw .invalidTarget(target) }
    guard FieldSyntax.isValidName(request.method) else { throw .invalidMethod(request.method) }
    endpoint = origin.endpoint
    head = HTTPRequestHead(
      version: .http1_1, method: HTTPMethod(rawValue: request.method), uri: target, headers: headers)
    body = request.body.isEmpty ? nil : ByteBuffer(bytes: request.body)
    isRepeatable = RetryPolicy.isSafe(request)
  }
}

extension OutgoingRequest {
  /// Whether `name` is `Content-Length` or `Transfer-Encoding`, in any case.
  private static func isFraming(_ name: String) -> Bool {
    SynHTTP.HTTPHeaders.isSameName(name, "Content-Length") || SynHTTP.HTTPHeaders.isSameName(name, "Transfer-Encoding")
  }
}

/// What may be sent in a request's head (RFC 9110 section 5): checked before
/// anything is written, so a field that would split the head fails the request
/// and leaves the connection as it was.
enum FieldSyntax {
  /// A token: letters, digits and ``!#$%&'*+-.^_`|~``.
  static func isValidName(_ name: String) -> Bool {
    !name.isEmpty
      && name.utf8.allSatisfy { byte in
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
          UInt8(ascii: "0")...UInt8(ascii: "9"):
          true
        default:
          "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
      }
  }

  /// No control character but horizontal tab: no CR, LF or NUL above all.
  static func isValidValue(_ value: String) -> Bool {
    value.utf8.allSatisfy { $0 == UInt8(ascii: "\t") || ($0 >= 0x20 && $0 != 0x7F) }
  }

  /// A request target has no space and no control character (RFC 9112 section 3.2).
  static func isValidTarget(_ target: String) -> Bool {
    target.utf8.allSatisfy { $0 > 0x20 && $0 != 0x7F }
  }
}
