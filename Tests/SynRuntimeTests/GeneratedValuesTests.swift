import SynJSON
import SynLanguage
import SynRuntime
import Testing

/// Which values of an answer are generated (`GeneratedValues`), and the
/// `matches` template `:save --expect` writes from them.
@Suite struct GeneratedValuesTests {
  private static func marker(_ value: JSONValue, at path: String) throws -> String? {
    GeneratedValues.classify(value, at: try JSONPath(parsing: path))?.marker.description
  }

  @Test(arguments: [
    ("3f2a1c4e-9b7d-4e2f-8a1b-0c9d8e7f6a5b", ".id", "#uuid"),
    ("3f2a1c4e-9b7d-4e2f-8a1b-0c9d8e7f6a5b", ".data[0].profileId", "#uuid"),
    ("2026-01-01T00:00:00Z", ".createdAt", "#timestamp"),
    ("2026-01-05T09:30:00.000000+00:00", ".date", "#timestamp"),
    ("2026-01-05", ".data.report.startDate", "#string"),
    ("2026-01-01 00:00:00 UTC", ".createdAt", "#string"),
    ("2026-01-05T09:30:00.000000", ".rankedAt", "#string"),
    ("January 1, 2026", ".createdDate", "#string"),
    ("1767605400000", ".createdAt", "#string"),
    ("http://localhost/mock/oauth/twitter/authorize?state=abc", ".authUrl", "#url"),
    ("http://localhost/mock/uploads/0f3c9a2b7d1e4f60a8b9c0d1e2f3a4b5", ".uploadUrl", "#url"),
    ("https://x.com/i/3f2a1c4e-9b7d-4e2f-8a1b-0c9d8e7f6a5b", ".url", "#url"),
    ("TG9jYXRpb246MQ==", ".data.createLocation.location.id", "#string"),
    ("VXNlcjox", ".id", "#string"),
    ("0f3c9a2b7d1e4f60a8b9c0d1e2f3a4b5", ".state", "#string"),
    ("1834567890123456789", ".platformPostId", "#string"),
    ("sk_live_abcdef123", ".note", "#string"),
    ("whatever it is", ".apiKey", "#string"),
    ("abc", ".accessToken", "#string"),
    ("abc", ".webhook_secret", "#string"),
  ])
  func generatedStrings(text: String, path: String, marker: String) throws {
    #expect(try Self.marker(.string(text), at: path) == marker)
  }

  @Test func generatedIntegers() throws {
    #expect(try Self.marker(42, at: ".id") == "#integer")
    #expect(try Self.marker(42, at: ".data.location.databaseId") == "#integer")
    #expect(try Self.marker(42, at: ".locationIds[1]") == "#integer", "an element takes its array's key")
    #expect(try Self.marker(42, at: ".parent_id") == "#integer")
    #expect(try Self.marker(1_767_605_400, at: ".expiresAt") == "#integer")
  }

  @Test(arguments: [
    (JSONValue.string("Alice's Brand"), ".name"),
    ("user-42", ".externalId"),
    ("https://x.com/alice", ".website"),
    ("http://localhost/v1/connect/twitter/callback", ".redirectUri"),
    ("(415) 555-1239", ".phone"),
    ("5551234567", ".phone"),
    ("", ".id"),
    ("pro", ".metadata.tier"),
    ("SF-1", ".storeId"),
    ("description", ".errors[0].contextInfo[0].key"),  // a field's name, not a key
    (42, ".externalId"),
    (3, ".total"),
    (1.5, ".id"),
    (true, ".isDefault"),
    (nil, ".createdAt"),
    (.array(["a"]), ".ids"),
    (["id": "x"] as JSONValue, ".profile"),
  ])
  func literals(value: JSONValue, path: String) throws {
    #expect(try Self.marker(value, at: path) == nil)
  }

  @Test func kindsTellWhyAValueIsGenerated() throws {
    let classify = { (value: JSONValue, path: String) in
      GeneratedValues.classify(value, at: try JSONPath(parsing: path))?.kind
    }
    #expect(try classify("3f2a1c4e-9b7d-4e2f-8a1b-0c9d8e7f6a5b", ".id") == .id)
    #expect(try classify("2026-01-01T00:00:00Z", ".createdAt") == .time)
    #expect(try classify("http://h/u?state=1", ".authUrl") == .tokenURL)
    #expect(try classify("sk_test_123", ".key") == .key)
  }

  @Test func templateMarksGeneratedValuesAndKeepsTheRestLiteral() throws {
    let body = try JSONValue(
      parsing: """
        {"id": "3f2a1c4e-9b7d-4e2f-8a1b-0c9d8e7f6a5b", "name": "Alice", "externalId": null,
         "metadata": {"tier": "pro", "tags": ["a", 1.50]}, "createdAt": "2026-01-01T00:00:00Z",
         "accounts": [{"id": 7, "authUrl": "http://localhost/a?state=s"}], "empty": [], "none": {}}
        """)
    #expect(
      GeneratedValues.template(of: body) == """
        {
          "id": #uuid,
          "name": "Alice",
          "externalId": null,
          "metadata": {
            "tier": "pro",
            "tags": [
              "a",
              1.50
            ]
          },
          "createdAt": #timestamp,
          "accounts": [
            {
              "id": #integer,
              "authUrl": #url
            }
          ],
          "empty": [],
          "none": {}
        }
        """)
  }

  @Test func aTopLevelArrayOfIDs() {
    let body: JSONValue = ["3f2a1c4e-9b7d-4e2f-8a1b-0c9d8e7f6a5b", "x"]
    #expect(GeneratedValues.template(of: body) == "[\n  #uuid,\n  \"x\"\n]")
  }

  /// Real answers of the simulator: every generated value its handlers make is caught.
  @Test func aSynposterProfileAndAConnectAnswer() async throws {
    let harness = try await Harness.start()
    await harness.run("create profile name=Alice externalId=user-42 as p")
    let profile = GeneratedValues.template(of: try #require(harness.session.last?.json))
    #expect(profile.contains(#""id": #uuid"#) && profile.contains(#""createdAt": #timestamp"#))
    #expect(profile.contains(#""name": "Alice""#) && profile.contains(#""externalId": "user-42""#))
    await harness.run("connect account twitter profileId=$p.id state=signup-7")
    let connect = GeneratedValues.template(of: try #require(harness.session.last?.json))
    #expect(connect.contains(#""authUrl": #url"#), "\(connect)")
    #expect(!connect.contains("http"), "no URL with a token stays literal: \(connect)")
  }

  @Test func aSynupLocation() async throws {
    let harness = try await Harness.start()
    await harness.run(
      """
      use synup
      create location name="Blue Cafe" street="1 Main St" city="San Francisco" postalCode=94105 \\
        phone="(415) 555-1239" stateIso=CA countryIso=US subCategoryId="U3ViQ2F0ZWdvcnk6MjA=" storeId=SF-1 \\
        description="\(String(repeating: "A cafe on Main Street. ", count: 10))"
      """)
    let template = GeneratedValues.template(of: try #require(harness.session.last?.json))
    #expect(template.contains(#""name": "Blue Cafe""#) && template.contains(#""storeId": "SF-1""#))
    #expect(template.contains(#""phone": "4155551239""#), "normalised, but not generated")
    #expect(template.contains(#""id": #string"#), "the Relay id: \(template)")
    #expect(!template.contains("2026") && !template.contains("TG9jYXRpb24"), "no date or id stays: \(template)")
  }
}
