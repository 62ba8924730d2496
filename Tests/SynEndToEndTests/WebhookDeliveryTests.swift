import Foundation
import Testing

/// `syn serve` sends Synup's webhooks for real (synup-sections.md 6.3): after
/// the verification handshake, a signed `listing.submission` reaches a
/// receiving server, and the script reads the same delivery back.
@Suite struct WebhookDeliveryTests {
  static let receiver = SynBinary.packageRoot.appendingPathComponent(
    "Tests/SynEndToEndTests/Fixtures/webhook_receiver.py")

  @Test func aSignedListingWebhookReachesTheReceiverAfterTheHandshake() throws {
    let server = try ServedSimulator()
    defer { _ = server.stop() }
    let log = FileManager.default.temporaryDirectory.appendingPathComponent("syn-webhooks-\(UUID()).jsonl")
    defer { try? FileManager.default.removeItem(at: log) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", Self.receiver.path, "--secret", "whsec_test", "--log", log.path]
    process.standardError = FileHandle.nullDevice
    let lines = try StartupBanner.start(process, until: "port: ")
    defer { if process.isRunning { process.terminate() } }
    let port = lines.first { $0.hasPrefix("port: ") }?.dropFirst(6) ?? ""

    let script = """
      use synup
      mock webhook url="http://127.0.0.1:\(port)/hooks/synup" secret="whsec_test"
      create location name="Blue Cafe" street="1 Main St" city="San Francisco" postalCode=94105 \\
        phone="(415) 555-1239" stateIso=CA countryIso=US subCategoryId="U3ViQ2F0ZWdvcnk6MjA=" \\
        description="A friendly neighbourhood cafe serving coffee, pastries and light lunches every day of the week, with seating for forty, free wifi, a small garden at the back and a menu that changes with the seasons and the market."
      let cafe = .data.createLocation.location.id
      mock listing locationId=$cafe site=yelp.com status=SYNCED
      # The worker sends after each request and every second: the handshake, then the delivery.
      sleep 5s
      mock deliveries event=listing.submission
      expect .deliveries count == 1
      expect .deliveries[0].state == "delivered"
      expect .deliveries[0].attempts[0].status == 200
      expect .deliveries[0].body.status == "success"
      print .deliveries[0].body.live_link
      """
    let result = try SynBinary.run(["--backend", "live", "--base-url", server.origin], input: script)
    #expect(result.exitCode == 0, "\(result.stdout)\n\(result.stderr)")

    let received = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
    }
    #expect(received.map { $0["event"] as? String } == ["endpoint.verification", "listing.submission"])
    let delivery = try #require(received.last)
    #expect(delivery["signatureValid"] as? Bool == true)
    #expect(delivery["userAgent"] as? String == "syn-simulator-webhooks/1")
    let body = delivery["body"] as? [String: Any]
    #expect(body?["status"] as? String == "success")
    let liveLink = try #require(body?["live_link"] as? String)
    #expect(liveLink.hasPrefix("https://www.yelp.com/biz/blue-cafe-"))
    #expect(result.stdout.contains(liveLink), "the script read back the same delivery: \(result.stdout)")
  }
}
