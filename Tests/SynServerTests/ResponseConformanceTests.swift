import SynCatalog
import SynJSON
import Testing

/// The simulator's real answers, success and error, fit the schemas
/// `/openapi.json` declares for them; every operation is exercised.
@Suite struct ResponseConformanceTests {
  @Test func synposterAnswersFitTheirSchemas() throws {
    let client = try ConformanceClient()
    client.call(.synposter, "get health", headers: [])
    client.call(.synposter, "get health", headers: [("x-api-key", "sk_live_wrong")])
    client.call(.synposter, "get usage")
    client.call(.synposter, "list profile", query: [("limit", "0")])
    let profile = client.call(
      .synposter, "create profile", body: ["name": "Alice", "externalId": "a", "metadata": ["k": 1]])
    let id = profile["id"]?.stringValue ?? ""
    client.call(.synposter, "create profile", body: [:])
    client.call(.synposter, "create profile", body: ["name": "Again", "externalId": "a"])
    client.call(.synposter, "list profile", query: [("externalId", "a")])
    client.call(.synposter, "get profile", path: "/v1/profiles/\(id)")
    client.call(.synposter, "get profile", path: "/v1/profiles/missing")
    client.call(.synposter, "update profile", path: "/v1/profiles/\(id)", body: ["metadata": nil])
    client.call(.synposter, "update profile", path: "/v1/profiles/\(id)", body: [:])

    let connect = client.call(
      .synposter, "connect account", path: "/v1/connect/twitter", body: ["profileId": .string(id)])
    #expect(connect["authUrl"] != nil)
    client.call(.synposter, "connect account", path: "/v1/connect/myspace", body: [:])
    client.call(
      .synposter, "connect account", path: "/v1/connect/twitter",
      body: ["profileId": "00000000-0000-4000-8000-000000000000"])
    let account = client.control("authorize", ["handle": "alice"])["accountId"]?.stringValue ?? ""
    client.call(.synposter, "list account", query: [("profileId", id)])
    client.call(.synposter, "list account", query: [("profileId", id), ("limit", "5")])
    client.call(.synposter, "list account")
    client.call(.synposter, "get account", path: "/v1/accounts/\(account)")

    let published = client.call(.synposter, "create post", body: ["accountIds": [.string(account)], "text": "Hello"])
    let scheduled = client.call(
      .synposter, "create post",
      body: ["accountIds": [.string(account)], "text": "Later", "scheduledAt": "2026-03-01T00:00:00Z"])
    client.call(
      .synposter, "create post",
      body: ["accountIds": [.string(account)], "text": .string(String(repeating: "x", count: 300))])
    client.call(.synposter, "create post", body: ["accountIds": ["00000000-0000-4000-8000-000000000000"], "text": "x"])
    client.call(.synposter, "list post", query: [("status", "published")])
    client.call(.synposter, "list post", query: [("offset", "-1")])
    client.call(.synposter, "get post", path: "/v1/posts/\(published["id"]?.stringValue ?? "")")
    client.call(.synposter, "delete post", path: "/v1/posts/\(published["id"]?.stringValue ?? "")")
    client.call(.synposter, "delete post", path: "/v1/posts/\(scheduled["id"]?.stringValue ?? "")")
    client.call(.synposter, "get post", path: "/v1/posts/\(scheduled["id"]?.stringValue ?? "")")
    client.call(.synposter, "create media", body: ["filename": "a.png", "mimeType": "image/png"])
    client.call(.synposter, "create media", body: ["filename": "a/b", "mimeType": "text/plain"])

    client.control("usage", ["posts": 2000])
    client.call(.synposter, "create post", body: ["accountIds": [.string(account)], "text": "Over"])
    client.control("ratelimit", ["limit": 1])
    client.call(.synposter, "get usage")
    client.call(.synposter, "get usage")
    client.control("ratelimit", ["limit": nil])
    client.control("fault", ["status": 500, "times": 1])
    client.call(.synposter, "get usage")

    client.call(.synposter, "delete account", path: "/v1/accounts/\(account)")
    client.call(.synposter, "delete account", path: "/v1/accounts/\(account)")
    client.call(.synposter, "delete profile", path: "/v1/profiles/\(id)")
    client.control("plan", ["plan": "free"])
    client.call(.synposter, "create profile", body: ["name": "Bob"])
    client.call(.synposter, "get usage", headers: [])

    let operations = Catalog.synposter.operations.map(\.name)
    for name in operations {
      #expect(client.seen.contains { $0.hasPrefix("synposter \(name) ") }, "\(name) never called")
    }
    for status in [201, 204, 400, 401, 402, 404, 409, 429, 500] {
      #expect(client.seen.contains { $0.hasSuffix(" \(status)") }, "no answer with \(status)")
    }
  }
}

