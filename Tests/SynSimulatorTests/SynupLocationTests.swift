import SynJSON
import Testing

@testable import SynSimulator

/// POST /locations and /locations/update: the location object and every
/// field rule of spec 4, each refusing with its SY code as a payload.
@Suite struct SynupLocationTests {
  @Test func createAnswersTheLocationWithItsDefaults() throws {
    let synup = try SynupClient()
    try synup.control("/_sim/clock", #"{"set":"2026-02-19T07:24:51Z"}"#)
    let reply = synup.post("/locations", input: SynupFixtures.location(["storeId": "SF-1"]))
    let payload = try synup.data(reply, "createLocation")
    #expect(payload.objectValue?.keys == ["clientMutationId", "errors", "location", "success", "warnings"])
    #expect(payload["clientMutationId"] == .null)
    #expect(payload["errors"] == .null)
    #expect(payload["success"] == true)
    #expect(payload["warnings"] == [])
    let location = try #require(payload["location"])
    let expected: [(String, JSONValue)] = [
      ("id", "TG9jYXRpb246MQ=="), ("databaseId", 1), ("accountId", 1), ("name", "Blue Cafe"), ("storeId", "SF-1"),
      ("street", "1 Main St"), ("street1", nil), ("city", "San Francisco"), ("stateIso", "CA"),
      ("stateName", "California"), ("postalCode", "94105"), ("countryIso", "US"), ("phone", "4155551239"),
      ("additionalPhones", []), ("description", .string(SynupFixtures.description)), ("paymentMethods", []),
      ("hideAddress", false), ("businessHours", []), ("categoryId", 2),
      ("subCategoryId", "U3ViQ2F0ZWdvcnk6MjA="), ("subCategoryName", "Restaurant"),
      ("subCategory", ["databaseId": 20, "id": "U3ViQ2F0ZWdvcnk6MjA=", "name": "Restaurant", "primary": true]),
      ("additionalCategoryIds", []), ("tags", ["all"]), ("folderName", "root"), ("archived", false),
      ("archivedAt", nil), ("archivalScheduledAt", nil), ("approved", "APPROVED"), ("package", "PREMIUM"),
      ("createdDate", "February 19, 2026"), ("updatedAt", "2026-02-19T07:24:51.000Z"),
      ("lastUpdatedDate", "February 19, 2026"), ("customAttributes", []), ("locationPhotos", []),
    ]
    for (key, value) in expected {
      #expect(location[key] == value, "\(key)")
    }
    #expect(ResourceID(Substring(location["uid"]?.stringValue ?? "")) != nil)
    #expect(location["latitude"]?.numberValue != nil)
    #expect(location["longitude"]?.numberValue != nil)
    let roots = try synup.data(synup.get("/folders/flat"), "getUserFolders")
    #expect(location["folderId"] == roots.arrayValue?.first?["id"])
  }

  @Test func optionalFieldsAreKeptAndPrinted() throws {
    let synup = try SynupClient()
    let hours = JSONValue.array(
      SynupFixtures.weekHours.dropLast() + [
        ["day": "SATURDAY", "type": "CLOSED"],
        [
          "day": "SPECIAL", "type": "OPEN", "specialDate": "2026-12-24",
          "slots": [["start": "10:00am", "end": "2:00pm"]],
        ],
      ])
    let location = try synup.createLocation([
      "paymentMethods": ["CASH", "VISA"], "yearOfIncorporation": 1999, "hideAddress": true,
      "additionalCategoryIds": [21, 22], "tags": ["vip", "Downtown", "vip", "all"], "bizUrl": "https://blue.example",
      "businessHours": hours, "folderName": "West Coast!",
    ])
    #expect(location["paymentMethods"] == ["CASH", "VISA"])
    #expect(location["yearOfIncorporation"] == 1999)
    #expect(location["hideAddress"] == true)
    #expect(location["additionalCategoryIds"] == [21, 22])
    #expect(location["additionalCategoryNames"] == ["Cafe", "Bakery"])
    #expect(location["tags"] == ["all", "vip", "Downtown"])
    #expect(location["bizUrl"] == "https://blue.example")
    #expect(location["folderName"] == "west coast_")
    let businessHours = try #require(location["businessHours"]?.arrayValue)
    #expect(
      businessHours.map { $0["day"] } == [
        "SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SPECIAL",
      ])
    #expect(
      businessHours[0] == [
        "day": "SUNDAY", "slots": [["start": "09:00am", "end": "05:00pm"]], "specialDate": nil, "type": "OPEN",
      ])
    #expect(businessHours[6] == ["day": "SATURDAY", "slots": nil, "specialDate": nil, "type": "CLOSED"])
    #expect(businessHours[7]["specialDate"] == "2026-12-24")
    #expect(businessHours[7]["slots"] == [["start": "10:00am", "end": "02:00pm"]])
    let tags = try synup.data(synup.get("/tags"), "listAllTags").arrayValue?.compactMap { $0["name"]?.stringValue }
    #expect(tags == ["all", "vip", "Downtown"])
  }

  struct RuleCase: CustomTestStringConvertible, Sendable {
    var changes: [String: JSONValue]
    var errors: String
    var testDescription: String { errors }
  }

  static func error(_ code: String, _ message: String, _ key: String, _ value: String) -> String {
    let error: JSONValue = [
      "code": .string(code), "message": .string(message),
      "contextInfo": [["key": .string(key), "value": .string(value)]],
    ]
    return error.compactText
  }

  static let longName = String(repeating: "n", count: 151)

  static let rules: [RuleCase] = [
    RuleCase(changes: ["name": ""], errors: error("SY10001", "Name can't be blank", "name", "")),
    RuleCase(
      changes: ["name": "B"], errors: error("SY10001", "Name should be between 2 and 150 characters", "name", "B")),
    RuleCase(
      changes: ["name": .string(longName)],
      errors: error("SY10001", "Name should be between 2 and 150 characters", "name", longName)),
    RuleCase(changes: ["street": ""], errors: error("SY10011", "Street can't be blank", "street", "")),
    RuleCase(changes: ["city": " "], errors: error("SY10012", "City can't be blank", "city", " ")),
    RuleCase(changes: ["postalCode": ""], errors: error("SY10013", "Postal code can't be blank", "postalCode", "")),
    RuleCase(changes: ["phone": ""], errors: error("SY10015", "Phone can't be blank", "phone", "")),
    RuleCase(changes: ["phone": "555-1239"], errors: error("SY10015", "Phone number is invalid", "phone", "555-1239")),
    RuleCase(changes: ["countryIso": ""], errors: error("SY10009", "Country can't be blank", "countryIso", "")),
    RuleCase(changes: ["countryIso": "FR"], errors: error("SY10009", "Country is invalid", "countryIso", "FR")),
    RuleCase(changes: ["stateIso": ""], errors: error("SY10010", "State can't be blank", "stateIso", "")),
    RuleCase(changes: ["stateIso": "ON"], errors: error("SY10010", "State is invalid for US", "stateIso", "ON")),
    RuleCase(
      changes: ["description": "Too short"],
      errors: error("SY10005", "Description should be at least 200 characters long", "description", "Too short")),
    RuleCase(
      changes: ["subCategoryId": ""],
      errors: error("SY10024", "Primary subcategory can't be blank", "subCategoryId", "")),
    RuleCase(
      changes: ["subCategoryId": "U3ViQ2F0ZWdvcnk6OTk5"],
      errors: error("SY10025", "Primary subcategory is invalid", "subCategoryId", "U3ViQ2F0ZWdvcnk6OTk5")),
    RuleCase(
      changes: ["subCategoryId": 20], errors: error("SY10025", "Primary subcategory is invalid", "subCategoryId", "20")),
    RuleCase(
      changes: ["additionalCategoryIds": [1, 2, 20, 21, 22, 23, 40, 41, 42, 60]],
      errors: error("SY10026", "Cannot add more than 9 additional categories", "additionalCategoryIds", "10")),
    RuleCase(
      changes: ["additionalCategoryIds": [7]],
      errors: error("SY10025", "Additional category is invalid", "additionalCategoryIds", "7")),
    RuleCase(
      changes: ["paymentMethods": ["CASH", "BITCOIN"]],
      errors: error("SY10016", "Invalid payment method", "paymentMethods", "BITCOIN")),
    RuleCase(
      changes: ["ownerEmail": "owner@"], errors: error("SY10006", "Owner email is invalid", "ownerEmail", "owner@")),
    RuleCase(
      changes: ["tags": ["ok", "b@d"]],
      errors: error("SY10071", "Special characters are not allowed in tags", "tag", "b@d")),
    RuleCase(changes: ["tags": [""]], errors: error("SY10042", "Invalid tag name", "tag", "")),
    RuleCase(
      changes: ["tags": .array((1...11).map { .string("t\($0)") })],
      errors: #"{"code":"SY10040","message":"Cannot add more than 10 tags","contextInfo":[]}"#),
  ]

  @Test(arguments: rules)
  func createRefusesEachBrokenRule(rule: RuleCase) throws {
    let synup = try SynupClient()
    let reply = synup.post("/locations", input: SynupFixtures.location(rule.changes))
    #expect(reply.status == 200)
    #expect(
      reply.text
        == #"{"data":{"createLocation":{"clientMutationId":null,"errors":[\#(rule.errors)],"location":null,"success":false,"warnings":null}}}"#
    )
    #expect(try synup.data(synup.get("/locations"), "allLocations")["pageInfo"]?["total"] == 0)
  }

  static let hourRules: [RuleCase] = [
    RuleCase(
      changes: ["businessHours": .array(Array(SynupFixtures.weekHours.dropFirst()))],
      errors: error(
        "SY10031", "All days of the week should be included in business hours, each once", "businessHours", "SUNDAY")),
    RuleCase(
      changes: ["businessHours": .array(SynupFixtures.weekHours + [SynupFixtures.weekHours[1]])],
      errors: error(
        "SY10031", "All days of the week should be included in business hours, each once", "businessHours", "MONDAY")),
    RuleCase(
      changes: [
        "businessHours": .array(
          SynupFixtures.weekHours.dropLast() + [
            ["day": "SATURDAY", "type": "OPEN", "slots": [["start": "9am", "end": "5:00pm"]]]
          ])
      ],
      errors: error("SY10033", "Time should be in 12 hour format (hh:mmam)", "businessHours", "SATURDAY 9am")),
    RuleCase(
      changes: [
        "businessHours": .array(
          SynupFixtures.weekHours.dropLast() + [
            ["day": "SATURDAY", "type": "OPEN", "slots": [["start": "13:00pm", "end": "5:00pm"]]]
          ])
      ],
      errors: error("SY10033", "Time should be in 12 hour format (hh:mmam)", "businessHours", "SATURDAY 13:00pm")),
    RuleCase(
      changes: [
        "businessHours": .array(
          SynupFixtures.weekHours.dropLast() + [
            ["day": "SATURDAY", "type": "OPEN", "slots": [["start": "05:00pm", "end": "09:00am"]]]
          ])
      ],
      errors: error("SY10075", "Start time should be before end time", "businessHours", "SATURDAY 05:00pm-09:00am")),
    RuleCase(
      changes: [
        "businessHours": .array(
          SynupFixtures.weekHours.dropLast() + [
            ["day": "SATURDAY", "type": "OPEN", "slots": [["start": "09:00am", "end": "9:00 AM"]]]
          ])
      ],
      errors: error("SY10075", "Start time should be before end time", "businessHours", "SATURDAY 09:00am-9:00 AM")),
    RuleCase(
      changes: ["businessHours": .array(SynupFixtures.weekHours.dropLast() + [["day": "SATURDAY", "type": "OPEN"]])],
      errors: error("SY10073", "Open days should have 1 or 2 time slots", "businessHours", "SATURDAY")),
    RuleCase(
      changes: [
        "businessHours": .array(
          SynupFixtures.weekHours.dropLast() + [
            ["day": "SATURDAY", "type": "CLOSED", "slots": [["start": "09:00am", "end": "10:00am"]]]
          ])
      ],
      errors: error("SY10073", "Closed days cannot have time slots", "businessHours", "SATURDAY")),
    RuleCase(
      changes: ["businessHours": .array(SynupFixtures.weekHours.map { ["day": $0["day"] ?? nil, "type": "CLOSED"] })],
      errors: error("SY10092", "Business hours cannot be closed on all days of the week", "businessHours", "CLOSED")),
    RuleCase(
      changes: [
        "businessHours": .array(
          SynupFixtures.weekHours + [["day": "SPECIAL", "type": "CLOSED", "specialDate": "2026-02-30"]])
      ],
      errors: error("SY10091", "Special hours need a specialDate such as 2026-12-25", "specialDate", "2026-02-30")),
  ]

  @Test(arguments: hourRules)
  func businessHoursRules(rule: RuleCase) throws {
    let reply = try SynupClient().post("/locations", input: SynupFixtures.location(rule.changes))
    #expect(
      reply.text
        == #"{"data":{"createLocation":{"clientMutationId":null,"errors":[\#(rule.errors)],"location":null,"success":false,"warnings":null}}}"#
    )
  }

  @Test func everyBrokenRuleIsReportedInFieldOrder() throws {
    let reply = try SynupClient().post(
      "/locations", input: SynupFixtures.location(["name": "", "street": "", "phone": "1"]))
    let codes = try reply.json()["data"]?["createLocation"]?["errors"]?.arrayValue?.compactMap {
      $0["code"]?.stringValue
    }
    #expect(codes == ["SY10001", "SY10011", "SY10015"])
  }

  @Test func storeIdIsUniqueSY10072() throws {
    let synup = try SynupClient()
    try synup.createLocation(["storeId": "S1"])
    let reply = synup.post("/locations", input: SynupFixtures.location(["storeId": "S1", "name": "Other"]))
    #expect(
      try reply.json()["data"]?["createLocation"]?["errors"] == [
        [
          "code": "SY10072", "message": "Store ID has already been taken",
          "contextInfo": [["key": "storeId", "value": "S1"]],
        ]
      ])
    try synup.createLocation(["name": "Blank One", "storeId": ""])
    #expect(try synup.createLocation(["name": "Blank Two", "storeId": " "])["storeId"] == .null)
  }

  @Test func nameWithPhoneAndPostalCodeIsUniqueSY10017() throws {
    let synup = try SynupClient()
    try synup.createLocation()
    let reply = synup.post("/locations", input: SynupFixtures.location(["name": "BLUE CAFE", "phone": "415.555.1239"]))
    let expected =
      #"{"data":{"createLocation":{"clientMutationId":null,"errors":[{"code":"SY10017","message":"A location with the same name, phone and postal code already exists","contextInfo":[{"key":"name","value":"BLUE CAFE"},{"key":"phone","value":"4155551239"},{"key":"postalCode","value":"94105"}]}],"location":null,"success":false,"warnings":null}}}"#
    #expect(reply.text == expected)
    try synup.createLocation(["postalCode": "94106"])
  }

  @Test func updateChangesTheFieldsSentAndReplacesTagsKeepingAll() throws {
    let synup = try SynupClient()
    let created = try synup.createLocation(["tags": ["old"]])
    let id = try #require(created["id"]?.stringValue)
    try synup.control("/_sim/clock", #"{"advance":"+1d"}"#)
    let payload = try synup.data(
      synup.post("/locations/update", input: #"{"id":"\#(id)","city":"Oakland","tags":["new"],"stateIso":"ny"}"#),
      "updateLocation")
    #expect(payload["success"] == true)
    let location = try #require(payload["location"])
    #expect(location["city"] == "Oakland")
    #expect(location["name"] == "Blue Cafe")
    #expect(location["stateIso"] == "NY")
    #expect(location["stateName"] == "New York")
    #expect(location["tags"] == ["all", "new"])
    #expect(location["createdDate"] == "January 1, 2026")
    #expect(location["updatedAt"] == "2026-01-02T00:00:00.000Z")
    let tags = try synup.data(synup.get("/tags"), "listAllTags").arrayValue?.compactMap { $0["name"]?.stringValue }
    #expect(tags == ["all", "old", "new"])
  }

  @Test func updateAppliesTheSameRules() throws {
    let synup = try SynupClient()
    let id = try #require(try synup.createLocation()["id"]?.stringValue)
    try synup.createLocation(["name": "Other", "storeId": "S2"])
    let reply = synup.post("/locations/update", input: #"{"id":"\#(id)","name":null,"storeId":"S2","countryIso":"CA"}"#)
    let codes = try reply.json()["data"]?["updateLocation"]?["errors"]?.arrayValue?.compactMap {
      $0["code"]?.stringValue
    }
    #expect(codes == ["SY10001", "SY10010", "SY10072"])
    let unchanged = try synup.data(synup.get("/locations-by-ids", [("ids", #"["\#(id)"]"#)]), "getLocationsByIds")
    #expect(unchanged.arrayValue?.first?["name"] == "Blue Cafe")
  }

  @Test func updateOfAnUnknownLocationIsSY10038() throws {
    let reply = try SynupClient().post("/locations/update", input: #"{"id":"TG9jYXRpb246OQ==","city":"X"}"#)
    #expect(
      reply.text
        == #"{"data":{"updateLocation":{"clientMutationId":null,"errors":[{"code":"SY10038","message":"Location Does Not Exist","contextInfo":[{"key":"id","value":"TG9jYXRpb246OQ=="}]}],"location":null,"success":false,"warnings":null}}}"#
    )
  }

  @Test func numericLocationIdsAreInvalidIds() throws {
    let synup = try SynupClient()
    try synup.createLocation()
    let reply = synup.post("/locations/update", input: #"{"id":1,"city":"X"}"#)
    #expect(reply.text == #"{"data":{"updateLocation":null},"errors":[{"message":"SY90002: Invalid Id"}]}"#)
  }
}
