import SynJSON

/// Why `POST /create-grid-report` refused a body: S2 types `errors` as a string (4.4).
struct GridReportRefusal: Error {
  let message: String
}

/// The fields of `POST /create-grid-report` but the location, checked in
/// table order; the first that fails is the refusal.
struct GridReportRequest {
  static let maximumKeywords = 25
  static let gridSizes = [3, 5, 7]

  let keywords: [String]
  let business: GridReport.Business
  let latitude: Double
  let longitude: Double
  let distance: Double
  let unit: GridReport.DistanceUnit
  let gridSize: Int

  init(_ body: SynupBareBody) throws(GridReportRefusal) {
    let keywords = try Self.present("keywords", in: body).arrayValue?.map { $0.stringValue ?? "" } ?? []
    guard (1...Self.maximumKeywords).contains(keywords.count), !keywords.contains(where: \.isBlank) else {
      throw GridReportRefusal(message: "keywords must be 1 to \(Self.maximumKeywords) non-blank strings")
    }
    self.keywords = keywords.map(XTextLength.trimmingWhitespace)
    let name = try Self.text("businessName", in: body, allowingBlank: false)
    let street = try Self.text("businessStreet", in: body, allowingBlank: false)
    let city = try Self.text("businessCity", in: body, allowingBlank: false)
    let country = try Self.text("businessCountry", in: body, allowingBlank: false)
    let state = try Self.text("businessState", in: body, allowingBlank: true)
    business = GridReport.Business(name: name, street: street, city: city, state: state, country: country)
    latitude = try Self.coordinate("latitude", in: body, limit: 90)
    longitude = try Self.coordinate("longitude", in: body, limit: 180)
    guard let distance = try Self.present("distance", in: body).numberValue?.doubleValue, distance > 0, distance <= 60
    else { throw GridReportRefusal(message: "distance must be greater than 0 and at most 60") }
    self.distance = distance
    let unitName = try Self.present("distanceUnit", in: body).stringValue ?? ""
    guard let unit = GridReport.DistanceUnit(rawValue: unitName) else {
      throw GridReportRefusal(message: "distanceUnit must be one of mi, km")
    }
    self.unit = unit
    guard let size = try Self.present("gridSize", in: body).numberValue?.intValue, Self.gridSizes.contains(size) else {
      throw GridReportRefusal(message: "gridSize must be one of 3, 5, 7")
    }
    gridSize = size
  }

  /// The field's value, or `<field> is required` when it is absent or null.
  private static func present(_ field: String, in body: SynupBareBody) throws(GridReportRefusal) -> JSONValue {
    guard let value = body[field], !value.isNull else { throw GridReportRefusal(message: "\(field) is required") }
    return value
  }

  private static func text(_ field: String, in body: SynupBareBody, allowingBlank: Bool) throws(GridReportRefusal)
    -> String
  {
    guard let text = try present(field, in: body).stringValue else {
      throw GridReportRefusal(message: "\(field) must be a string")
    }
    if !allowingBlank, text.isBlank { throw GridReportRefusal(message: "\(field) must not be blank") }
    return text
  }

  /// A number, or a numeric string as S2's example sends, within ±`limit`.
  private static func coordinate(_ field: String, in body: SynupBareBody, limit: Double) throws(GridReportRefusal)
    -> Double
  {
    let value = try present(field, in: body)
    guard let number = value.numberValue?.doubleValue ?? value.stringValue.flatMap(Double.init), number.isFinite,
      (-limit...limit).contains(number)
    else { throw GridReportRefusal(message: "\(field) must be a number between -\(Int(limit)) and \(Int(limit))") }
    return number
  }
}