extension ResponseConformanceTests {
  @Test func synupAnswersFitTheirSchemas() throws {
    let client = try ConformanceClient()
    let about = String(repeating: "A cafe with coffee and cake. ", count: 8)
    let location: JSONValue = [
      "name": "Blue Cafe", "street": "1 Main St", "city": "San Francisco", "postalCode": "94105",
      "phone": "(415) 555-1239", "stateIso": "CA", "countryIso": "US", "subCategoryId": "U3ViQ2F0ZWdvcnk6MjA=",
      "storeId": "SF-1", "description": .string(about),
      "businessHours": .array(
        ["SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"].map { day in
          ["day": .string(day), "type": "OPEN", "slots": [["start": "09:00am", "end": "05:00pm"]]]
        }),
    ]
    let created = client.call(.synup, "create location", body: ["input": location])
    let cafe = created["data"]?["createLocation"]?["location"]?["id"] ?? .null
    client.call(.synup, "create location", body: ["input": ["name": "B"]])
    client.call(.synup, "create location", body: ["input": ["name": "B", "tenure": 1]])
    client.call(.synup, "update location", body: ["input": ["id": cafe, "tagline": "Fresh", "hideAddress": nil]])
    client.call(.synup, "list location", query: [("first", "1")])
    client.call(.synup, "get location", query: [("ids", "[\(cafe.compactText)]")])
    client.call(.synup, "get location", query: [("ids", "nope")])
    client.call(.synup, "search location", query: [("query", "blue")])
    client.call(.synup, "get store-location", query: [("storeCodes", #"["SF-1"]"#)])
    client.call(.synup, "list subcategory")

    let roles = client.call(.synup, "list role")
    let role = roles["data"]?["fetchAccountRoles"]?.arrayValue?.first?["id"] ?? .null
    let added = client.call(
      .synup, "create user", body: ["input": ["email": "a@b.co", "roleId": role, "firstName": "A"]])
    let user = added["data"]?["addUser"]?["user"]?["id"] ?? .null
    client.call(.synup, "create user", body: ["input": ["email": "a@b.co", "roleId": role, "firstName": "A"]])
    client.call(.synup, "list user")
    client.call(.synup, "get user", query: [("userIds", "[\(user.compactText)]")])
    client.call(.synup, "update user", body: ["input": ["id": user, "lastName": "B"]])
    client.call(
      .synup, "add user-location", body: ["input": ["userId": user, "locationIds": [cafe, "TG9jYXRpb246OTk="]]])
    client.call(.synup, "remove user-location", body: ["input": ["userId": user, "locationIds": [cafe]]])

    let folder = client.call(.synup, "create folder", body: ["input": ["name": "Fx"]])
    let folderID = folder["data"]?["createFolder"]?["folder"]?["id"] ?? .null
    client.call(.synup, "create folder", body: ["input": ["name": "Fx"]])
    client.call(.synup, "add user-folder", body: ["input": ["userId": user, "folderIds": [folderID]]])
    client.call(.synup, "list user-resource", path: "/api/v4/users/\(user.stringValue ?? "")/resources")
    client.call(.synup, "list user-resource", path: "/api/v4/users/nope/resources")
    client.call(.synup, "remove user-folder", body: ["input": ["userId": user, "folderIds": [folderID]]])
    client.call(.synup, "add folder-location", body: ["input": ["name": "fx", "locationIds": [cafe]]])
    client.call(.synup, "list folder")
    client.call(.synup, "get folder-tree")
    client.call(.synup, "get folder", query: [("folderName", "fx")])
    client.call(.synup, "get folder")
    client.call(.synup, "list folder-location", query: [("folderName", "fx")])
    client.call(.synup, "rename folder", body: ["input": ["oldName": "fx", "name": "fy"]])
    client.call(.synup, "rename folder", body: ["input": ["oldName": "root", "name": "x"]])
    client.call(.synup, "remove folder-location", body: ["input": ["locationIds": [cafe]]])
    client.call(.synup, "delete folder", body: ["input": ["name": "fy"]])
    client.call(.synup, "delete folder", body: ["input": ["name": "root"]])

    client.call(.synup, "add tag", body: ["input": ["locationId": cafe, "tag": "t1"]])
    client.call(.synup, "add tag", body: ["input": ["locationId": cafe, "tag": "bad!"]])
    client.call(.synup, "list tag")
    client.call(.synup, "list tag-location", query: [("tags", #"["t1"]"#)])
    client.call(.synup, "remove tag", body: ["input": ["locationId": cafe, "tag": "t1"]])
    client.call(.synup, "list country")
    client.call(.synup, "list subscription")
    client.call(.synup, "list plan-site")
    let userAndFolder: JSONValue = [
      "roleId": role, "firstName": "C", "lastName": "D", "email": "c@d.co", "directCustomer": true,
      "locale": "ENGLISH", "locationIds": [cafe], "socialProfileIds": [], "name": "Team C", "isDefaultFolder": true,
    ]
    let made = client.call(.synup, "add user-and-folder", body: ["input": userAndFolder])
    #expect(made["data"]?["addUserAndFolder"]?["success"] == true, "\(made)")
    client.call(.synup, "add user-and-folder", body: ["input": userAndFolder])
    var forExistingUser = userAndFolder.objectValue ?? JSONObject()
    forExistingUser["name"] = "Team E"
    forExistingUser["userId"] = user
    client.call(.synup, "add user-and-folder", body: ["input": .object(forExistingUser)])

    client.call(.synup, "archive location", body: ["input": ["locationIds": [cafe]]])
    client.call(.synup, "activate location", body: ["input": ["locationIds": [cafe, "TG9jYXRpb246OTk="]]])
    client.call(.synup, "cancel archive", body: ["input": ["locationIds": [cafe]]])
    Self.callConnectedAccountOperations(client, location: cafe)
    client.call(.synup, "list role", headers: [("Authorization", "API wrong")])
    client.control("fault", ["status": 500, "times": 1])
    client.call(.synup, "list tag")
    for operation in Catalog.synup.operations where client.documentsNotSimulated(operation) {
      client.callWithPlaceholders(operation)
    }

    for name in Catalog.synup.operations.map(\.name) {
      #expect(client.seen.contains { $0.hasPrefix("synup \(name) ") }, "\(name) never called")
    }
    for status in [200, 400, 401, 500] {
      #expect(client.seen.contains { $0.hasSuffix(" \(status)") }, "no answer with \(status)")
    }
  }
}
