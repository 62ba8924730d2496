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

    let listings = "/api/v4/locations/\(cafe.stringValue ?? "")"
    client.control("clock", ["advance": "+3d"])
    client.control("synup/listings", ["locationId": cafe, "site": "foursquare.com", "status": "FAILED"])
    client.call(.synup, "list listing", path: listings + "/listings/premium")
    client.call(.synup, "list listing", path: "/api/v4/locations/nope/listings/premium")
    client.call(.synup, "list additional-listing", path: listings + "/listings/additional")
    client.call(.synup, "list voice-listing", path: listings + "/voice-assistants")
    client.call(.synup, "get ai-listing", path: listings + "/ai-listings")
    let groups = client.call(.synup, "list duplicate", path: listings + "/listings/duplicates")
    client.call(.synup, "list account-duplicate")
    client.call(.synup, "list account-duplicate", query: [("page", "x")])
    let group = groups["data"]?["duplicateListingsForLocation"]?.arrayValue?.first
    let item = group?["duplicateListings"]?.arrayValue?.first?["id"] ?? "x"
    client.call(.synup, "mark duplicate", body: ["input": ["locationId": cafe, "listingItemIds": [item]]])
    client.call(.synup, "unmark duplicate", body: ["input": ["locationId": cafe, "listingItemIds": [item]]])
    client.call(.synup, "unmark duplicate", body: ["input": ["locationId": cafe, "listingItemIds": ["bad"]]])
    callRankingOperations(client, location: cafe.stringValue ?? "")
    callReviewOperations(client, location: cafe)

    client.call(.synup, "archive location", body: ["input": ["locationIds": [cafe]]])
    client.call(.synup, "activate location", body: ["input": ["locationIds": [cafe, "TG9jYXRpb246OTk="]]])
    client.call(.synup, "cancel archive", body: ["input": ["locationIds": [cafe]]])
    try client.callPhotoAndAutomationOperations(location: cafe)
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

  /// Grid rank, rankings and profile analytics (synup-sections.md 4.4, 4.8, 4.9), success and errors.
  private func callRankingOperations(_ client: ConformanceClient, location: String) {
    let grid: JSONValue = [
      "locationId": .string(location), "keywords": ["pizza", "pasta"], "businessName": "B", "businessStreet": "S",
      "businessCity": "C", "businessState": "", "businessCountry": "US", "latitude": "40.7", "longitude": -74,
      "distance": 2.5, "distanceUnit": "km", "gridSize": 3,
    ]
    let created = client.call(.synup, "create grid-report", body: grid)
    let report = created["data"]?["createGridrankReport"]?["data"]?["reportIds"]?.arrayValue?.first?.stringValue ?? ""
    client.call(.synup, "create grid-report", body: ["locationId": .string(location), "gridSize": 4])
    client.call(.synup, "get grid-report", path: "/api/v4/grid-report/\(report)")
    client.control("clock", ["advanceSeconds": 90])
    client.call(.synup, "get grid-report", path: "/api/v4/grid-report/\(report)")
    client.call(.synup, "get grid-report", path: "/api/v4/grid-report/00000000-0000-4000-8000-000000000000")
    let reports = "/api/v4/locations/\(location)/grid-reports"
    client.call(.synup, "list grid-report", path: reports, query: [("pageSize", "1")])
    client.call(.synup, "list grid-report", path: reports, query: [("gridSize", "big")])

    client.call(.synup, "add keyword", body: ["locationId": .string(location), "inputKeywords": ["pizza", "pasta"]])
    client.call(.synup, "add keyword", body: ["locationId": .string(location), "inputKeywords": ["pizza"]])
    client.call(.synup, "list keyword", path: "/api/v4/locations/\(location)/keywords")
    client.call(.synup, "remove keyword", body: ["id": "S2V5d29yZDox"])
    client.call(.synup, "remove keyword", body: ["id": "S2V5d29yZDo5"])
    client.control("clock", ["advance": "+8d"])
    let performance = "/api/v4/locations/\(location)/keywords-performance"
    client.call(.synup, "get keyword-performance", path: performance)
    client.call(.synup, "get keyword-performance", path: performance, query: [("fromDate", "x")])
    let rollup: JSONValue = [
      "fromDate": "2025-12-01", "toDate": "2026-02-01", "locationIds": [.string(location)], "source": [],
    ]
    client.call(.synup, "get ranking-timeline", body: rollup)
    client.call(.synup, "get ranking-timeline", body: ["locationIds": []])
    client.call(.synup, "get ranking-histogram", body: rollup)
    client.call(.synup, "get ranking-histogram", body: ["locationIds": [.string(location)], "source": ["Yelp"]])
    for source in ["google", "facebook", "bing"] {
      let path = "/api/v4/locations/\(location)/\(source)-analytics"
      client.call(.synup, "get \(source)-analytics", path: path)
      client.call(.synup, "get \(source)-analytics", path: path, query: [("toDate", "2026-13-01")])
    }
  }

  /// Reviews and review campaigns (synup-sections.md 4.10, 4.5): each answer, and each payload failure.
  private func callReviewOperations(_ client: ConformanceClient, location: JSONValue) {
    let id = location.stringValue ?? ""
    let review = client.control("synup/reviews", ["locationId": location, "rating": 4])
    let reviewID = review["id"] ?? nil
    client.call(.synup, "list account-review-source")
    client.call(.synup, "list review-source", path: "/api/v4/locations/\(id)/reviews/settings")
    let sites: JSONValue = [["name": "yelp.com", "url": "https://www.yelp.com/biz/x"]]
    client.call(.synup, "update review-source", body: ["locationId": location, "siteUrls": sites])
    client.call(
      .synup, "update review-source", body: ["locationId": location, "siteUrls": [["name": "x", "url": nil]]])
    client.call(.synup, "list review", path: "/api/v4/locations/\(id)/reviews")
    client.call(.synup, "get review", query: [("interactionIds", JSONValue.array([reviewID]).compactText)])
    client.call(.synup, "respond review", body: ["interactionId": reviewID, "responseContent": "Thanks"])
    let details = client.call(
      .synup, "get review", query: [("interactionIds", JSONValue.array([reviewID]).compactText)])
    let responseID =
      details["data"]?["interactionDetails"]?["interactions"]?.arrayValue?.first?["responses"]?
      .arrayValue?.first?["id"] ?? nil
    client.call(
      .synup, "edit response", body: ["reviewId": reviewID, "responseId": responseID, "responseContent": "Thank you"])
    client.call(.synup, "remove response", body: ["responseId": responseID])
    for type in ["overview", "timeline", "site-stats"] {
      let suffix = type == "site-stats" ? "sites-stats" : type
      client.call(.synup, "get review-\(type)", path: "/api/v4/locations/\(id)/review-analytics-\(suffix)")
    }
    let widget: JSONValue = [
      "locationId": location, "name": "W", "minimumRating": 4, "reviewCount": 5, "readOnly": true,
      "sites": ["maps.google.com"], "widgetType": "medium_slider", "widgetWidth": "100%", "widgetHeight": "400px",
    ]
    let added = client.call(.synup, "create review-widget", body: widget)
    client.call(.synup, "create review-widget", body: widget)
    var edit = widget.objectValue ?? JSONObject()
    edit["widgetId"] = added["data"]?["addReviewWidget"]?["widget"]?["id"] ?? nil
    client.call(.synup, "update review-widget", body: .object(edit))
    let customers: JSONValue = [["name": "Jack", "email": "jack@domain.com"]]
    let campaign = client.call(
      .synup, "create campaign", body: ["input": ["locationId": location, "name": "C", "locationCustomers": customers]])
    client.call(
      .synup, "create campaign", body: ["input": ["locationId": location, "name": "", "locationCustomers": []]])
    let campaignID = campaign["data"]?["createReviewCampaign"]?["reviewCampaign"]?["id"] ?? nil
    client.call(
      .synup, "add campaign-customer",
      body: ["input": ["reviewCampaignId": campaignID, "locationCustomers": customers]])
    client.control("synup/feedback", ["reviewCampaignId": campaignID, "email": "jack@domain.com", "rating": 5])
    client.call(.synup, "list campaign", path: "/api/v4/locations/\(id)/review-campaigns")
    client.call(
      .synup, "list campaign-customer",
      path: "/api/v4/locations/review-campaigns/\(campaignID.stringValue ?? "")/customers")
  }
}
