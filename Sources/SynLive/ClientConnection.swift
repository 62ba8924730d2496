import NIOCore
import NIOHTTP1
import NIOSSL

/// One HTTP/1.1 connection of `KeepAliveClient`: its channel, and the handler
/// that writes requests to it and reads their answers.
final class ClientConnection {
  let channel: any Channel
  private let collector: ResponseCollector
  /// Whether it answered a request before: the server may have closed it since.
  private(set) var isReused = false

  /// The connection whose pipeline `addHandlers(to:endpoint:)` set up.
  init(channel: any Channel) throws {
    self.channel = channel
    collector = try channel.pipeline.syncOperations.handler(type: ResponseCollector.self)
  }

  /// Sets up a new channel's pipeline: TLS for https, HTTP/1.1's request
  /// encoder and response decoder, and the collector at the end.
  static func addHandlers(to channel: any Channel, endpoint: Endpoint) throws {
    let pipeline = channel.pipeline.syncOperations
    if endpoint.isSecure {
      let tls = try TLSContext.shared.get()
      try pipeline.addHandler(NIOSSLClientHandler(context: tls, serverHostname: endpoint.serverName))
    }
    let watch = ResponseBytesWatch()
    try pipeline.addHandler(watch)
    // Header fields are checked before a request is written (`FieldSyntax`), not again here.
    try pipeline.addHTTPClientHandlers(enableOutboundHeaderValidation: false)
    try pipeline.addHandler(ResponseCollector(watch: watch))
  }

  /// Whether any byte of a response came since the last request was written.
  var receivedResponseBytes: Bool { collector.receivedResponseBytes }

  var isActive: Bool { channel.isActive }

  /// Writes `request`; `completion` gets its response, or why none came.
  func send(
    _ request: OutgoingRequest, maximumBodyBytes: Int, completion: @escaping ResponseCollector.Completion
  ) {
    collector.send(request, maximumBodyBytes: maximumBodyBytes, completion: completion)
  }

  /// Marks the connection as having answered, before it waits for the next request.
  func markReused() {
    isReused = true
  }

  func close() {
    channel.close(mode: .all, promise: nil)
  }
}

/// The TLS settings of every https connection: the system's trust roots, the
/// certificate verified. Made once (reading the trust roots is slow).
enum TLSContext {
  static let shared = Result { try NIOSSLContext(configuration: .makeClientConfiguration()) }
}
