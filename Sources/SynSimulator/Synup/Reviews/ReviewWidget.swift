import SynJSON

/// A location's review widget (synup-sections.md 4.10); no route reads them back.
struct ReviewWidget: Sendable, Codable {
  let id: ResourceID
  let locationNumber: Int
  var settings: ReviewWidgetSettings
  let createdAt: Timestamp
  var updatedAt: Timestamp

  /// The widget of S2's edit example, keys in its order.
  var json: JSONValue {
    [
      "id": .string(id.text), "name": .string(settings.name), "description": nil,
      "widgetType": .string(settings.widgetType.replacing("_", with: " ")), "reviewCount": .int(settings.reviewCount),
      "minimumRating": .int(settings.minimumRating), "widgetWidth": .string(settings.widgetWidth),
      "widgetHeight": .string(settings.widgetHeight), "sites": .array(settings.sites.map(JSONValue.string)),
      "readOnly": .bool(settings.readOnly), "locationId": .string(RelayID(.location, locationNumber).text),
      "archived": false, "createdAt": .string(createdAt.synupSpacedMicroseconds),
      "updatedAt": .string(updatedAt.synupSpacedMicroseconds),
    ]
  }
}

/// The fields add and edit both take.
struct ReviewWidgetSettings: Sendable, Codable {
  let name: String
  let minimumRating: Int
  let reviewCount: Int
  let readOnly: Bool
  let sites: [String]
  let widgetType: String
  let widgetWidth: String
  let widgetHeight: String

  /// Reads the body; a missing or mistyped field is a 400.
  init(_ body: SynupBareBody) throws(SynupFailure) {
    func required<Value>(_ name: String, _ read: (JSONValue) -> Value?) throws(SynupFailure) -> Value {
      guard let value = body[name].flatMap(read) else { throw .badRequest("\(name) is required") }
      return value
    }
    name = try required("name") { $0.stringValue }
    minimumRating = try required("minimumRating") { $0.numberValue?.intValue }
    reviewCount = try required("reviewCount") { $0.numberValue?.intValue.flatMap { $0 >= 1 ? $0 : nil } }
    readOnly = try required("readOnly") { $0.boolValue }
    sites = try required("sites") { value in
      value.arrayValue.flatMap { items in
        items.allSatisfy { $0.stringValue != nil } ? items.compactMap(\.stringValue) : nil
      }
    }
    widgetType = try required("widgetType") { $0.stringValue }
    widgetWidth = try required("widgetWidth") { $0.stringValue }
    widgetHeight = try required("widgetHeight") { $0.stringValue }
  }

  /// The rules the settings break, as payload errors.
  func errors(otherNames: [String]) -> [SynupFieldError] {
    var errors: [SynupFieldError] = []
    if name.allSatisfy(\.isWhitespace) {
      errors.append(SynupFieldError("SY50102", "Widget name can't be blank", key: "name", value: name))
    } else if otherNames.contains(name) {
      errors.append(SynupFieldError("SY50101", "Widget name \(name) already used", key: "name", value: name))
    }
    if !(1...5).contains(minimumRating) {
      errors.append(
        SynupFieldError(
          "SY50110", "ratings should be between [1-5]", key: "minimumRating", value: String(minimumRating)))
    }
    if let unknown = sites.first(where: { ReviewSource.named($0) == nil }) {
      errors.append(SynupFieldError("SY50111", "Invalid SiteUrls", key: "sites", value: unknown))
    }
    if Set(sites).count != sites.count {
      errors.append(SynupFieldError("SY50117", "Duplicate SiteUrls", key: "sites", value: sites.joined(separator: ",")))
    }
    return errors
  }
}

/// The account's widgets in creation order.
struct ReviewWidgetStore: Sendable, Codable {
  private(set) var all: [ReviewWidget] = []

  func index(of id: ResourceID) -> Int? {
    all.firstIndex { $0.id == id }
  }

  /// The names of the location's other widgets.
  func names(locationNumber: Int, except id: ResourceID? = nil) -> [String] {
    all.filter { $0.locationNumber == locationNumber && $0.id != id }.map(\.settings.name)
  }

  mutating func insert(_ widget: ReviewWidget) {
    all.append(widget)
  }

  mutating func update(at index: Int, _ settings: ReviewWidgetSettings, at now: Timestamp) {
    all[index].settings = settings
    all[index].updatedAt = now
  }
}

extension SynupAccount {
  /// `POST /review_widget/add`.
  mutating func addReviewWidget(_ body: SynupBareBody, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    guard let locationID = body["locationId"]?.stringValue else { throw .badRequest("locationId is required") }
    let location = try location(named: locationID, startingWork: true, at: now)
    let settings = try ReviewWidgetSettings(body)
    let errors = settings.errors(otherNames: reviewWidgets.names(locationNumber: location.number))
    guard errors.isEmpty else { return Self.widgetPayload(nil, errors) }
    let widget = ReviewWidget(
      id: mintUUID("widget"), locationNumber: location.number, settings: settings, createdAt: now, updatedAt: now)
    reviewWidgets.insert(widget)
    return Self.widgetPayload(widget, [])
  }

  /// `POST /review_widget/edit`.
  mutating func editReviewWidget(_ body: SynupBareBody, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    guard let text = body["widgetId"]?.stringValue else { throw .badRequest("widgetId is required") }
    let settings = try ReviewWidgetSettings(body)
    guard let id = ResourceID(Substring(text)), let index = reviewWidgets.index(of: id) else {
      return Self.widgetPayload(nil, [SynupFieldError("SY90007", "Resource Not Found", key: "widgetId", value: text)])
    }
    let errors = settings.errors(
      otherNames: reviewWidgets.names(locationNumber: reviewWidgets.all[index].locationNumber, except: id))
    guard errors.isEmpty else { return Self.widgetPayload(nil, errors) }
    reviewWidgets.update(at: index, settings, at: now)
    return Self.widgetPayload(reviewWidgets.all[index], [])
  }

  /// `{"widget", "errors"}`: errors null on success, each error's keys in the order of S2's add example.
  private static func widgetPayload(_ widget: ReviewWidget?, _ errors: [SynupFieldError]) -> JSONValue {
    let errorList = errors.map { error -> JSONValue in
      [
        "contextInfo": error.json["contextInfo"] ?? [], "code": error.json["code"] ?? nil,
        "message": .string(error.message),
      ]
    }
    return ["widget": widget?.json ?? .null, "errors": errors.isEmpty ? .null : .array(errorList)]
  }
}
